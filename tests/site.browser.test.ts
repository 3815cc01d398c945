// The built plan in a real headless Chromium: it renders, in Dutch, and its
// decision links take you to the step they name.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { build } from '../src/build/build.ts';

const root = join(import.meta.dirname, '..');
let browser: Browser;
let outDir: string;

beforeAll(async () => {
  outDir = join(mkdtempSync(join(tmpdir(), 'kr-browser-')), 'output');
  await build({ root, outDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('the prison plan in Chromium', () => {
  it('renders six visible steps in Dutch, with its stylesheet', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(outDir, 'site', 'nl', 'gevangenis', 'index.html')).href);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        visibleSteps: [...document.querySelectorAll('article.kr-step')].filter((a) => (a as HTMLElement).offsetHeight > 0).length,
        styled: getComputedStyle(document.querySelector('.kr-step')!).borderInlineStartWidth !== '0px',
      }));
      expect(facts).toEqual({ lang: 'nl', visibleSteps: 6, styled: true });
    } finally {
      await page.close();
    }
  });

  it('follows the step 4 branch "acute danger" to step 6', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(outDir, 'site', 'nl', 'gevangenis', 'index.html')).href);
      await page.click('#step-4 [data-branch="worrying-unable-or-danger"] a');
      expect(await page.evaluate(() => location.hash)).toBe('#step-6');
    } finally {
      await page.close();
    }
  });
});
