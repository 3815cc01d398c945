// The pseudo-locale build in Chromium, for one sector to stay fast: no axe
// violation in the accented (longer) and the right-to-left pages, and the
// longer text still fits a 320 px screen. Every page is visited once, a few
// tabs at a time in one browser, with axe put into each tab once (as
// tests/site.browser.test.ts does); each page's axe result is a test of its own.
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { pagePaths, preparePublication } from '../src/pipeline/publication.ts';
import { installAxe, installedAxeViolations } from './helpers/axe.ts';
import { PSEUDO_ACCENTED, PSEUDO_RTL, writePseudoLocales } from './helpers/pseudo-locales.ts';
import { serveSite, type ServedSite } from './helpers/serve.ts';
import { SHARED_BUILD_TIMEOUT, sharedPseudoBuild } from './helpers/shared-build.ts';

const root = join(import.meta.dirname, '..');
const locales = writePseudoLocales(join(root, 'locales'));
const SECTOR = 'gevangenis';
const pages = pagePaths(preparePublication({ localesDir: locales }))
  .filter((path) => [PSEUDO_ACCENTED, PSEUDO_RTL].some((lang) => path === `${lang}/` || path.startsWith(`${lang}/${SECTOR}/`)))
  .map((path) => `${path}index.html`);

/** Tabs visiting pages at once in the one browser. */
const TABS = 3;

let browser: Browser;
let site: ServedSite;
/** Per page: axe's violations and the width at 320 px, or why the visit failed. */
const visits = new Map<string, { axe: string[]; width320: number } | { error: string }>();

beforeAll(async () => {
  // The pseudo-locale build, shared with tests/presentation.browser.test.ts
  // (its own locales: the shared build has only the real languages). The PDFs
  // are not what this file checks: a stand-in prints them; the diagrams,
  // inline in the pages axe checks, are real.
  const { siteDir } = await sharedPseudoBuild();
  site = await serveSite(siteDir, '/stappenplan/');
  browser = await launchBrowser();
  let next = 0;
  const tab = async () => {
    const page = await browser.newPage();
    await installAxe(page);
    try {
      while (next < pages.length) {
        const file = pages[next++]!;
        try {
          // Loaded at 320 px for the width, then axe at Puppeteer's default 800 × 600.
          await page.setViewport({ width: 320, height: 640 });
          await page.goto(`${site.baseUrl}${file}`);
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const width320 = await page.evaluate(() => document.documentElement.scrollWidth);
          await page.setViewport({ width: 800, height: 600 });
          visits.set(file, { axe: await installedAxeViolations(page), width320 });
        } catch (error) {
          visits.set(file, { error: `${file}: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: TABS }, tab));
}, SHARED_BUILD_TIMEOUT + 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The visit of a page; a visit that failed fails the test that asks for it. */
function visitOf(file: string): { axe: string[]; width320: number } {
  const visit = visits.get(file);
  if (!visit) throw new Error(`${file} was not visited`);
  if ('error' in visit) throw new Error(visit.error);
  return visit;
}

describe('pseudo-locale pages have no axe violation', () => {
  it.each(pages)('%s', (file) => {
    expect(visitOf(file).axe).toEqual([]);
  });
});

it('fits the 40 % longer and the right-to-left text on a 320 px screen', () => {
  expect(pages.length).toBeGreaterThan(10);
  const tooWide = pages.filter((file) => visitOf(file).width320 > 320).map((file) => `${file}: ${visitOf(file).width320}px`);
  expect(tooWide).toEqual([]);
});
