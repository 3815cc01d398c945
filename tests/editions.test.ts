// Local editions (editions/<id>.json): two fixture editions, never shipped in
// editions/ (no invented numbers in what we publish), built with the stand-in
// renderers (the browser is not the point here: tests/editions.browser.test.ts
// reads the card back from a real PDF). Its own build, because the shared one
// has no editions.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/pipeline/build.ts';
import { preparePublication, printsOf, ValidationError } from '../src/pipeline/publication.ts';
import { brokenLinks, htmlProblems } from './helpers/site-checks.ts';
import { sitePages } from './helpers/site-files.ts';
import { withoutBrowser } from './helpers/stubs.ts';

const root = join(import.meta.dirname, '..');
const fixtures = join(import.meta.dirname, 'fixtures', 'editions');
const LANGUAGES = ['nl', 'fr', 'en', 'de'];
let result: BuildResult;

const page = (path: string) => parseHTML(readFileSync(join(result.outDir, 'site', path, 'index.html'), 'utf8')).document;
const main = (path: string) => page(path).querySelector('main')!;
/** Phone numbers are written with non-breaking spaces; the expectations with plain ones. */
const plain = (text: string | null) => text!.replace(/\u00a0/g, ' ');

beforeAll(async () => {
  result = await build({ root, outDir: join(mkdtempSync(join(tmpdir(), 'kr-editions-')), 'output'), editionsDir: fixtures, ...withoutBrowser });
}, 240_000);

