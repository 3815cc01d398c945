// A returned file → the language's new locale files and source hashes, or
// every reason to refuse it. Pure: the caller reads the file and the locales
// and writes what comes back, only when nothing was refused.
import { flatten, interpolationVariables, splitKey } from '../../protocol/resources.ts';
import type { Locale } from '../load-locales.ts';
import { extraTermNames, keyState, sourceHash } from '../status.ts';
import type { TextRoom } from './export.ts';
import { formatLocaleJson, withText } from './locale-json.ts';
import type { ReturnedFile, ReturnedUnit } from './model.ts';
import { fromRuns, placeholdersOf, textLength, toRuns, type Run } from './placeholders.ts';
import { XliffInputError } from './untrusted-xml.ts';

export interface ImportInput {
  /** The returned file's name, for messages. */
  fileName: string;
  returned: ReturnedFile;
  source: Locale;
  /** Every language in the locales folder. */
  locales: readonly Locale[];
  /** --accept: record today's Dutch hashes for every unit imported. */
  accept: boolean;
  rooms: ReadonlyMap<string, TextRoom>;
}

export interface ImportSummary {
  lang: string;
  updated: string[];
  unchanged: string[];
  missing: string[];
  stale: string[];
  /** Units whose Dutch changed while the file was out: imported, still stale. */
  sourceChanged: string[];
  /** Units updated with a text longer than their room, with its length and the room. */
  tooLong: { key: string; length: number; size: number }[];
  accepted: number;
}

export interface ImportResult {
  lang: string;
  /** File name in the language's folder → its new text; only the files that change. */
  files: Record<string, string>;
  summary: ImportSummary;
}

const TAG = /<\/?[A-Za-z][^<>]*>/;

/** A language tag's language: "nl" of "nl-BE". */
const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** What is wrong with one unit's target against today's Dutch; empty when nothing is. */
function targetProblems(key: string, dutch: string, target: readonly Run[], extraTerms: readonly string[]): string[] {
  const problems: string[] = [];
  const dutchVariables = interpolationVariables(dutch);
  // A whole placeholder typed as text counts as one: a translator cannot make a
  // new <ph> in a CAT tool, and German needs {{clientDative}} where Dutch has {{client}}.
  const runs = toRuns(fromRuns(target));
  const variables = placeholdersOf(runs).map((p) => p.variable);
  const allowed = new Set([...dutchVariables, ...extraTerms]);
  for (const v of new Set(variables)) {
    if (!allowed.has(v)) problems.push(`${key}: the placeholder {{${v}}} is not in the Dutch (added or renamed?): use the source's placeholders`);
  }
  for (const v of new Set(dutchVariables)) {
    // A language's own form of a term (German {{clientDative}} for {{client}}) stands in for it.
    const kept = variables.some((w) => w === v || (extraTerms.includes(w) && w.startsWith(v)));
    if (!kept) problems.push(`${key}: the placeholder {{${v}}} of the Dutch is missing (removed?): put it back where the sentence needs it`);
  }
  const text = runs.filter((r): r is string => typeof r === 'string').join('');
  if (/\{\{|\}\}/.test(text)) problems.push(`${key}: a broken placeholder ("{{" or "}}" without its other half): use the source's placeholder instead`);
  if (TAG.test(text) && !TAG.test(dutch)) problems.push(`${key}: markup (${TAG.exec(text)![0]}) where the Dutch has none: remove it`);
  return problems;
}

function fileProblems(input: ImportInput): { problems: string[]; locale?: Locale } {
  const { returned, source, locales } = input;
  const problems = [...returned.problems];
  // A regional tag of the source language (nl-BE: Flemish Dutch) is the source language.
  if (primary(returned.sourceLanguage) !== source.lang) {
    problems.push(`its source language is "${returned.sourceLanguage}", not Dutch (${source.lang}): import only files exported with npm run i18n:export`);
  }
  const lang = returned.targetLanguage;
  const locale = locales.find((l) => l.lang === lang);
  if (!lang) problems.push('it names no target language: export it again with npm run i18n:export -- <lang>');
  else if (lang === source.lang) problems.push(`its target language is the source language (${lang}): Dutch is edited in locales/${lang}/, not imported`);
  else if (!locale) {
    const near = locales.find((l) => l.lang === primary(lang) && l !== source);
    const hint = near ? `locales/${near.lang}/ is ${near.meta.name}: if the file is for it, set its target language back to "${near.lang}" (trgLang, 1.2 target-language); else ` : '';
    problems.push(`its target language "${lang}" has no folder in locales/: ${hint}add the language first with npm run i18n:scaffold -- ${lang} "<its own name>"`);
  }
  return { problems, ...(locale ? { locale } : {}) };
}

