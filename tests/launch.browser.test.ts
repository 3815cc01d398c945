// The build's browser (src/browser/launch.ts) starts without the parts of
// Chrome's own window that headless Chromium still builds: the address
// bar's suggestion popup is a web page in a renderer of its own, about a
// second of CPU per launch. If a new Chromium renames the feature, the
// popup comes back and this fails. And the print pages `--watch` opens
// ahead of the next build (src/browser/print-pdf.ts, PrintPages.prepare).
// And that a browser closed leaves no profile folder behind.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { PrintPages } from '../src/browser/print-pdf.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the build\'s browser', () => {
  it('opens no page but its own: no address-bar popup or other browser UI', async () => {
    // Chromium creates its UI pages shortly after start.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const session = await browser.target().createCDPSession();
    const { targetInfos } = await session.send('Target.getTargets');
    const urls = targetInfos.map((target) => `${target.type} ${target.url}`);
    expect(urls.filter((url) => url.includes('chrome://')), urls.join('\n')).toEqual([]);
    expect(urls.length).toBeGreaterThan(0);
  });
});

describe('print pages opened ahead', () => {
  it('are handed out first, with the print page loaded, before any new page is opened', async () => {
    const htmlFile = join(mkdtempSync(join(tmpdir(), 'kr-prepare-')), 'card.html');
    writeFileSync(htmlFile, '<!DOCTYPE html><html lang="nl"><head><title>Kaart</title></head><body><p>Stap 1</p></body></html>');
    const pages = new PrintPages();
    try {
      await pages.prepare(async () => browser, 2, htmlFile);
      const first = await pages.take(async () => browser);
      const second = await pages.take(async () => browser);
      const third = await pages.take(async () => browser);
      expect([first.opened, second.opened, third.opened]).toEqual([false, false, true]);
      expect(first.worker.page.url()).toBe(pathToFileURL(htmlFile).href);
      expect(second.worker.page.url()).toBe(pathToFileURL(htmlFile).href);
      pages.give(first.worker);
      // Enough are open and idle: none more.
      await pages.prepare(async () => browser, 1, htmlFile);
      expect((await pages.take(async () => browser)).worker).toBe(first.worker);
    } finally {
      await pages.close();
    }
  });
});

describe('a browser closed', () => {
  it('leaves no profile folder, even closed as soon as it has started', async () => {
    // Closed at once, a browser may be starting its network service as it
    // closes; that helper then starts up after the browser's own process has
    // ended, and makes the profile folder again (here, about one browser in
    // three; two at once to catch it more often). The folder is removed once
    // more when the last process of the browser's group has ended.
    const closeAtOnce = async () => {
      const browser = await launchBrowser();
      const { pid, spawnargs } = browser.process()!;
      const profile = /--user-data-dir=(\S+)/.exec(spawnargs.join(' '))![1]!;
      expect(existsSync(profile)).toBe(true);
      await browser.close();
      expect(existsSync(profile)).toBe(false);
      // The browser leads a process group of its own, with its helpers in it (zombies count until they are reaped).
      const groupAlive = () => {
        try {
          process.kill(-pid!, 0);
          return true;
        } catch {
          return false;
        }
      };
      for (let wait = 0; wait < 200 && groupAlive(); wait++) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return profile;
    };
    const profiles = await Promise.all([closeAtOnce(), closeAtOnce()]);
    expect(profiles.filter((profile) => existsSync(profile))).toEqual([]);
  }, 30_000);
});
