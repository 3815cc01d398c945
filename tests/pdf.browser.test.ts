// Every PDF the build prints, checked as a printer and a screen reader would:
// page count and exact size, fonts embedded (only the self-hosted typeface),
// tagged, title and language set, the card's QR code decoding to the
// sector's page; text that does not fit fails the build, naming product,
// sector, language and step (that two builds give the same bytes:
// tests/cli.browser.test.ts).
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { printPdfs } from '../src/browser/print-pdf.ts';
import { build } from '../src/pipeline/build.ts';
import { printsOf, printsOfKind } from '../src/pipeline/publication.ts';
import { PRODUCTS, pdfProductOf } from '../src/products/registry.ts';
import { decodeQr, pdfFonts, pdfInfo, pdfLanguage } from './helpers/pdf-tools.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild, type SharedBuild } from './helpers/shared-build.ts';

const root = join(import.meta.dirname, '..');
const MM_TO_PT = 72 / 25.4;
let result: SharedBuild;

const newOutDir = () => join(mkdtempSync(join(tmpdir(), 'kr-pdf-')), 'output');
const pdfFile = (outDir: string, sitePath: string) => join(outDir, 'site', sitePath);
const expectedPages = { card: 2, sheet: 2, poster: 1 } as const;

beforeAll(async () => {
  result = await sharedBuild();
}, SHARED_BUILD_TIMEOUT);

describe('every printed PDF', () => {
  it('has the page count and exact paper size of its product', () => {
    for (const view of printsOfKind(result.publication, 'pdf')) {
      const info = pdfInfo(pdfFile(result.outDir, view.pdf));
      const paper = pdfProductOf(PRODUCTS, view.product).paper;
      const name = `${view.pdf}`;
      if (view.product !== 'plan' && view.product !== 'checklist') expect(info.pages, name).toBe(expectedPages[view.product as keyof typeof expectedPages]);
      else expect(info.pages, name).toBeGreaterThanOrEqual(3);
      expect(info.width, name).toBeCloseTo(paper.widthMm * MM_TO_PT, 1);
      expect(info.height, name).toBeCloseTo(paper.heightMm * MM_TO_PT, 1);
    }
  });

  it('is tagged, with its title and language set', () => {
    for (const view of printsOfKind(result.publication, 'pdf')) {
      const file = pdfFile(result.outDir, view.pdf);
      const info = pdfInfo(file);
      expect(info.tagged, view.pdf).toBe(true);
      expect(info.title, view.pdf).toBe(view.title);
      expect(pdfLanguage(file), view.pdf).toBe(view.lang);
    }
  });

  it('embeds its fonts, and only the self-hosted typeface', () => {
    for (const view of printsOfKind(result.publication, 'pdf')) {
      const fonts = pdfFonts(pdfFile(result.outDir, view.pdf));
      expect(fonts.length, view.pdf).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.embedded, `${view.pdf}: ${font.name}`).toBe(true);
        // A form's fields type in the regular face embedded whole (any letter can be typed), so without a subset tag.
        const name = pdfProductOf(PRODUCTS, view.product).form ? /^([A-Z]{6}\+AtkinsonHyperlegibleNext-(Regular|Bold)|AtkinsonHyperlegibleNext-Regular)$/ : /^[A-Z]{6}\+AtkinsonHyperlegibleNext-(Regular|Bold)$/;
        expect(font.name, view.pdf).toMatch(name);
      }
    }
  });

  it('has an A4 plan with a bookmark per step', () => {
    const plan = printsOf(result.publication, 'plan')[0]!;
    const pdf = readFileSync(pdfFile(result.outDir, plan.pdf), 'latin1');
    expect(pdf).toContain('/Outlines');
    const titles = [...pdf.matchAll(/\/Title\s*<FEFF([0-9A-F]+)>|\/Title\s*\(([^)]*)\)/g)].map((m) =>
      m[1] ? Buffer.from(m[1], 'hex').swap16().toString('utf16le') : m[2]!,
    );
    for (let n = 1; n <= 6; n++) expect(titles.some((t) => t.startsWith(`Stap ${n}:`)), `bookmark for step ${n}`).toBe(true);
  });
});