function unitProblems(units: readonly ReturnedUnit[], dutchTexts: ReadonlyMap<string, string>, extraTerms: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    const key = `${unit.namespace}:${unit.path}`;
    if (seen.has(key)) problems.push(`${key}: twice in the file: keep one`);
    seen.add(key);
    const dutch = dutchTexts.get(key);
    if (dutch === undefined) {
      problems.push(`${key}: no such text in the Dutch source (a unit id the file must not change, or a text since removed): export the language again`);
      continue;
    }
    if (unit.target && fromRuns(unit.target).trim() !== '') problems.push(...targetProblems(key, dutch, unit.target, extraTerms));
  }
  return problems;
}

/** The new files of the returned file's language; throws `XliffInputError` with every problem, writing nothing. */
export function importFile(input: ImportInput): ImportResult {
  const { source, returned } = input;
  const checked = fileProblems(input);
  if (!checked.locale) throw new XliffInputError(input.fileName, checked.problems);
  const locale = checked.locale;
  const dutchTexts = flatten(source.resources);
  const extraTerms = extraTermNames(source.resources, locale.resources);
  const problems = [...checked.problems, ...unitProblems(returned.units, dutchTexts, extraTerms)];
  if (problems.length > 0) throw new XliffInputError(input.fileName, problems);
  return applyUnits(input, locale, dutchTexts, extraTerms);
}

function applyUnits(input: ImportInput, locale: Locale, dutchTexts: ReadonlyMap<string, string>, extraTerms: readonly string[]): ImportResult {
  const before = flatten(locale.resources);
  const trees: Record<string, Record<string, unknown>> = { ...(locale.resources as Record<string, Record<string, unknown>>) };
  let hashes: Record<string, string> = { ...locale.sourceHashes };
  // A new hash goes where --accept would put it: in the Dutch order.
  const dutchOrder = Object.fromEntries([...dutchTexts.keys()].map((k) => [k, '']));
  const summary: ImportSummary = { lang: locale.lang, updated: [], unchanged: [], missing: [], stale: [], sourceChanged: [], tooLong: [], accepted: 0 };
  for (const unit of input.returned.units) {
    const key = `${unit.namespace}:${unit.path}`;
    const dutch = dutchTexts.get(key)!;
    const text = unit.target ? fromRuns(unit.target) : '';
    const translated = text.trim() !== '';
    const updated = translated && text !== before.get(key);
    if (updated) {
      const { namespace, path } = splitKey(key);
      trees[namespace] = withText(trees[namespace] ?? {}, path, text, input.source.resources[namespace]);
      summary.updated.push(key);
    } else summary.unchanged.push(key);
    const changedWhileOut = fromRuns(unit.source) !== dutch;
    if (changedWhileOut) summary.sourceChanged.push(key);
    if (translated && !changedWhileOut && (input.accept || unit.final) && hashes[key] !== sourceHash(dutch)) {
      hashes = withText(hashes, [key], sourceHash(dutch), dutchOrder) as Record<string, string>;
      summary.accepted += 1;
    }
    const room = input.rooms.get(key);
    const length = textLength(unit.target ?? []);
    if (room && updated && length > room.size) summary.tooLong.push({ key, length, size: room.size });
  }
  const after = flatten(trees);
  for (const unit of input.returned.units) {
    const key = `${unit.namespace}:${unit.path}`;
    const state = keyState(key, dutchTexts.get(key)!, after.get(key), hashes, extraTerms);
    if (state === 'missing') summary.missing.push(key);
    else if (state !== 'translated') summary.stale.push(key);
  }
  return { lang: locale.lang, files: changedFiles(locale, trees, hashes), summary };
}

/** The files whose text changes: a namespace's JSON, the source hashes. */
function changedFiles(locale: Locale, trees: Record<string, unknown>, hashes: Record<string, string>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [namespace, tree] of Object.entries(trees)) {
    if (tree !== locale.resources[namespace]) files[`${namespace}.json`] = formatLocaleJson(tree);
  }
  const sameHashes = JSON.stringify(hashes) === JSON.stringify(locale.sourceHashes);
  if (!sameHashes) files['.source-hashes.json'] = formatLocaleJson(hashes);
  return files;
}
