// The build's one headless browser: launched once, reused for every diagram
// and PDF, closed in a `finally`. All Puppeteer code lives in src/browser.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { isProcessAlive } from './process-alive.ts';
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
   * kill the browser and end the process at once (its profile is removed as
   * the process ends, below).
   */
  callerHandlesSignals?: boolean;
}

/**
 * The browser's profile folders, in the system's temporary folder:
 * `kindreflex-browser-<pid>-<random>`, where `<pid>` is the Node process that
 * launched the browser (the build), so that a later launch can tell a folder
 * left by a build that is gone from one a running build is using.
 */
export const PROFILE_PREFIX = 'kindreflex-browser-';

/** The process that launched the browser of the profile folder `name`, if the name is one of ours. */
export function profileOwner(name: string): number | undefined {
  const match = new RegExp(`^${PROFILE_PREFIX}(\\d+)-`).exec(name);
  return match ? Number(match[1]) : undefined;
}

const removeFolder = (path: string) => {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 5 });
  } catch {
    // Still in use, or not ours: left for the next launch.
  }
};

/**
 * Removes the profile folders in `dir` whose build no longer runs: left by a
 * build that was killed (kill -9, the OOM killer, a CI job's time limit) or
 * that ended without closing its browser. A running build's folders are
 * kept, whichever build it is. Returns the folders removed.
 */
export function removeOrphanedProfiles(dir = tmpdir()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const owner = profileOwner(name);
    if (owner === undefined || isProcessAlive(owner)) return [];
    removeFolder(join(dir, name));
    return [join(dir, name)];
  });
}

/**
 * The profiles of this process's browsers, each with the browser's process
 * id, which is also its process group's (Puppeteer starts it as the leader of
 * a group of its own, and its helpers are in it). Kept until the last process
 * of that group has ended. If this process ends before that, they are killed
 * and their profiles removed as it ends: Puppeteer kills its browsers then
 * too (its handler may run before or after this one), but removes no profile
 * it did not make.
 */
const liveProfiles = new Map<string, number>();
let exitHandlerAdded = false;
function track(profile: string, group: number): void {
  liveProfiles.set(profile, group);
  if (exitHandlerAdded) return;
  exitHandlerAdded = true;
  process.on('exit', () => {
    for (const [path, pid] of liveProfiles) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      removeFolder(path);
    }
  });
}

/**
 * Removes `profile` once more when the last process of `group` has ended (or
 * after `maxMs`): a helper the browser started as it was closing (its network
 * service, when it closes right after starting) starts up after the browser's
 * own process has ended, and makes the profile folder again.
 */
function removeWhenGroupEnds(profile: string, group: number, maxMs = 10_000): void {
  const started = Date.now();
  const check = () => {
    // A negative id asks about the whole group: any process of it left (a zombie counts until it is reaped).
    if (isProcessAlive(-group) && Date.now() - started < maxMs) {
      setTimeout(check, 50).unref();
      return;
    }
    liveProfiles.delete(profile);
    removeFolder(profile);
  };
  check();
}

/**
 * Starts the browser, in a profile folder of its own, removed when the
 * browser exits (and, if this process dies first, by the next launch).
 *
 * Over a pipe (`pipe: true`, Chromium's `--remote-debugging-pipe`) rather
 * than a WebSocket: Puppeteer starts the browser in a process group of its
 * own, which a CI runner's or a terminal's kill of the build does not reach,
 * but the pipe is closed when the build's process ends, however it ends
 * (kill -9 included), and then Chromium exits, with every process it started
 * (tests/killed-build.browser.test.ts).
 */
export async function launchBrowser({ callerHandlesSignals = false }: LaunchOptions = {}): Promise<Browser> {
  const { executablePath } = await requireBrowser();
  const puppeteer = await loadPuppeteer();
  removeOrphanedProfiles();
  const userDataDir = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir,
      args: [...BROWSER_FLAGS],
      ...(callerHandlesSignals ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    });
  } catch (error) {
    removeFolder(userDataDir);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start the browser at ${executablePath}: ${reason}`, { cause: error });
  }
  // Puppeteer removes only a profile it made itself. Removed here as the
  // browser's process exits (closed or crashed), before `browser.close()`
  // resolves, and again when its last helper has ended.
  const child = browser.process();
  if (child?.pid) {
    const group = child.pid;
    track(userDataDir, group);
    child.once('exit', () => {
      removeFolder(userDataDir);
      removeWhenGroupEnds(userDataDir, group);
    });
  }
  return browser;
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
