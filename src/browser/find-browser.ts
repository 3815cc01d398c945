import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { rememberedText } from '../cache/memo-file.ts';

// The PATH search is shared with `.puppeteerrc.cjs`, which runs before any
// TypeScript loader exists, so it lives in a plain CommonJS file.
const require = createRequire(import.meta.url);
const { findSystemBrowser } = require('./system-browser.cjs') as {
  findSystemBrowser: (names?: readonly string[], pathValue?: string) => string | undefined;
};

export type BrowserSource = 'PUPPETEER_EXECUTABLE_PATH' | 'puppeteer' | 'PATH';

export interface FoundBrowser {
  executablePath: string;
  source: BrowserSource;
}

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
  /** Trying again would not conjure a browser. */
  readonly retry = false;
}

/**
 * Where Puppeteer's own Chrome would be, as `puppeteer.executablePath()`
 * says. Loading Puppeteer takes most of a second, which a build that
 * launches no browser (everything cached) should not pay just to ask. So with
 * a `memoDir` the answer is remembered under a digest of everything it is
 * made of: Puppeteer's configuration as Puppeteer reads it (the same
 * cosmiconfig search, its file and its values), the PUPPETEER_* variables, the
 * home folder, the platform and Puppeteer's version (which pins the Chrome
 * build). Whether the file is there is checked every time.
 */
async function puppeteerExecutablePath(memoDir?: string): Promise<string> {
  let memo: string | undefined;
  if (memoDir) {
    const { cosmiconfigSync } = await import('cosmiconfig');
    const found = cosmiconfigSync('puppeteer', { searchStrategy: 'global' }).search();
    const inputs = JSON.stringify({
      puppeteer: (JSON.parse(readFileSync(require.resolve('puppeteer/package.json'), 'utf8')) as { version: string }).version,
      config: found ? { file: found.filepath, values: found.config as unknown } : null,
      // Puppeteer reads the process's own variables, whatever `env` a caller passes.
      env: Object.entries(process.env).filter(([name]) => name.startsWith('PUPPETEER_')).sort(),
      home: homedir(),
      platform: `${process.platform} ${process.arch}`,
    });
    memo = join(memoDir, `puppeteer-path-${createHash('sha256').update(inputs).digest('hex').slice(0, 32)}.txt`);
  }
  return rememberedText(memo, async () => (await import('puppeteer')).default.executablePath());
}

/** Puppeteer's own downloaded Chrome, if it is there. */
async function findPuppeteerBrowser(memoDir?: string): Promise<string | undefined> {
  try {
    const path = await puppeteerExecutablePath(memoDir);
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser the build uses: `PUPPETEER_EXECUTABLE_PATH` if set, then
 * Puppeteer's own download, then chromium/google-chrome on PATH.
 * Throws when the variable names a file that is not there, because silently
 * using another browser would hide the typo.
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env, memoDir?: string): Promise<FoundBrowser | undefined> {
  const fromEnv = env['PUPPETEER_EXECUTABLE_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new BrowserNotFoundError(
        `PUPPETEER_EXECUTABLE_PATH is set to '${fromEnv}', but there is no file there. ` +
          'Point it at a Chrome or Chromium binary, or unset it to let the build find one.',
      );
    }
    return { executablePath: fromEnv, source: 'PUPPETEER_EXECUTABLE_PATH' };
  }
  const own = await findPuppeteerBrowser(memoDir);
  if (own) return { executablePath: own, source: 'puppeteer' };
  const onPath = findSystemBrowser(undefined, env['PATH'] ?? '');
  if (onPath) return { executablePath: onPath, source: 'PATH' };
  return undefined;
}

/** The one command that gets a browser on this kind of machine. */
export const INSTALL_BROWSER_HINT =
  'Install one with `npm run ensure-browser` (Debian, as root), `sudo apt-get install chromium` ' +
  '(Debian/Ubuntu) or `npx puppeteer browsers install chrome` (with internet), ' +
  'or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary.';

export async function requireBrowser(env: NodeJS.ProcessEnv = process.env, memoDir?: string): Promise<FoundBrowser> {
  const found = await findBrowser(env, memoDir);
  if (!found) throw new BrowserNotFoundError(`No Chrome or Chromium browser found. ${INSTALL_BROWSER_HINT}`);
  return found;
}
