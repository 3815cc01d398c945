// What every render shares, read from the machine: the versions of the
// rendering packages, the code that renders, prints or post-processes, the
// typeface, and the system's fonts (the browser's version is added by
// src/browser/render-environment.ts). Read once per
// process (the build asks for it again in the same run). The code is hashed
// by whole folders, so a module added there later (a PDF post-processing
// pass in src/pdf/, say) is covered without being listed.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { filesUnder } from './files.mjs';
import { digest } from './render-key.ts';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
/** The project's code (`src/`), wherever the project root is: what the build runs and the templates import. */
export const SRC = join(import.meta.dirname, '..');

/**
 * The code whose change can change a rendered file: everything that drives
 * the browser (src/browser), prints and post-processes PDFs (src/pdf), the
 * font rules the diagram page is given (src/fonts), and this cache
 * (src/cache). What the templates and views make is in the page or the
 * diagram source, which the key covers by content.
 */
export const RENDER_CODE = [join(SRC, 'browser'), join(SRC, 'pdf'), join(SRC, 'cache'), join(SRC, 'fonts')];

/** The packages whose version can change what is rendered. */
export const RENDER_PACKAGES = ['mermaid', '@cantoo/pdf-lib', '@cantoo/fontkit', 'puppeteer', 'puppeteer-core'] as const;

/** Overrides the browser version the key sees (tests, or a machine whose browser cannot be asked). */
export const BROWSER_VERSION_ENV = 'KINDREFLEX_BROWSER_VERSION';

/** Every file under the paths (folders recursively; a missing path counts as empty), by path relative to `base`, with its content. */
export function hashFiles(paths: readonly string[], base: string = SRC): string {
  const files = paths.flatMap((path) => {
    if (!existsSync(path)) return [];
    if (statSync(path).isFile()) return [path];
    return filesUnder(path);
  });
  return digest(files.sort().map((file) => [relative(base, file).split(sep).join('/'), readFileSync(file)]));
}

export function packageVersions(names: readonly string[] = RENDER_PACKAGES): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      try {
        return [name, (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version];
      } catch {
        return [name, 'not installed'];
      }
    }),
  );
}

/** The system's fonts as fontconfig lists them (file and version), or a note that it could not be asked. */
export async function systemFonts(): Promise<string> {
  try {
    const { stdout } = await run('fc-list', ['--format', '%{file}|%{fontversion}|%{style}\n'], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
    return digest(stdout.split('\n').filter(Boolean).sort());
  } catch {
    return 'fc-list unavailable';
  }
}
