// The translation workflow end to end: a missing and a stale key fall back to
// Dutch, visibly marked; the status command counts them; the scaffold command
// makes a language that builds.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/pipeline/build.ts';
import { SOURCE_HASHES_FILE } from '../src/i18n/load-locales.ts';
import { loadLocale } from '../src/i18n/load-locales.ts';
import { flatten } from '../src/protocol/resources.ts';
import { sourceHash } from '../src/i18n/status.ts';
import { withoutBrowser } from './helpers/stubs.ts';

/** How many texts Dutch has: the total every language is counted against. */
const TOTAL = flatten(loadLocale(join(import.meta.dirname, '..', 'locales'), 'nl').resources).size;
/** The percentage i18n:status prints for `translated` texts (rounded down). */
const pct = (translated: number) => Math.floor((translated / TOTAL) * 100);

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);
const script = (name: string, args: string[]) =>
  run(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], { cwd: root }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: `${error.stdout}${error.stderr}` }),
  );
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** nl and fr only, with fr's step-4 title removed and its step-4 decision 'safe' marked as made from an older Dutch text. */
function fixtureLocales(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kr-i18n-'));
  for (const lang of ['nl', 'fr']) cpSync(join(root, 'locales', lang), join(dir, lang), { recursive: true });
  const protocol = readJson(join(dir, 'fr', 'protocol.json'));
  delete protocol.steps['step-4'].title;
  writeFileSync(join(dir, 'fr', 'protocol.json'), JSON.stringify(protocol));
  const hashes = readJson(join(dir, 'fr', SOURCE_HASHES_FILE));
  hashes['protocol:steps.step-4.decision.safe'] = sourceHash('Is de thuissituatie veilig genoeg?');
  writeFileSync(join(dir, 'fr', SOURCE_HASHES_FILE), JSON.stringify(hashes));
  return dir;
}

describe('a translation with one key missing and one stale', () => {
  let locales: string;
  let page: Document;
  beforeAll(async () => {
    locales = fixtureLocales();
    const outDir = join(mkdtempSync(join(tmpdir(), 'kr-i18n-out-')), 'output');
    await build({ root, outDir, localesDir: locales, ...withoutBrowser });
    page = parseHTML(readFileSync(join(outDir, 'site', 'fr', 'justitiehuis', 'step-4', 'index.html'), 'utf8')).document as unknown as Document;
  });

  it('shows the missing key in Dutch, marked [NL] and lang="nl"', () => {
    const fallback = page.querySelector('h1 .kr-untranslated')!;
    expect(fallback.querySelector('.kr-untranslated__marker')?.textContent).toBe('[NL]');
    const dutch = fallback.querySelector('[lang="nl"]')!;
    expect(dutch.textContent).toBe('Ga na of er sprake is van verontrusting en bereidheid');
    expect(dutch.getAttribute('dir')).toBe('ltr');
  });

  it('marks it as plain text where no markup can go: the title and attributes', () => {
    // French spacing (a no-break space before the colon) around the Dutch text.
    expect(page.title).toBe('Étape 4\u00A0: [NL] Ga na of er sprake is van verontrusting en bereidheid – Le Kindreflex\u00A0: Maisons de justice');
    expect(page.documentElement.outerHTML).not.toMatch(/[\uE000-\uE002]/u);
  });

  it('shows the stale key in Dutch too, and keeps the fresh ones in French', () => {
    const conditions = [...page.querySelectorAll('.kr-decision__condition')];
    expect(conditions[0]!.querySelector('[lang="nl"]')?.textContent).toBe('Is de thuissituatie veilig?');
    expect(conditions[1]!.querySelector('.kr-untranslated')).toBeNull();
    expect(conditions[1]!.textContent).toContain('La situation à la maison est-elle préoccupante, mais');
  });

  it('is counted by npm run i18n:status, which fails with --strict', async () => {
    const result = await script('i18n-status', ['--locales', locales, '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`fr Français\\s+${TOTAL - 2}/${TOTAL}\\s+${pct(TOTAL - 2)} %\\s+1\\s+1\\s+0\\s+0\\s+no \\(draft\\)`));
    expect(result.stdout).toContain('fr: 1 missing (add the translation)\n  protocol:steps.step-4.title');
    expect(result.stdout).toContain('  protocol:steps.step-4.decision.safe');
  });

  it('is up to date again after --accept, except for the missing key', async () => {
    const result = await script('i18n-status', ['--locales', locales, '--accept', 'fr']);
    expect(result.stdout).toMatch(new RegExp(`fr Français\\s+${TOTAL - 1}/${TOTAL}\\s+${pct(TOTAL - 1)} %\\s+1\\s+0`));
  });
});

describe('npm run i18n:status on the real locales', () => {
  it('reports French, English and German complete, and passes --strict', async () => {
    const result = await script('i18n-status', ['--strict']);
    expect(result.code, result.stdout).toBe(0);
    for (const name of ['de Deutsch', 'en English', 'fr Français']) expect(result.stdout).toMatch(new RegExp(`${name}\\s+${TOTAL}/${TOTAL}\\s+100 %\\s+0\\s+0\\s+0\\s+0`));
  });
});

describe('npm run i18n:scaffold', () => {
  it('adds a right-to-left language with every Dutch key empty, which builds with Dutch marked [NL]', async () => {
    const locales = mkdtempSync(join(tmpdir(), 'kr-scaffold-'));
    cpSync(join(root, 'locales', 'nl'), join(locales, 'nl'), { recursive: true });
    const result = await script('i18n-scaffold', ['ar', 'العربية', '--rtl', '--locales', locales]);
    expect(result.code, result.stdout).toBe(0);
    expect(readJson(join(locales, 'ar', 'meta.json'))).toEqual({ name: 'العربية', dir: 'rtl', reviewed: false });
    expect(readJson(join(locales, 'ar', 'protocol.json')).steps['step-3'].items['ask-regularly']).toBe('');
    expect(readJson(join(locales, 'ar', SOURCE_HASHES_FILE))).toEqual({});
    expect((await script('i18n-scaffold', ['ar', 'again', '--locales', locales])).code).toBe(1);
    expect((await script('i18n-scaffold', ['Arabic!', 'x', '--locales', locales])).code).toBe(1);

    const status = await script('i18n-status', ['--locales', locales]);
    expect(status.stdout).toMatch(new RegExp(`ar العربية\\s+0/${TOTAL}\\s+0 %\\s+${TOTAL}\\s+0`));

    const outDir = join(mkdtempSync(join(tmpdir(), 'kr-scaffold-out-')), 'output');
    await build({ root, outDir, localesDir: locales, ...withoutBrowser });
    const file = join(outDir, 'site', 'ar', 'gevangenis', 'step-3', 'index.html');
    expect(existsSync(file)).toBe(true);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('.kr-draft-notice [lang="nl"]')?.textContent).toBe('Ontwerpvertaling, nog niet nagekeken. Bij twijfel geldt de Nederlandse tekst.');
    expect(document.querySelector('h1 [lang="nl"]')?.textContent).toBe('Stap 3');
  });
});
