// The build's browser (src/browser/launch.ts) starts without the parts of
// Chrome's own window that headless Chromium still builds: the address
// bar's suggestion popup is a web page in a renderer of its own, about a
// second of CPU per launch. If a new Chromium renames the feature, the
// popup comes back and this fails. And the print pages `--watch` opens
// ahead of the next build (src/browser/print-pdf.ts, PrintPages.prepare).
import { mkdtempSync, writeFileSync } from 'node:fs';
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
