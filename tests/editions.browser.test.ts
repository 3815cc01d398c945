// Local editions printed for real: the card's contact details read back from
// the PDF, its QR code opening the edition's page, and a local contact that
// does not fit the card failing the build as card text does. Its own build:
// the fixture editions, in Dutch only to keep it light (the other languages'
// pages are checked in tests/editions.test.ts); diagrams are stand-ins, and
// only the pocket card and the plan are printed, in Chromium: the products
// these tests read (the others take their contacts from the same views).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/pipeline/build.ts';
import { PRODUCTS } from '../src/products/registry.ts';
import { launchBrowser } from '../src/browser/launch.ts';
import { axeViolations } from './helpers/axe.ts';
import { decodeQr } from './helpers/pdf-tools.ts';
import { serveSite } from './helpers/serve.ts';
import { stubDiagrams } from './helpers/stubs.ts';

const root = join(import.meta.dirname, '..');
const fixtures = join(import.meta.dirname, 'fixtures', 'editions');
const cardAndPlan = PRODUCTS.filter((product) => product.id === 'card' || product.id === 'plan');
let result: BuildResult;

const dutchOnly = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kr-locales-nl-'));
  cpSync(join(root, 'locales', 'nl'), join(dir, 'nl'), { recursive: true });
  return dir;
};
const newOutDir = () => join(mkdtempSync(join(tmpdir(), 'kr-editions-pdf-')), 'output');
/** The PDF's text as pdftotext lays it out, with line breaks and runs of spaces as one space. */
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

beforeAll(async () => {
  result = await build({ root, outDir: newOutDir(), localesDir: dutchOnly(), editionsDir: fixtures, products: cardAndPlan, renderDiagrams: stubDiagrams });
}, 300_000);

describe("a local edition's printed products", () => {
  const pdf = (edition: string, product: string) => join(result.outDir, 'site', 'nl', edition, 'downloads', `kindreflex-${edition}-nl-${product}.pdf`);

  it("carry the contacts' numbers and the team's own contact on the card", () => {
    const text = pdfText(pdf('justitiehuis-voorbeeldstad', 'card'));
    expect(text).toContain('Justitiehuis Voorbeeldstad');
    for (const detail of ['09 210 10 10', 'vk@example.org', 'ma–vr 9–17 u', '09 210 10 20', '09 210 10 30', 'Voornaam Naam', '0470 10 20 30', 'naam@example.org']) {
      expect(text, detail).toContain(detail);
    }
    expect(pdfText(pdf('gevangenis-voorbeeldstad', 'card'))).toContain('050 40 71 00');
    expect(pdfText(pdf('justitiehuis-voorbeeldstad', 'plan'))).toContain('0470 10 20 30');
  });

  it("open the edition's own page from the card's QR code", () => {
    for (const edition of ['justitiehuis-voorbeeldstad', 'gevangenis-voorbeeldstad']) {
      expect(decodeQr(pdf(edition, 'card'), 2)).toBe(`https://www.kindreflex.be/stappenplan/nl/${edition}/`);
    }
  });

  it('fail the build, naming the edition, when a local contact does not fit the card, and leave output/ as it was', async () => {
    const editions = mkdtempSync(join(tmpdir(), 'kr-editions-long-'));
    const edition = JSON.parse(readFileSync(join(fixtures, 'gevangenis-voorbeeldstad.json'), 'utf8'));
    edition.local = Array.from({ length: 12 }, (_, i) => ({
      id: `contact-${i + 1}`,
      name: { nl: `Lokale contactpersoon nummer ${i + 1} van het psychosociaal team` },
      person: 'Voornaam Achternaam',
      phone: `+32 470 10 20 ${10 + i}`,
      email: `contactpersoon-${i + 1}@example.org`,
    }));
    writeFileSync(join(editions, 'gevangenis-lang.json'), JSON.stringify(edition));
    const outDir = result.outDir;
    const before = readdirSync(outDir, { recursive: true }).length;
    await expect(build({ root, outDir, localesDir: dutchOnly(), editionsDir: editions, products: cardAndPlan, renderDiagrams: stubDiagrams })).rejects.toThrow(
      /(card|sheet) gevangenis-lang\/nl: the text does not fit/,
    );
    expect(readdirSync(outDir, { recursive: true }).length).toBe(before);
  }, 300_000);
});

describe("a local edition's pages in the browser", () => {
  it('have no axe violation and fit 320 px: the pages with its details, and the home and switcher that list it', async () => {
    const site = await serveSite(join(result.outDir, 'site'), '/stappenplan/');
    const browser = await launchBrowser();
    const problems: string[] = [];
    try {
      const page = await browser.newPage();
      for (const file of ['nl/index.html', ...['', 'contacts/', 'step-6/', 'plan/'].map((p) => `nl/justitiehuis-voorbeeldstad/${p}index.html`)]) {
        await page.setViewport({ width: 1024, height: 768 });
        await page.goto(`${site.baseUrl}${file}`);
        problems.push(...(await axeViolations(page)).map((v) => `${file}: ${v}`));
        await page.setViewport({ width: 320, height: 640 });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) problems.push(`${file}: ${width}px wide at 320 px`);
      }
    } finally {
      await browser.close();
      await site.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
