// The state of every translation against the Dutch source: which keys are
// translated, missing, unused, or stale (their Dutch text changed since they
// were translated). Pure: callers read and write the files.
//
// Staleness: each language keeps `locales/<lang>/.source-hashes.json`, key →
// short sha256 of the Dutch text the translation was made from. A key whose
// hash differs from the hash of today's Dutch text, or that has no hash at
// all (nobody confirmed it matches), is stale. `acceptTranslations` writes
// the hashes once an editor has revised a language.
import { createHash } from 'node:crypto';
import { flatten, interpolationVariables, type Resources } from '../protocol/resources.ts';

/** key (`namespace:dotted.path`) → short sha256 of the Dutch text the translation was made from. */
export type SourceHashes = Readonly<Record<string, string>>;

export interface TranslationInput {
  lang: string;
  name: string;
  reviewed: boolean;
  resources: Resources;
  sourceHashes: SourceHashes;
}

/** The state of one key in one language. */
export type KeyState = 'translated' | 'missing' | 'stale' | 'invalid';

export interface LanguageStatus {
  lang: string;
  name: string;
  reviewed: boolean;
  /** Keys in the Dutch source. */
  total: number;
  /** Keys present, non-empty, with valid variables and a current source hash. */
  translated: number;
  /** Keys in Dutch the translation lacks (or leaves empty). */
  missing: string[];
  /** Keys whose Dutch text changed since they were translated, or that were never marked up to date. */
  stale: string[];
  /** Keys using a `{{variable}}` that neither the Dutch text nor the language's own terms define. */
  invalid: string[];
  /** Keys in the translation that Dutch does not have. */
  unused: string[];
  /** Extra forms of the sector terms this language defines (German cases: `clientDative`). */
  extraTerms: string[];
}

/** The first 12 hex digits of the sha256 of a text: enough to notice a change. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

const TERM_KEY = /^sectors:([^.]+)\.terms\.(.+)$/;

/**
 * Term names a language defines beyond the Dutch ones: grammatical forms such
 * as German `clientDative` ("dem Justiziablen"). Only a name every sector of
 * the language defines counts, because a sentence is shared by the sectors.
 */
export function extraTermNames(source: Resources, resources: Resources): string[] {
  const sourceKeys = flatten(source);
  const bySector = new Map<string, Set<string>>();
  for (const key of flatten(resources).keys()) {
    const match = TERM_KEY.exec(key);
    if (!match || sourceKeys.has(key)) continue;
    const sector = match[1]!;
    const term = match[2]!;
    if (!sourceKeys.has(`sectors:${sector}.name`)) continue;
    bySector.set(sector, (bySector.get(sector) ?? new Set()).add(term));
  }
  const sectors = [...sourceKeys.keys()].flatMap((k) => /^sectors:([^.]+)\.name$/.exec(k)?.[1] ?? []);
  const sets = sectors.map((s) => bySector.get(s) ?? new Set<string>());
  return [...(sets[0] ?? [])].filter((term) => sets.every((set) => set.has(term))).sort();
}

/** The state of one key: `sourceText` is the Dutch text, `text` the translation (undefined when absent). */
export function keyState(
  key: string,
  sourceText: string,
  text: string | undefined,
  hashes: SourceHashes,
  extraTerms: readonly string[],
): KeyState {
  if (text === undefined || text.trim() === '') return 'missing';
  const allowed = new Set([...interpolationVariables(sourceText), ...extraTerms]);
  if (interpolationVariables(text).some((v) => !allowed.has(v))) return 'invalid';
  return hashes[key] === sourceHash(sourceText) ? 'translated' : 'stale';
}

export function languageStatus(source: Resources, translation: TranslationInput): LanguageStatus {
  const sourceTexts = flatten(source);
  const texts = flatten(translation.resources);
  const extraTerms = extraTermNames(source, translation.resources);
  const status: LanguageStatus = {
    lang: translation.lang,
    name: translation.name,
    reviewed: translation.reviewed,
    total: sourceTexts.size,
    translated: 0,
    missing: [],
    stale: [],
    invalid: [],
    unused: [],
    extraTerms,
  };
  for (const [key, sourceText] of sourceTexts) {
    const state = keyState(key, sourceText, texts.get(key), translation.sourceHashes, extraTerms);
    if (state === 'translated') status.translated += 1;
    else status[state].push(key);
  }
  const extraTermKeys = new Set(extraTerms.flatMap((term) => [...texts.keys()].filter((k) => k.endsWith(`.terms.${term}`))));
  status.unused = [...texts.keys()].filter((key) => !sourceTexts.has(key) && !extraTermKeys.has(key));
  return status;
}

/** Percentage translated, rounded down so that 99.6 % never shows as 100 %. */
export function percentTranslated(status: LanguageStatus): number {
  return status.total === 0 ? 100 : Math.floor((status.translated / status.total) * 100);
}

export function isComplete(status: LanguageStatus): boolean {
  return status.translated === status.total && status.unused.length === 0;
}

/**
 * The hashes that mark a language's present translations as made from
 * today's Dutch text: what an editor records after revising it. Missing,
 * empty and invalid keys get no hash, so they stay listed.
 */
export function acceptTranslations(source: Resources, translation: Omit<TranslationInput, 'sourceHashes'>): Record<string, string> {
  const texts = flatten(translation.resources);
  const extraTerms = extraTermNames(source, translation.resources);
  const hashes: Record<string, string> = {};
  for (const [key, sourceText] of flatten(source)) {
    const state = keyState(key, sourceText, texts.get(key), { [key]: sourceHash(sourceText) }, extraTerms);
    if (state === 'translated') hashes[key] = sourceHash(sourceText);
  }
  return hashes;
}

/** The status of every language as a plain-text table, followed by the keys to act on. */
export function formatStatus(statuses: readonly LanguageStatus[]): string {
  const header = ['language', 'translated', '%', 'missing', 'stale', 'invalid', 'unused', 'reviewed'];
  const rows = statuses.map((s) => [
    `${s.lang} ${s.name}`,
    `${s.translated}/${s.total}`,
    `${percentTranslated(s)} %`,
    String(s.missing.length),
    String(s.stale.length),
    String(s.invalid.length),
    String(s.unused.length),
    s.reviewed ? 'yes' : 'no (draft)',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const lists: [keyof Pick<LanguageStatus, 'missing' | 'stale' | 'invalid' | 'unused'>, string][] = [
    ['missing', 'missing (add the translation)'],
    ['stale', 'stale (the Dutch changed, or never marked up to date: revise, then --accept)'],
    ['invalid', 'invalid {{variables}} (use the ones in the Dutch text)'],
    ['unused', 'unused (not in Dutch: remove)'],
  ];
  for (const s of statuses) {
    for (const [list, what] of lists) {
      if (s[list].length === 0) continue;
      out.push('', `${s.lang}: ${s[list].length} ${what}`, ...s[list].map((key) => `  ${key}`));
    }
  }
  return out.join('\n');
}
