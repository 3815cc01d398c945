import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// The PATH search is shared with `.puppeteerrc.cjs`, which runs before any
// TypeScript loader exists, so it lives in a plain CommonJS file.
const { findSystemBrowser } = createRequire(import.meta.url)('./system-browser.cjs') as {
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

/** Puppeteer's own downloaded Chrome, if it is there. */
async function findPuppeteerBrowser(): Promise<string | undefined> {
  try {
    // Loaded only here: Puppeteer takes most of a second to load, which a
    // build that launches no browser (everything cached) should not pay
    // when PUPPETEER_EXECUTABLE_PATH names the browser.
    const { default: puppeteer } = await import('puppeteer');
    const path = puppeteer.executablePath();
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
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser | undefined> {
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
  const own = await findPuppeteerBrowser();
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

export async function requireBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  const found = await findBrowser(env);
  if (!found) throw new BrowserNotFoundError(`No Chrome or Chromium browser found. ${INSTALL_BROWSER_HINT}`);
  return found;
}
