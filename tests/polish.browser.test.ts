// What a careful reader notices first (issue 16): French spacing before
// : ; ? ! on every page, PDF and chart; English dates the way Europe writes
// them; no label said twice; an A3 poster whose chart fills its sheet.
// Checked on the shared real build: the PDFs and the poster's layout need the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { loadLocales } from '../src/i18n/load-locales.ts';
import { PRODUCTS, pdfProductOf } from '../src/products/registry.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild } from './helpers/shared-build.ts';
import { frenchSpacingProblems, pageText, pdfText, repeatedLabels } from './helpers/typography-checks.ts';

const root = join(import.meta.dirname, '..');
let outDir: string;
const site = (...parts: string[]) => join(outDir, 'site', ...parts);

/** Files under `dir` (relative paths) whose name ends with `suffix`. */
const filesIn = (dir: string, suffix: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(suffix)).sort();

const pdfs = (lang: string) => filesIn(site(lang), '.pdf').map((f) => site(lang, f));
const locales = loadLocales(join(root, 'locales'));

beforeAll(async () => {
  ({ outDir } = await sharedBuild());
}, SHARED_BUILD_TIMEOUT);

describe('French typography', () => {
  it('every French page has a no-break space before : ; ? ! (titles, headings, labels, the inline charts)', () => {
    const problems = filesIn(site('fr'), '.html').flatMap((file) =>
      frenchSpacingProblems(pageText(readFileSync(site('fr', file), 'utf8'), 'fr')).map((p) => `fr/${file}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('so does every French print page, and every French PDF has a space before them and never starts a line with one', () => {
    const printDir = join(outDir, 'print', 'fr');
    const pages = filesIn(printDir, '.html').flatMap((file) =>
      frenchSpacingProblems(pageText(readFileSync(join(printDir, file), 'utf8'), 'fr')).map((p) => `print/fr/${file}: ${p}`),
    );
    expect(pages).toEqual([]);
    // pdftotext reads a no-break space as a plain one: what the PDF shows is that a space is there and held the mark on its line.
    const inPdfs = pdfs('fr').flatMap((file) =>
      pdfText(file)
        .split('\n')
        .flatMap((line) => [
          ...(/^\s*[:;?!]/u.test(line) ? [`starts a line: ${line}`] : []),
          ...[...line.matchAll(/\S[:;?!]/gu)].filter((m) => !/\d:\d|[\w.-]\/|https?:/u.test(line.slice(Math.max(0, m.index - 12), m.index + 4))).map(() => line),
        ])
        .map((p) => `${file}: ${p}`),
    );
    expect(inPdfs).toEqual([]);
  });

  it('the standalone French chart files too', () => {
    const problems = filesIn(site('fr'), '.svg').flatMap((file) => {
      const svg = readFileSync(site('fr', file), 'utf8').replace(/<style>[\s\S]*?<\/style>/g, '');
      const text = svg.replace(/<[^>]+>/g, '\n').replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
      return frenchSpacingProblems(text).map((p) => `fr/${file}: ${p}`);
    });
    expect(problems).toEqual([]);
  });

  it('Dutch keeps its own: "Stap 4: …" with a plain space after and none before', () => {
    const html = readFileSync(site('nl', 'justitiehuis', 'step-4', 'index.html'), 'utf8');
    expect(pageText(html, 'nl')).toMatch(/^Stap 4: \S/u);
    expect(html).not.toContain('\u00A0:');
    expect(pdfText(site('nl', 'justitiehuis', 'downloads', 'kindreflex-justitiehuis-nl-plan.pdf'))).toContain('Stap 4: ');
  });
});

describe('English dates', () => {
  it('read "29 November 2026" on every page and PDF, never the US order', () => {
    const texts = [
      ...filesIn(site('en'), '.html').map((f) => [f, readFileSync(site('en', f), 'utf8')] as const),
      ...pdfs('en').map((f) => [f, pdfText(f).replace(/\s+/gu, ' ')] as const),
    ];
    for (const [file, text] of texts) {
      expect(text, file).toContain('29 November 2026');
      expect(text, file).not.toMatch(/November 29/u);
    }
  });
});

describe('labels', () => {
  for (const { lang, resources } of locales) {
    const labels = Object.values((resources['ui'] as { kind: Record<string, string> }).kind);
    it(`${lang}: no item repeats its kind's label, on the plan pages and in the A4 plans`, () => {
      const sources = [
        ...filesIn(site(lang), 'plan/index.html').map((f) => [f, pageText(readFileSync(site(lang, f), 'utf8'), lang)] as const),
        ...pdfs(lang).filter((f) => f.endsWith('-plan.pdf')).map((f) => [f, pdfText(f)] as const),
      ];
      expect(sources.length).toBeGreaterThanOrEqual(4);
      for (const [file, text] of sources) expect(repeatedLabels(text, labels, lang), file).toEqual([]);
    });
  }
});

describe('the A3 poster', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('scales the chart, with its proportions, to the height between title and bottom margin, covering more than half the sheet', async () => {
    const posters = filesIn(join(outDir, 'print'), 'poster/index.html');
    expect(posters).toHaveLength(8);
    const page = await browser.newPage();
    // The sheet at 96 px per inch, as Chromium lays it out to print it.
    await page.setViewport({ width: Math.round((pdfProductOf(PRODUCTS, 'poster').paper.widthMm / 25.4) * 96), height: Math.round((pdfProductOf(PRODUCTS, 'poster').paper.heightMm / 25.4) * 96) });
    await page.emulateMediaType('print');
    for (const file of posters) {
      await page.goto(`file://${join(outDir, 'print', file)}`, { waitUntil: 'load' });
      const m = await page.evaluate(() => {
        const sheet = document.querySelector('.kr-poster')!;
        const style = getComputedStyle(sheet);
        const outer = sheet.getBoundingClientRect();
        const inner = {
          top: outer.top + parseFloat(style.paddingTop),
          bottom: outer.bottom - parseFloat(style.paddingBottom),
          width: outer.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        };
        const header = document.querySelector('.kr-poster__header')!.getBoundingClientRect();
        const svg = document.querySelector('.kr-poster__svg svg')!;
        const chart = svg.querySelector('g')!.getBoundingClientRect();
        const [, , vw, vh] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number) as [number, number, number, number];
        return { inner, headerBottom: header.bottom, chart: { width: chart.width, height: chart.height }, viewBox: vw / vh };
      });
      const printable = m.inner.width * (m.inner.bottom - m.inner.top);
      const room = m.inner.bottom - m.headerBottom;
      // A top-down chart is about as high as wide, so its height is what limits it on a landscape sheet.
      expect(m.chart.height / room, `${file}: chart height / room under the title`).toBeGreaterThanOrEqual(0.9);
      // Before: 46 % of the printable sheet ("about half of its paper"), the QR code and edition under the chart.
      expect((m.chart.width * m.chart.height) / printable, `${file}: chart area / printable area`).toBeGreaterThanOrEqual(0.52);
      expect(m.chart.width / m.chart.height / m.viewBox, `${file}: proportions kept`).toBeCloseTo(1, 1);
    }
  });
});
