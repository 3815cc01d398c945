// Reads locales/<lang>/*.json from disk. Every language is a folder: nothing
// in the code lists languages. Errors name the file, the line and the fix.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Resources } from '../protocol/resources.ts';
import type { SourceHashes } from './status.ts';

export interface LocaleMeta {
  /** The language's own name for itself ("Nederlands"). */
  name: string;
  dir: 'ltr' | 'rtl';
  /** True for the source language (nl). */
  source?: boolean;
  /** False until an editor signs off the translation. */
  reviewed: boolean;
  reviewedBy?: string;
  /**
   * The BCP 47 locale whose conventions dates follow, when the language's
   * own default is not the audience's: "en-GB" for "29 November 2026".
   */
  intlLocale?: string;
  /** Punctuation marks this language puts a narrow no-break space before (French: ":;?!"); see typography.ts. */
  noBreakSpaceBefore?: string;
}

export interface Locale {
  lang: string;
  meta: LocaleMeta;
  resources: Resources;
  /** key → hash of the Dutch text each translation was made from (`.source-hashes.json`); empty for Dutch. */
  sourceHashes: SourceHashes;
}

/** The file beside a translation that records what Dutch text each key was translated from. */
export const SOURCE_HASHES_FILE = '.source-hashes.json';
/** A language's release notes (version → note), read by src/pipeline/releases.ts, not as texts. */
export const RELEASE_NOTES_FILE = 'releases.json';

export class LocaleError extends Error {
  override name = 'LocaleError';
}

export const SOURCE_LANGUAGE = 'nl';

function display(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** Parses JSON, turning a syntax error into one that names the file, line and column. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = `:${line}:${column}`;
    }
    throw new LocaleError(
      `${display(file)}${where}: not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')}). ` +
        'Fix the syntax there: every key and string in double quotes, a comma between entries, none after the last.',
    );
  }
}

function isLocale(value: unknown): boolean {
  try {
    return typeof value === 'string' && Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function readMeta(dir: string, lang: string): LocaleMeta {
  const file = join(dir, 'meta.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new LocaleError(`${display(file)}: missing. Every language folder needs a meta.json with its name, dir and review status.`);
  }
  const meta = parseJsonFile(file, text) as Partial<LocaleMeta>;
  const problems: string[] = [];
  if (typeof meta.name !== 'string' || !meta.name) problems.push('"name" (the language\'s own name)');
  if (meta.dir !== 'ltr' && meta.dir !== 'rtl') problems.push('"dir" ("ltr" or "rtl")');
  if (typeof meta.reviewed !== 'boolean') problems.push('"reviewed" (true once an editor signed it off)');
  if (meta.intlLocale !== undefined && !isLocale(meta.intlLocale)) problems.push('"intlLocale" to be a locale such as "en-GB", or absent');
  if (meta.noBreakSpaceBefore !== undefined && typeof meta.noBreakSpaceBefore !== 'string') problems.push('"noBreakSpaceBefore" to be a string of marks such as ":;?!", or absent');
  if (problems.length > 0) throw new LocaleError(`${display(file)}: needs ${problems.join(', ')} for language '${lang}'.`);
  return meta as LocaleMeta;
}

export function loadLocale(localesDir: string, lang: string): Locale {
  const dir = join(localesDir, lang);
  const resources: Record<string, unknown> = {};
  for (const name of readdirSync(dir).sort()) {
    // meta.json and dot-files (.source-hashes.json) are about the text, not text; releases.json holds
    // the release notes (src/pipeline/releases.ts), optional in every language but Dutch: no texts to translate.
    if (!name.endsWith('.json') || name === 'meta.json' || name === RELEASE_NOTES_FILE || name.startsWith('.')) continue;
    const file = join(dir, name);
    resources[name.slice(0, -'.json'.length)] = parseJsonFile(file, readFileSync(file, 'utf8'));
  }
  const hashesFile = join(dir, SOURCE_HASHES_FILE);
  const sourceHashes = existsSync(hashesFile) ? (parseJsonFile(hashesFile, readFileSync(hashesFile, 'utf8')) as SourceHashes) : {};
  return { lang, meta: readMeta(dir, lang), resources, sourceHashes };
}

/** Every language under `localesDir`, the source language first. */
export function loadLocales(localesDir: string): Locale[] {
  let names: string[];
  try {
    names = readdirSync(localesDir).filter((name) => statSync(join(localesDir, name)).isDirectory());
  } catch {
    throw new LocaleError(`${display(localesDir)}: no locales folder. It should hold one folder per language, starting with '${SOURCE_LANGUAGE}'.`);
  }
  if (!names.includes(SOURCE_LANGUAGE)) {
    throw new LocaleError(`${display(localesDir)}: no '${SOURCE_LANGUAGE}' folder. Dutch is the source language and must be there.`);
  }
  names.sort((a, b) => (a === SOURCE_LANGUAGE ? -1 : b === SOURCE_LANGUAGE ? 1 : a.localeCompare(b)));
  return names.map((lang) => loadLocale(localesDir, lang));
}