describe('a local edition', () => {
  it('has every page its sector has, in every language, at <lang>/<edition-id>/ (but the version pages: it is in no release yet)', () => {
    // The fixture editions are in no release (releases/1.0.json has none), so they have no versions/ pages yet;
    // tests/releases.browser.test.ts releases one and reads its version pages.
    const pagesOf = (lang: string, at: string) =>
      readdirSync(join(result.outDir, 'site', lang, at), { recursive: true })
        .map(String)
        .filter((f) => (f.endsWith('index.html') || f.endsWith('.svg')) && !f.startsWith('versions'))
        .sort();
    for (const lang of LANGUAGES) {
      const sector = pagesOf(lang, 'justitiehuis');
      expect(sector.length).toBeGreaterThan(15);
      expect(pagesOf(lang, 'justitiehuis-voorbeeldstad'), lang).toEqual(sector);
      expect(pagesOf(lang, 'gevangenis-voorbeeldstad'), lang).toEqual(pagesOf(lang, 'gevangenis'));
    }
  });

  it('has valid HTML and no broken internal link on any of its pages, nor on the pages that list it', async () => {
    const pages = sitePages(join(result.outDir, 'site')).filter((p) => /^(nl|de)\/(index\.html|[a-z]+-voorbeeldstad\/)/.test(p.file));
    expect(pages.length).toBeGreaterThan(60);
    expect(await htmlProblems(pages)).toEqual([]);
    // tel:, mailto: and the parket's web page leave the site: only internal links are checked here.
    expect(brokenLinks(join(result.outDir, 'site'), pages).filter((b) => !/: (tel|mailto|https):/.test(b))).toEqual([]);
  });

  it("keeps the sector's terms and wording, under the edition's name", () => {
    const text = main('nl/gevangenis-voorbeeldstad').textContent!;
    expect(text).toContain('gedetineerde'); // the prison's term
    expect(page('nl/gevangenis-voorbeeldstad').title).toContain('Gevangenis Voorbeeldstad');
    expect(main('nl/gevangenis-voorbeeldstad').innerHTML).toBe(
      main('nl/gevangenis').innerHTML.replaceAll('Gevangenissen', 'Gevangenis Voorbeeldstad').replaceAll('-gevangenis-', '-gevangenis-voorbeeldstad-'),
    );
  });

  it('shows the contacts with national numbers, tel: links in E.164, mailto: and web links, and the local contacts', () => {
    const contacts = main('nl/justitiehuis-voorbeeldstad/contacts');
    const links = [...contacts.querySelectorAll('a[href^="tel:"], a[href^="mailto:"], a[href^="https:"]')].map((a) => `${plain(a.textContent)} ${a.getAttribute('href')}`);
    expect(contacts.querySelector('a[href^="tel:"]')!.textContent).toBe('09\u00a0210\u00a010\u00a010');
    expect(links).toEqual([
      '09 210 10 10 tel:+3292101010',
      'vk@example.org mailto:vk@example.org',
      '09 210 10 20 tel:+3292101020',
      '09 210 10 30 tel:+3292101030',
      'example.org/parket https://example.org/parket',
      '0470 10 20 30 tel:+32470102030',
      'naam@example.org mailto:naam@example.org',
    ]);
    expect(contacts.querySelector('#contact-vk')!.textContent).toContain('ma–vr 9–17 u');
    expect(contacts.querySelector('#contact-ambassador')!.textContent).toMatch(/Kindreflex-ambassadeur van het team\s*Voornaam Naam/);
    // A number written nationally in the file is published the same way.
    expect(main('nl/gevangenis-voorbeeldstad/contacts').querySelector('a[href^="tel:"]')!.getAttribute('href')).toBe('tel:+3250407100');
  });

  it('gives the numbers on the step pages that name a contact, and only there', () => {
    const step6 = main('nl/justitiehuis-voorbeeldstad/step-6');
    expect([...step6.querySelectorAll('.kr-checklist__reach li')].map((li) => plain(li.textContent))).toEqual([
      'VK: 09 210 10 10, vk@example.org, ma–vr 9–17 u',
      'OCJ: 09 210 10 20',
      'parket: 09 210 10 30, example.org/parket',
    ]);
    expect(main('nl/justitiehuis-voorbeeldstad/step-1').querySelector('a[href^="tel:"]')).toBeNull();
    expect(main('nl/justitiehuis/step-6').querySelector('a[href^="tel:"]')).toBeNull();
  });

  it('puts the details in the whole plan and on the print pages of the card and the A4 plan', () => {
    expect(plain(main('nl/justitiehuis-voorbeeldstad/plan').querySelector('#contact-ambassador')!.textContent)).toContain('0470 10 20 30');
    const print = (product: string) => plain(readFileSync(join(result.outDir, 'print', 'nl', 'justitiehuis-voorbeeldstad', product, 'index.html'), 'utf8'));
    expect(print('card')).toContain('Kindreflex-ambassadeur van het team</strong>: Voornaam Naam. 0470 10 20 30, naam@example.org');
    expect(print('plan')).toContain('09 210 10 10');
  });

  it("prints the numbers on its working checklist too, and a sector's checklist has no such block", () => {
    const checklist = (at: string) => readFileSync(join(result.outDir, 'print', 'nl', at, 'checklist', 'index.html'), 'utf8');
    const edition = plain(checklist('justitiehuis-voorbeeldstad')).replace(/<[^>]+>/g, '');
    expect(edition).toContain('09 210 10 10');
    expect(edition).toContain('Kindreflex-ambassadeur van het team: Voornaam Naam. 0470 10 20 30, naam@example.org');
    expect(checklist('justitiehuis')).not.toContain('kr-form__contacts');
  });

  it('has its own downloads, whose QR code opens the edition’s page', () => {
    const card = printsOf(result.publication, 'card').find((c) => c.lang === 'fr' && c.sector === 'justitiehuis-voorbeeldstad')!;
    expect(card.pdf).toBe('fr/justitiehuis-voorbeeldstad/downloads/kindreflex-justitiehuis-voorbeeldstad-fr-card.pdf');
    expect(card.card.qr.url).toBe('https://www.kindreflex.be/stappenplan/fr/justitiehuis-voorbeeldstad/');
    const downloads = [...main('fr/justitiehuis-voorbeeldstad').querySelectorAll('a[type="application/pdf"]')].map((a) => a.getAttribute('href'));
    expect(downloads).toEqual(['card', 'sheet', 'plan', 'poster', 'checklist'].map((p) => `downloads/kindreflex-justitiehuis-voorbeeldstad-fr-${p}.pdf`));
  });

  it('falls back to the Dutch name, marked, where a language has none', () => {
    const title = page('de/justitiehuis-voorbeeldstad').querySelector('.kr-switcher--sector [aria-current]')!;
    expect(title.querySelector('.kr-untranslated__marker')!.textContent).toBe('[NL]');
    expect(title.querySelector('[lang="nl"]')!.textContent).toBe('Justitiehuis Voorbeeldstad');
    const french = page('fr/justitiehuis-voorbeeldstad').querySelector('.kr-switcher--sector [aria-current]')!;
    expect(french.textContent).toBe('Maison de justice de Villemodèle');
  });

  it('is listed under its sector on the language home and in the sector switcher', () => {
    const home = main('nl');
    const sectors = [...home.querySelectorAll('.kr-sectors__sector')];
    expect([...sectors[0]!.querySelectorAll(':scope ul a')].map((a) => `${a.textContent} ${a.getAttribute('href')}`)).toEqual([
      'Justitiehuis Voorbeeldstad justitiehuis-voorbeeldstad/index.html',
    ]);
    expect([...sectors[1]!.querySelectorAll(':scope ul a')].map((a) => a.textContent)).toEqual(['Gevangenis Voorbeeldstad']);
    const switcher = page('nl/justitiehuis/step-3').querySelector('.kr-switcher--sector')!;
    expect([...switcher.querySelectorAll(':scope > ul > li > ul a')].map((a) => a.getAttribute('href'))).toEqual([
      '../../justitiehuis-voorbeeldstad/step-3/index.html',
      '../../gevangenis-voorbeeldstad/step-3/index.html',
    ]);
  });
});

