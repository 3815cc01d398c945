// The render environment of the build's own browser renderer: the browser's
// version (asked without starting it, once per install) with what the
// machine adds (src/cache/environment.ts). Read once per process.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { BROWSER_VERSION_ENV, hashFiles, packageVersions, RENDER_CODE, systemFonts } from '../cache/environment.ts';
import { rememberedText } from '../cache/memo-file.ts';
import { digest, type RenderEnvironment } from '../cache/render-key.ts';
import { fontFiles } from '../fonts/faces.ts';
import { requireBrowser } from './find-browser.ts';

const run = promisify(execFile);

/**
 * The files that make up the browser as installed: the executable, the file
 * it links to, and (Debian's /usr/bin/chromium is a shell script) the files a
 * launcher script names. Their size and modification time identify the
 * install, so `--version` is asked once per install, not once per build.
 */
function installStamp(executable: string): string {
  const files = new Set([executable]);
  try {
    files.add(realpathSync(executable));
    const head = readFileSync(executable).subarray(0, 64 * 1024);
    if (head.subarray(0, 2).toString() === '#!') {
      for (const [path] of head.toString('latin1').matchAll(/\/[\w./-]+/g)) if (existsSync(path) && statSync(path).isFile()) files.add(path);
    }
  } catch {
    // An unreadable launcher: its own stat below still identifies it.
  }
  return digest(
    [...files].sort().map((file) => {
      const s = statSync(file, { throwIfNoEntry: false });
      return [file, s ? `${s.size}:${s.mtimeMs}:${s.ino}` : 'missing'];
    }),
  );
}

/**
 * The browser's version without starting it (`--version` prints and exits),
 * remembered in `memoDir` per install. KINDREFLEX_BROWSER_VERSION overrides.
 */
export async function browserVersion(memoDir?: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const override = env[BROWSER_VERSION_ENV];
  if (override) return override;
  const { executablePath } = await requireBrowser(env, memoDir);
  const stamp = installStamp(executablePath);
  const memo = memoDir ? join(memoDir, `browser-${stamp.slice(0, 32)}.txt`) : undefined;
  return rememberedText(memo, async () => {
    const { stdout } = await run(executablePath, ['--version'], { timeout: 30_000 });
    return `${stdout.trim()} (${executablePath})`;
  });
}

const memoised = new Map<string, Promise<RenderEnvironment>>();

/**
 * The environment of the build's own browser renderer, read once per
 * process and memo folder (the browser version is read again when
 * KINDREFLEX_BROWSER_VERSION changes).
 */
export function renderEnvironment(memoDir?: string): Promise<RenderEnvironment> {
  const id = `${memoDir ?? ''}\0${process.env[BROWSER_VERSION_ENV] ?? ''}`;
  let pending = memoised.get(id);
  if (!pending) {
    pending = (async () => {
      const [browser, fonts] = await Promise.all([browserVersion(memoDir), systemFonts()]);
      return {
        browser,
        packages: packageVersions(),
        code: hashFiles(RENDER_CODE),
        typeface: hashFiles(fontFiles(), dirname(fontFiles()[0]!)),
        systemFonts: fonts,
        runtime: `node ${process.versions.node}, zlib ${process.versions.zlib}`,
        renderer: 'browser',
      };
    })();
    pending.catch(() => memoised.delete(id));
    memoised.set(id, pending);
  }
  return pending;
}
