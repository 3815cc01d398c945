// The translators' round trip (docs/translators.md#sending-a-language-out-as-xliff):
// export a language as XLIFF 2.0 or 1.2, import it back. Untouched, nothing
// in locales/ changes; a translator's edit lands in the project's formatting;
// every bad or hostile file is refused whole with nothing written; a CAT
// tool's German edit, its placeholders in another order, shows on the built
// page. One build of its own (Dutch and German only, stand-in renderers): the
// imported text must reach a page, and the shared build has the project's
// locales, not the imported ones.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { renderToString } from 'preact-render-to-string';
import type { VNode } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_HASHES_FILE } from '../src/i18n/load-locales.ts';
import { sourceHash } from '../src/i18n/status.ts';
import type { XliffVersion } from '../src/i18n/xliff/model.ts';
import { roomFor } from '../src/i18n/xliff/export.ts';
import { textLength, toRuns } from '../src/i18n/xliff/placeholders.ts';
import { formatImportSummary } from '../src/i18n/xliff/summary.ts';
import { MAX_XLIFF_BYTES, XliffInputError } from '../src/i18n/xliff/untrusted-xml.ts';
import { build } from '../src/pipeline/build.ts';
import { preparePublication } from '../src/pipeline/publication.ts';
import { flatten, interpolationVariables } from '../src/protocol/resources.ts';
import { NOTHING_RENDERED } from '../src/views/rendered.ts';
import { exportLanguage, importLanguage } from '../scripts/lib/xliff-files.ts';
import { textLocations, type TextLocations } from '../scripts/lib/text-locations.ts';
import { render as renderCard } from '../templates/print/card.11ty.tsx';
import { withoutBrowser } from './helpers/stubs.ts';

const root = join(import.meta.dirname, '..');
const LOCALES = join(root, 'locales');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
/** Today's Dutch text of a key, as the other engineers' edits leave it. */
const DUTCH = flatten(Object.fromEntries(['protocol', 'sectors', 'ui'].map((ns) => [ns, readJson(join(LOCALES, 'nl', `${ns}.json`))])));
const dutchOf = (key: string) => DUTCH.get(key)!;

/** A copy of the project's locales (these languages), to import into. */
function copyLocales(langs = ['nl', 'fr', 'en', 'de']): string {
  const dir = mkdtempSync(join(tmpdir(), 'kr-xliff-'));
  for (const lang of langs) cpSync(join(LOCALES, lang), join(dir, lang), { recursive: true });
  return dir;
}

/** Every file of a locales folder, by path, as bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const lang of readdirSync(dir)) {
    for (const name of readdirSync(join(dir, lang))) files.set(`${lang}/${name}`, readFileSync(join(dir, lang, name), 'latin1'));
  }
  return files;
}

let where: TextLocations;
beforeAll(async () => {
  where = await textLocations(LOCALES);
});

const exported = async (localesDir: string, lang: string, version: XliffVersion = '2.0') =>
  (await exportLanguage({ localesDir, lang, version, only: 'all', where })).xliff;

async function imported(localesDir: string, xliff: string | Uint8Array, accept = false) {
  const file = join(mkdtempSync(join(tmpdir(), 'kr-xliff-in-')), 'returned.xlf');
  writeFileSync(file, xliff);
  return importLanguage({ localesDir, file, accept, where });
}

/** The problems an import is refused with; fails the test when it is not refused. */
async function refused(localesDir: string, xliff: string | Uint8Array): Promise<string> {
  try {
    await imported(localesDir, xliff);
  } catch (error) {
    if (error instanceof XliffInputError) return error.message;
    throw error;
  }
  throw new Error('imported, but should have been refused');
}

/** `xliff` with one 2.0 unit's XML changed by `edit`. */
function editUnit(xliff: string, namespace: string, path: string, edit: (unit: string) => string): string {
  const file = new RegExp(`(<file id="${namespace}">[\\s\\S]*?)(<unit id="${path.replaceAll('.', '\\.')}"[\\s\\S]*?</unit>)`);
  expect(xliff).toMatch(file);
  return xliff.replace(file, (_, before: string, unit: string) => before + edit(unit));
}