describe('the pocket card', () => {
  it("opens the page of the release it was printed from on the site, from the QR code on the back", () => {
    for (const view of printsOf(result.publication, 'card')) {
      expect(decodeQr(pdfFile(result.outDir, view.pdf), 2), view.pdf).toBe(`https://www.kindreflex.be/stappenplan/${view.lang}/${view.sector}/versions/1.0/`);
    }
  });

  it('is not the only one: the sheet, plan, poster and checklist open the same page from their QR code', () => {
    const page = { sheet: 2, plan: 1, poster: 1, checklist: 1 } as const;
    for (const [product, at] of Object.entries(page)) {
      const view = printsOf(result.publication, product).find((v) => v.lang === 'fr' && v.sector === 'gevangenis')!;
      expect(decodeQr(pdfFile(result.outDir, view.pdf), at), view.pdf).toBe('https://www.kindreflex.be/stappenplan/fr/gevangenis/versions/1.0/');
    }
  });
});

describe('the build', () => {
  // That two builds give the same bytes (site, flowcharts, PDFs, manifest),
  // and a cached build the bytes of one without the cache, is checked in
  // tests/cli.browser.test.ts: its --no-cache build from the command line is
  // the second build, compared with the shared one.
  it('fails when a card text does not fit, naming product, sector, language and step, and leaves output/ as it was', async () => {
    // Dutch only, and only the card printed: the build stops at the first card that overflows. The card
    // shrinks its text to fit, down to a floor: 30 repeats still fit in Dutch (and overflowed the German card).
    const locales = mkdtempSync(join(tmpdir(), 'kr-locales-'));
    cpSync(join(root, 'locales', 'nl'), join(locales, 'nl'), { recursive: true });
    const file = join(locales, 'nl', 'protocol.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.steps['step-5'].items['note-progress'] = 'Noteer de voortgang in het dossier. '.repeat(80);
    writeFileSync(file, JSON.stringify(json));
    // A copy of the shared output, so that the failing build cannot disturb the files other tests read.
    const outDir = newOutDir();
    cpSync(result.outDir, outDir, { recursive: true });
    const before = readdirSync(join(outDir, 'site'), { recursive: true }).length;

    const card = PRODUCTS.filter((product) => product.id === 'card');
    await expect(build({ root, outDir, localesDir: locales, products: card })).rejects.toThrow(/card (justitiehuis|gevangenis)\/nl: the text does not fit[\s\S]*back, step-5/);
    expect(readdirSync(join(outDir, 'site'), { recursive: true }).length).toBe(before);
  }, 240_000);
});

describe('a browser that crashes while printing', () => {
  it('is started again, and the PDF printed on the second try', async () => {
    const view = printsOf(result.publication, 'card')[0]!;
    const outDir = mkdtempSync(join(tmpdir(), 'kr-crash-'));
    const browsers: Browser[] = [];
    const getBrowser = async () => {
      const live = browsers.at(-1);
      if (live?.connected) return live;
      browsers.push(await launchBrowser());
      if (browsers.length === 1) browsers[0]!.process()!.kill('SIGKILL'); // the first one dies at once
      return browsers.at(-1)!;
    };
    try {
      const job = {
        htmlFile: join(result.outDir, 'print', view.path, 'index.html'),
        pdfFile: join(outDir, 'card.pdf'),
        sitePath: view.pdf,
        name: 'card after a crash',
        paper: pdfProductOf(PRODUCTS, 'card').paper,
        date: '2026-11-29',
      };
      const [printed] = await printPdfs(getBrowser, [job], { timeoutMs: 20_000 });
      expect(printed!.pages).toBe(2);
      expect(browsers).toHaveLength(2);
    } finally {
      for (const browser of browsers) if (browser.connected) await browser.close();
    }
  }, 120_000);
});
