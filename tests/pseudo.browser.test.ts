// The pseudo-locale build in Chromium, for one sector to stay fast: no axe
// violation in the accented (longer) and the right-to-left pages, and the
// longer text still fits a 320 px screen.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { build } from '../src/build/build.ts';
import { pagePaths, preparePublication } from '../src/build/publication.ts';
import { axeViolations } from './helpers/axe.ts';
import { PSEUDO_ACCENTED, PSEUDO_RTL, writePseudoLocales } from './helpers/pseudo-locales.ts';
import { serveSite, type ServedSite } from './helpers/serve.ts';
import { stubPrint } from './helpers/stubs.ts';

const root = join(import.meta.dirname, '..');
const locales = writePseudoLocales(join(root, 'locales'));
const SECTOR = 'gevangenis';
const pages = pagePaths(preparePublication({ localesDir: locales }))
  .filter((path) => [PSEUDO_ACCENTED, PSEUDO_RTL].some((lang) => path === `${lang}/` || path.startsWith(`${lang}/${SECTOR}/`)))
  .map((path) => `${path}index.html`);

let browser: Browser;
let site: ServedSite;

beforeAll(async () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'kr-pseudo-browser-')), 'output');
  // Its own build (its own locales). The PDFs are not what this file checks:
  // a stand-in prints them; the diagrams, inline in the pages axe checks, are real.
  await build({ root, outDir, localesDir: locales, printPdfs: stubPrint });
  site = await serveSite(join(outDir, 'site'), '/stappenplan/');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('pseudo-locale pages have no axe violation', () => {
  it.each(pages)('%s', async (file) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.baseUrl}${file}`);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

it('fits the 40 % longer and the right-to-left text on a 320 px screen', async () => {
  const page = await browser.newPage();
  const tooWide: string[] = [];
  try {
    await page.setViewport({ width: 320, height: 640 });
    for (const file of pages) {
      await page.goto(`${site.baseUrl}${file}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`${file}: ${width}px`);
    }
  } finally {
    await page.close();
  }
  expect(tooWide).toEqual([]);
});