describe.each(['2.0', '1.2'] as const)('the round trip in XLIFF %s', (version) => {
  it('exports every language and imports it untouched: locales/ stays byte for byte as it was', async () => {
    const dir = copyLocales();
    const before = snapshot(dir);
    for (const lang of ['fr', 'en', 'de']) {
      const { result, written } = await imported(dir, await exported(dir, lang, version));
      expect(written).toEqual([]);
      expect(result.summary.updated).toEqual([]);
    }
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('what goes out', () => {
  /** French with one key missing and one stale: the states a translator must see. */
  function frenchToDo(): string {
    const dir = copyLocales(['nl', 'fr']);
    const protocol = readJson(join(dir, 'fr', 'protocol.json'));
    delete protocol.steps['step-4'].title;
    writeFileSync(join(dir, 'fr', 'protocol.json'), `${JSON.stringify(protocol, null, 2)}\n`);
    const hashes = readJson(join(dir, 'fr', SOURCE_HASHES_FILE));
    hashes['protocol:steps.step-4.decision.safe'] = sourceHash('an older Dutch text');
    writeFileSync(join(dir, 'fr', SOURCE_HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
    return dir;
  }

  it('2.0: states from i18n:status, placeholders with their meaning, notes, the size restriction, the conventions', async () => {
    const xliff = await exported(frenchToDo(), 'fr');
    expect(xliff).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="fr" xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0">/);
    const missing = /<unit id="steps\.step-4\.title"[\s\S]*?<\/unit>/.exec(xliff)![0];
    expect(missing).toMatch(/<segment state="initial">\s*<source>[^<]+<\/source>\s*<\/segment>/);
    expect(missing).toContain(`<source>${dutchOf('protocol:steps.step-4.title')}</source>`);
    const stale = /<unit id="steps\.step-4\.decision\.safe"[\s\S]*?<\/unit>/.exec(xliff)![0];
    expect(stale).toMatch(/<segment state="initial">\s*<source>[^<]+<\/source>\s*<target>[^<]+<\/target>/);
    expect(stale).toContain('<note category="status">Review: the Dutch text changed');
    const previous = /<unit id="step\.previous"[\s\S]*?<\/unit>/.exec(xliff)![0];
    expect(previous).toContain('<segment state="translated">');
    expect(previous).toContain('<data id="d1">{{number}}</data>');
    expect(previous).toMatch(/<source>[^<]*<ph id="number" dataRef="d1" disp="a step's number" equiv="\{\{number\}\}"\/>/);
    expect(previous).toContain('<note category="location">Where: on the site: step pages.</note>');
    expect(xliff).toMatch(/<ph id="client" dataRef="d\d" disp="the sector's term &quot;client&quot;: justitiabele \(Justitiehuizen, nl\); gedetineerde \(Gevangenissen, nl\)"/);
    expect(xliff).toContain('<note category="conventions">A no-break space goes before : ; ? !');
    expect(xliff).toMatch(/<slr:profiles generalProfile="xliff:codepoints" storageProfile="xliff:utf8">/);
  });

  it('1.2: new, needs-review-translation and translated, maxwidth for the room', async () => {
    const xliff = await exported(frenchToDo(), 'fr', '1.2');
    expect(xliff).toMatch(/<trans-unit id="steps\.step-4\.title"[^>]*>\s*<source>[^<]+<\/source>\s*<target state="new"\/>/);
    expect(xliff).toMatch(/<trans-unit id="steps\.step-4\.decision\.safe"[^>]*>\s*<source>[^<]+<\/source>\s*<target state="needs-review-translation">/);
    expect(xliff).toMatch(/<ph id="number" ctype="x-variable" equiv-text="a step's number">\{\{number\}\}<\/ph>/);
    expect(xliff).toMatch(/<trans-unit id="[^"]+" maxwidth="\d+" size-unit="char">/);
    expect(xliff).toMatch(/<header>\s*<note>Target language: Français \(fr\)/);
  });

  it('has the size note for every text printed on the pocket card', async () => {
    // The card as printed, rendered from the Dutch views by its template: a
    // Dutch text (without variables) on it must be a unit with little room.
    const publication = preparePublication({ localesDir: LOCALES });
    const card = publication.prints.find((p) => p.product === 'card' && p.lang === 'nl' && p.sector === 'justitiehuis')!;
    const { document } = parseHTML(renderToString(renderCard({ view: card }) as VNode));
    // Every text node of the card's body, whole: the texts as printed.
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    const printed = new Set<string>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) printed.add(node.textContent!.trim());
    // Keys by their Dutch text: a text on the card may also be another key's (a glossary term, a phase's name).
    const keysOf = new Map<string, string[]>();
    for (const [key, text] of DUTCH) keysOf.set(text, [...(keysOf.get(text) ?? []), key]);
    const onCard = [...keysOf].filter(([dutchText]) => interpolationVariables(dutchText).length === 0 && printed.has(dutchText));
    expect(onCard.length).toBeGreaterThan(20);
    const xliff = await exported(LOCALES, 'de');
    const unitOf = (key: string) => {
      const [namespace, path] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      return new RegExp(`<file id="${namespace}">[\\s\\S]*?(<unit id="${path.replaceAll('.', '\\.')}"[^>]*>[\\s\\S]*?</unit>)`).exec(xliff)![1]!;
    };
    for (const [dutchText, keys] of onCard) {
      const sized = keys.map(unitOf).filter((unit) => /^<unit id="[^"]+" slr:sizeRestriction="\d+">/.test(unit));
      expect(sized.length, dutchText).toBeGreaterThan(0);
      for (const unit of sized) expect(unit).toMatch(/<note category="room">Room is short: printed on card \(A6\), sheet \(A4\)/);
    }
  });
});

describe("a translator's work, imported", () => {
  it('adds a missing text where Dutch has it, so the diff shows only that line; stale until accepted', async () => {
    const dir = copyLocales(['nl', 'fr']);
    const original = readFileSync(join(dir, 'fr', 'protocol.json'), 'utf8');
    const protocol = JSON.parse(original);
    const title = protocol.steps['step-4'].title as string;
    delete protocol.steps['step-4'].title;
    writeFileSync(join(dir, 'fr', 'protocol.json'), `${JSON.stringify(protocol, null, 2)}\n`);
    // A new translation has no source hash: nobody confirmed it yet.
    const hashes = readJson(join(dir, 'fr', SOURCE_HASHES_FILE));
    delete hashes['protocol:steps.step-4.title'];
    writeFileSync(join(dir, 'fr', SOURCE_HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
    const xliff = editUnit(await exported(dir, 'fr'), 'protocol', 'steps.step-4.title', (unit) => unit.replace('</source>', `</source><target>${title}</target>`));
    const { result } = await imported(dir, xliff);
    expect(readFileSync(join(dir, 'fr', 'protocol.json'), 'utf8')).toBe(original);
    expect(result.summary.updated).toEqual(['protocol:steps.step-4.title']);
    expect(result.summary.stale).toContain('protocol:steps.step-4.title');
    const accepted = await imported(dir, xliff, true);
    expect(accepted.result.summary.stale).not.toContain('protocol:steps.step-4.title');
    expect(readJson(join(dir, 'fr', SOURCE_HASHES_FILE))['protocol:steps.step-4.title']).toBe(sourceHash(dutchOf('protocol:steps.step-4.title')));
  });

  it("takes a language's own term form typed as text for the source's placeholder (German cases)", async () => {
    const dir = copyLocales(['nl', 'de']);
    const xliff = await exported(dir, 'de');
    // The first German target that has the plain {{client}}, as a placeholder.
    const unit = /<unit id="([^"]+)"(?:(?!<\/unit>)[\s\S])*?<target>(?:(?!<\/target>)[\s\S])*?<ph id="client" [^>]*\/>/.exec(xliff)!;
    const edited = xliff.replace(unit[0], unit[0].replace(/<ph id="client" [^>]*\/>$/, '{{clientDative}}'));
    const { result } = await imported(dir, edited);
    const key = result.summary.updated[0]!;
    expect(key.endsWith(`:${unit[1]}`)).toBe(true);
    expect(flatten(Object.fromEntries(['protocol', 'ui'].map((ns) => [ns, readJson(join(dir, 'de', `${ns}.json`))]))).get(key)).toContain('{{clientDative}}');
    expect(xliff).toContain("<note category=\"conventions\">This language's own forms of the sector terms may stand in for them, typed as they are: {{clientAccusative}}, {{clientDative}}");
  });

  it('takes Flemish Dutch (nl-BE), as a CAT tool may name the source, for the Dutch source', async () => {
    const dir = copyLocales(['nl', 'fr']);
    const before = snapshot(dir);
    const { written } = await imported(dir, (await exported(dir, 'fr')).replace('srcLang="nl"', 'srcLang="nl-BE"'));
    expect(written).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('records the hash of a unit in state final, not of one whose Dutch changed while the file was out', async () => {
    const dir = copyLocales(['nl', 'fr']);
    const hashes = readJson(join(dir, 'fr', SOURCE_HASHES_FILE));
    delete hashes['ui:step.next'];
    delete hashes['ui:step.previous'];
    writeFileSync(join(dir, 'fr', SOURCE_HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
    let xliff = editUnit(await exported(dir, 'fr'), 'ui', 'step.next', (unit) => unit.replace('<segment state="initial">', '<segment state="final">'));
    xliff = editUnit(xliff, 'ui', 'step.previous', (unit) => unit.replace('<segment state="initial">', '<segment state="final">').replace('<source>', '<source>Eerder: '));
    const { result } = await imported(dir, xliff);
    expect(result.summary.sourceChanged).toEqual(['ui:step.previous']);
    expect(result.summary.stale).toEqual(['ui:step.previous']);
    expect(result.summary.accepted).toBe(1);
    expect(readJson(join(dir, 'fr', SOURCE_HASHES_FILE))['ui:step.next']).toBe(sourceHash(dutchOf('ui:step.next')));
  });
});

describe('a text printed where room is short', () => {
  it('is reported when a translator makes it longer than its room', async () => {
    const dir = copyLocales(['nl', 'fr']);
    const long = 'Évaluez très soigneusement et en détail la sécurité à la maison et le bien-être des enfants';
    const xliff = editUnit(await exported(dir, 'fr'), 'protocol', 'steps.step-2.title', (unit) => unit.replace(/<target>[^<]*<\/target>/, `<target>${long}</target>`));
    const room = roomFor(textLength(toRuns(dutchOf('protocol:steps.step-2.title'))));
    expect(room).toBeLessThan(long.length);
    expect(xliff).toContain(`<unit id="steps.step-2.title" slr:sizeRestriction="${room}">`);
    const { result } = await imported(dir, xliff);
    expect(result.summary.tooLong).toEqual([{ key: 'protocol:steps.step-2.title', length: long.length, size: room }]);
    expect(formatImportSummary(result.summary, [])).toContain(`protocol:steps.step-2.title: ${long.length} characters, room for ${room}`);
  });
});

describe('a bad or hostile file is refused whole, and locales/ stays as it was', () => {
  let dir: string;
  let before: Map<string, string>;
  let xliff: string;
  beforeAll(async () => {
    dir = copyLocales(['nl', 'fr']);
    before = snapshot(dir);
    // One good edit in every bad file: it must not be written either.
    xliff = editUnit(await exported(dir, 'fr'), 'ui', 'step.map', (unit) => unit.replace(/<target>[^<]*<\/target>/, '<target>Toutes les étapes (nouveau)</target>'));
  });
  const cases: [string, (x: string) => string | Uint8Array, RegExp][] = [
    ['not well-formed', (x) => x.replace('</target>', '</targt>'), /returned\.xlf: not imported, nothing was written:\n {2}- \d+:\d+: not well-formed XML/],
    ['another source language', (x) => x.replace('srcLang="nl"', 'srcLang="de"'), /its source language is "de", not Dutch \(nl\)/],
    ['a target language without a folder', (x) => x.replace('trgLang="fr"', 'trgLang="pl"'), /"pl" has no folder in locales\/: add the language first with npm run i18n:scaffold -- pl/],
    ['a regional target language without a folder', (x) => x.replace('trgLang="fr"', 'trgLang="fr-BE"'), /"fr-BE" has no folder in locales\/: locales\/fr\/ is Français: if the file is for it, set its target language back to "fr"/],
    ['a unit id that does not exist', (x) => x.replace('<unit id="step.next"', '<unit id="step.nexxt"'), /ui:step\.nexxt: no such text in the Dutch source/],
    ['a placeholder removed', (x) => editUnit(x, 'ui', 'step.next', (u) => u.replace(/(<target>[\s\S]*?)<ph id="title"[^>]*\/>/, '$1')), /ui:step\.next: the placeholder \{\{title\}\} of the Dutch is missing/],
    ['a placeholder added', (x) => editUnit(x, 'ui', 'step.next', (u) => u.replace('</target>', '<ph id="x" equiv="{{sector}}"/></target>')), /ui:step\.next: the placeholder \{\{sector\}\} is not in the Dutch \(added or renamed\?\)/],
    ['a placeholder renamed', (x) => editUnit(x, 'ui', 'step.next', (u) => u.replace('<data id="d2">{{title}}</data>', '<data id="d2">{{titel}}</data>')), /the placeholder \{\{titel\}\} is not in the Dutch/],
    ['a broken placeholder typed as text', (x) => editUnit(x, 'ui', 'step.map', (u) => u.replace('(nouveau)', '{{title')), /ui:step\.map: a broken placeholder/],
    ['a whole placeholder typed as text that Dutch does not have', (x) => editUnit(x, 'ui', 'step.map', (u) => u.replace('(nouveau)', '{{clientDative}}')), /ui:step\.map: the placeholder \{\{clientDative\}\} is not in the Dutch/],
    ['markup in a target', (x) => editUnit(x, 'ui', 'step.map', (u) => u.replace('(nouveau)', '<pc id="b">(nouveau)</pc>')), /ui:step\.map: markup <pc> in the text, where the Dutch has none/],
    ['markup typed in a target', (x) => editUnit(x, 'ui', 'step.map', (u) => u.replace('(nouveau)', '&lt;b&gt;nouveau&lt;/b&gt;')), /ui:step\.map: markup \(<b>\) where the Dutch has none/],
    ['an external entity pointing at a file of the machine', (x) => x.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY pw SYSTEM "file:///etc/passwd">]>\n<xliff ').replace('(nouveau)', '&pw;'), /refused: a DOCTYPE/],
    ['a nested-entity expansion', (x) => x.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<xliff ').replace('(nouveau)', '&c;'), /refused: a DOCTYPE/],
    ['a file over the size limit', (x) => x.replace('</xliff>', `<!--${' '.repeat(MAX_XLIFF_BYTES)}--></xliff>`), /over the limit of \d+ bytes/],
    ['not XLIFF', () => '<html lang="fr"></html>', /not an XLIFF 2\.0 or 1\.2 file \(its root is <html>\)/],
  ];
  it.each(cases)('%s', async (_, spoil, message) => {
    expect(await refused(dir, spoil(xliff))).toMatch(message);
    expect(snapshot(dir)).toEqual(before);
  });

  it('names every problem of a file at once', async () => {
    const twice = xliff.replace('srcLang="nl"', 'srcLang="de"').replace('<unit id="step.next"', '<unit id="step.nexxt"');
    const message = await refused(dir, twice);
    expect(message).toMatch(/source language/);
    expect(message).toMatch(/step\.nexxt/);
  });
});

describe('a CAT tool\'s German edit, its placeholders in another order, on the built page', () => {
  it('imports it and the German step page shows it', async () => {
    const dir = copyLocales(['nl', 'de']);
    const xliff = editUnit(await exported(dir, 'de'), 'ui', 'step.previous', (unit) =>
      unit.replace(/<target>.*<\/target>/, (target) => {
        const ph = (id: string) => new RegExp(`<ph id="${id}"[^>]*/>`).exec(target)![0];
        return `<target>${ph('title')} (zurück zu Schritt ${ph('number')})</target>`;
      }),
    );
    expect(xliff).toContain('(zurück zu Schritt <ph id="number"');
    const { result } = await imported(dir, xliff);
    expect(result.summary.updated).toEqual(['ui:step.previous']);
    expect(readJson(join(dir, 'de', 'ui.json')).step.previous).toBe('{{title}} (zurück zu Schritt {{number}})');
    const outDir = join(mkdtempSync(join(tmpdir(), 'kr-xliff-out-')), 'output');
    await build({ root, outDir, localesDir: dir, ...withoutBrowser });
    const page = parseHTML(readFileSync(join(outDir, 'site', 'de', 'justitiehuis', 'step-4', 'index.html'), 'utf8')).document;
    // Step 3's German title, then the rest of the edited sentence.
    const title = readJson(join(dir, 'de', 'protocol.json')).steps['step-3'].title as string;
    const start = title.split('{{')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(page.querySelector('.kr-pagination__previous a')!.textContent!.trim()).toMatch(new RegExp(`^${start}.* \\(zurück zu Schritt 3\\)$`));
  });
});

describe('the commands', () => {
  it('npm run i18n:export and i18n:import round-trip a language from the command line', async () => {
    const run = promisify(execFile);
    const dir = copyLocales(['nl', 'en']);
    const before = snapshot(dir);
    const out = join(mkdtempSync(join(tmpdir(), 'kr-xliff-cli-')), 'en.xlf');
    const exportRun = await run(process.execPath, ['--import', 'tsx', 'scripts/i18n-export.ts', 'en', '--xliff', '1.2', '--out', out, '--locales', dir], { cwd: root });
    expect(exportRun.stdout).toMatch(/XLIFF 1\.2, \d+ units for en: 0 missing, 0 to review, \d+ up to date; \d+ printed where room is short\./);
    const importRun = await run(process.execPath, ['--import', 'tsx', 'scripts/i18n-import.ts', out, '--locales', dir], { cwd: root });
    expect(importRun.stdout).toMatch(/^en: 0 units updated, \d+ unchanged, 0 still missing, 0 stale/);
    expect(importRun.stdout).toContain('Nothing changed in locales/.');
    expect(snapshot(dir)).toEqual(before);
  });
});
