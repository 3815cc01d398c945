// Pseudo-locales for tests, generated from Dutch into a temporary folder and
// never committed: `en-XA` accents every letter and is 40 % longer, to show
// text that escapes translation and layouts that break on longer words;
// `ar-XB` is right-to-left, in Hebrew letters. {{variables}} stay intact.
// Both are marked as translated from today's Dutch, so nothing falls back.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLocale, SOURCE_HASHES_FILE, type LocaleMeta } from '../../src/i18n/load-locales.ts';
import type { Resources } from '../../src/protocol/resources.ts';
import { acceptTranslations } from '../../src/i18n/status.ts';

export const PSEUDO_ACCENTED = 'en-XA';
export const PSEUDO_RTL = 'ar-XB';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];
const HEBREW = [...'אבגדהוזחטיכלמנסעפצקרשתךםןף'];

/** The characters only the accented pseudo-locale has: a text node with none of them escaped translation. */
export const PSEUDO_MARKS = new Set([...ACCENTED, '~']);

/** Applies `letter` to every character outside {{variables}}. */
function mapText(text: string, letter: (c: string) => string): string {
  return text
    .split(/(\{\{[^}]*\}\})/)
    .map((part, i) => (i % 2 === 1 ? part : [...part].map(letter).join('')))
    .join('');
}

export function pseudoAccent(text: string): string {
  const mapped = mapText(text, (c) => ACCENTED[PLAIN.indexOf(c)] ?? c);
  // 40 % longer, in short words so that it can still wrap.
  const extra = Math.max(2, Math.round(text.length * 0.4));
  const padding = ' ~~~~'.repeat(Math.ceil(extra / 5)).slice(0, extra);
  return `${mapped}${padding.trimEnd()}`;
}

export function pseudoRtl(text: string): string {
  return mapText(text, (c) => {
    const i = PLAIN.indexOf(c);
    return i < 0 ? c : HEBREW[i % 26]!;
  });
}

function mapTree(node: unknown, f: (text: string) => string): unknown {
  if (typeof node === 'string') return f(node);
  if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mapTree(v, f)]));
  return node;
}

function writeLocale(dir: string, lang: string, meta: LocaleMeta, resources: Resources, source: Resources): void {
  mkdirSync(join(dir, lang));
  for (const [namespace, tree] of Object.entries(resources)) writeFileSync(join(dir, lang, `${namespace}.json`), JSON.stringify(tree));
  writeFileSync(join(dir, lang, 'meta.json'), JSON.stringify(meta));
  const hashes = acceptTranslations(source, { lang, name: meta.name, reviewed: meta.reviewed, resources });
  writeFileSync(join(dir, lang, SOURCE_HASHES_FILE), JSON.stringify(hashes));
}

/** A temporary locales folder: Dutch from `localesDir`, and the two pseudo-locales made from it. */
export function writePseudoLocales(localesDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kr-pseudo-'));
  cpSync(join(localesDir, 'nl'), join(dir, 'nl'), { recursive: true });
  const nl = loadLocale(dir, 'nl').resources;
  const accented = mapTree(nl, pseudoAccent) as Resources;
  const rtl = mapTree(nl, pseudoRtl) as Resources;
  writeLocale(dir, PSEUDO_ACCENTED, { name: pseudoAccent('Pseudo accented'), dir: 'ltr', reviewed: false }, accented, nl);
  writeLocale(dir, PSEUDO_RTL, { name: pseudoRtl('Pseudo RTL'), dir: 'rtl', reviewed: false }, rtl, nl);
  return dir;
}