describe('npm run editions:check', () => {
  const check = (dir: string) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/check-editions.ts', '--editions', dir], { cwd: root }).then(
      ({ stdout }) => ({ code: 0, out: stdout }),
      (error: { code: number; stderr: string }) => ({ code: error.code, out: error.stderr }),
    );

  it('lists the valid editions, and names the file and field of a bad one, exiting 1', async () => {
    expect(await check(fixtures)).toEqual({ code: 0, out: '2 editions valid: gevangenis-voorbeeldstad (gevangenis), justitiehuis-voorbeeldstad (justitiehuis)\n' });
    const bad = mkdtempSync(join(tmpdir(), 'kr-check-editions-'));
    writeFileSync(join(bad, 'gevangenis-x.json'), readFileSync(join(fixtures, 'gevangenis-voorbeeldstad.json'), 'utf8').replace('050 40 71 00', '+32 50 40 71'));
    const result = await check(bad);
    expect(result.code).toBe(1);
    expect(result.out).toContain("gevangenis-x.json: contacts.vk.phone: '+32 50 40 71' is not a valid phone number");
  }, 60_000);
});

describe('a bad edition file', () => {
  /** The build's error for an editions folder holding these files. */
  function errorFor(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'kr-bad-editions-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    try {
      preparePublication({ localesDir: join(root, 'locales'), editionsDir: dir });
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as Error).message;
    }
    throw new Error('the edition was accepted');
  }
  const example = JSON.parse(readFileSync(join(fixtures, 'justitiehuis-voorbeeldstad.json'), 'utf8')) as Record<string, unknown> & {
    contacts: Record<string, Record<string, unknown>>;
  };
  const variant = (change: (edition: typeof example) => void) => {
    const copy = structuredClone(example);
    change(copy);
    return JSON.stringify(copy, null, 2);
  };

  it.each([
    ['an unknown sector', variant((e) => (e.sector = 'ziekenhuis')), "x.json: sector: unknown sector 'ziekenhuis'"],
    ['an unknown contact id', variant((e) => (e.contacts['cawx'] = { phone: '+32 9 210 10 40' })), "x.json: contacts.cawx: unknown contact 'cawx'"],
    ['an invalid phone number', variant((e) => (e.contacts['vk']!['phone'] = '+32 50 40 71')), "x.json: contacts.vk.phone: '+32 50 40 71' is not a valid phone number"],
    ['letters in a phone number', variant((e) => (e.contacts['ocj']!['phone'] = 'bel het onthaal')), "x.json: contacts.ocj.phone: 'bel het onthaal' is not a valid phone number"],
    ['an invalid e-mail address', variant((e) => (e.contacts['vk']!['email'] = 'vk-at-example.org')), "x.json: contacts.vk.email: 'vk-at-example.org' is not a valid e-mail address"],
    ['an invalid web address', variant((e) => (e.contacts['parket']!['url'] = 'example.org/parket')), "x.json: contacts.parket.url: 'example.org/parket' is not a valid web address"],
    ['a missing Dutch name', variant((e) => (e.name = { fr: 'Maison de justice' })), 'x.json: name.nl: missing the Dutch text'],
    ['a missing Dutch name of a local contact', variant((e) => ((e['local'] as { name: unknown }[])[0]!.name = { en: 'Ambassador' })), 'x.json: local[0].name.nl: missing the Dutch text'],
  ])('names the file and the field: %s', (_, text, expected) => {
    expect(errorFor({ 'x.json': text })).toContain(expected);
  });

  it('names a file that is not valid JSON with its line and column', () => {
    expect(errorFor({ 'x.json': '{\n  "sector": "gevangenis",\n  "name": { "nl": "X" },\n}\n' })).toMatch(/x\.json:4:1: not valid JSON/);
  });

  it('refuses an id that is not URL-safe, or that is a sector’s', () => {
    const valid = readFileSync(join(fixtures, 'gevangenis-voorbeeldstad.json'), 'utf8');
    expect(errorFor({ 'Gevangenis X.json': valid })).toContain("Gevangenis X.json: 'Gevangenis X' is not a URL-safe edition id");
    expect(errorFor({ 'gevangenis.json': valid })).toContain("gevangenis.json: the edition id 'gevangenis' is a sector's id");
  });

  it('reports every problem of every file at once', () => {
    const message = errorFor({
      'a.json': variant((e) => (e.sector = 'ziekenhuis')),
      'b.json': variant((e) => (e.contacts['vk']!['phone'] = '123')),
    });
    expect(message).toContain('a.json: sector');
    expect(message).toContain('b.json: contacts.vk.phone');
  });

  it('fails the build and leaves output/ as it was', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'kr-bad-edition-build-')), 'output');
    cpSync(join(result.outDir, 'manifest.json'), join(outDir, 'manifest.json'), { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'kr-bad-editions-'));
    writeFileSync(join(dir, 'x.json'), variant((e) => (e.sector = 'ziekenhuis')));
    await expect(build({ root, outDir, editionsDir: dir, ...withoutBrowser })).rejects.toThrow("x.json: sector: unknown sector 'ziekenhuis'");
    expect(readdirSync(outDir)).toEqual(['manifest.json']);
    expect(readdirSync(join(outDir, '..'))).toEqual(['output']);
  });
});
