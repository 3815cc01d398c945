// The build's one headless browser: launched once, reused for every diagram
// and PDF, closed in a `finally`. All Puppeteer code lives in src/browser.
import type { Browser } from 'puppeteer';
import { requireBrowser } from './find-browser.ts';

/**
 * Flags for a quiet, offline, throw-away browser: no sandbox (we run as root
 * in containers), no GPU, and none of Chrome's background calls home, which
 * a closed network refuses. Nor the address bar's suggestion popup: headless
 * Chromium 156 still builds it, as a web page in a renderer of its own, which
 * took 1.1 s of CPU per launch (more than the browser's own start) and which
 * no headless page can show. Puppeteer adds these features to its own
 * `--disable-features` list; a Chromium that does not know them ignores them.
 */
export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
] as const;

/**
 * Loads Puppeteer (about 0.4 s): when a browser is needed, not before, so a
 * build served from the render cache spends nothing on it.
 */
export async function loadPuppeteer() {
  return (await import('puppeteer')).default;
}

export interface LaunchOptions {
  /**
   * The caller stops on Ctrl-C, TERM and HUP itself, closing the browser (as
   * `--watch` does). By default Puppeteer's own handlers do: on Ctrl-C they
   * kill the browser and end the process at once, too soon to remove the
   * temporary profile.
   */
  callerHandlesSignals?: boolean;
}

/**
 * Starts the browser. Puppeteer gives it a fresh temporary profile
 * (user-data dir) and removes it on close.
 */
export async function launchBrowser({ callerHandlesSignals = false }: LaunchOptions = {}): Promise<Browser> {
  const { executablePath } = await requireBrowser();
  const puppeteer = await loadPuppeteer();
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...BROWSER_FLAGS],
      ...(callerHandlesSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start the browser at ${executablePath}: ${reason}`, { cause: error });
  }
}

/** Runs `work` with one browser and closes it afterwards, whatever happens. */
export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}
