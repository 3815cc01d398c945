// A release: a snapshot of the whole published model (releases/<version>.json,
// checked against releases/release.schema.json), and the rules a new one
// must keep: a version newer than the last (as numbers: 1.10 after 1.9), a
// date not before the last's. Pure: the caller reads and writes the files.
import { compiledSchema } from '../protocol/json-schema.ts';
import type { Problem } from '../protocol/validate.ts';

export interface StepSnapshot {
  id: string;
  items: { id: string; card: boolean }[];
  /** The step's ways on: a branch (with its id) or the plain next step. */
  exits: { branch?: string; to: string }[];
}

/** One sector or local edition as it was released. */
export interface UnitSnapshot {
  /** The sector's or edition's id: its address, `<lang>/<id>/`. */
  id: string;
  sector: string;
  edition: boolean;
  steps: StepSnapshot[];
  /** The plan's contacts, then an edition's own. */
  contacts: string[];
  glossary: string[];
  /** Per language, each text by key (`step.<id>.item.<id>`, `contact.<id>.phone`, … see the schema). */
  texts: Record<string, Record<string, string>>;
}

export interface ReleaseSnapshot {
  /** The protocol's id. */
  publication: string;
  version: string;
  /** YYYY-MM-DD */
  published: string;
  units: UnitSnapshot[];
}

/** A release with the file it was read from, for messages. */
export interface ReleaseFile {
  file: string;
  release: ReleaseSnapshot;
}

export const VERSION_PATTERN = /^[0-9]+(\.[0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Compares two versions number by number (1.10 after 1.9; 1.0 equals 1): negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Releases oldest first. */
export function inVersionOrder<R extends { release: ReleaseSnapshot }>(releases: readonly R[]): R[] {
  return [...releases].sort((a, b) => compareVersions(a.release.version, b.release.version));
}

const compile = (schema: object) => compiledSchema(schema);

/**
 * The problems of a release file read as `data` from `file` (its name
 * `<version>.json`): the schema's, and a version or date that does not match
 * the file's name or is not a real date.
 */
export function releaseProblems(schema: object, file: string, name: string, data: unknown): Problem[] {
  const validate = compile(schema);
  if (!validate(data)) {
    return (validate.errors ?? []).slice(0, 5).map((error) => ({
      path: `${file}: ${error.instancePath.split('/').slice(1).join('.') || '(the file)'}`,
      message: `${error.message ?? 'is not valid'}${error.params && 'additionalProperty' in error.params ? ` ('${String(error.params['additionalProperty'])}')` : ''}`,
      hint: 'a release is written by `npm run release` and never edited: restore it with `git checkout -- ' + file + '`',
    }));
  }
  const release = data as ReleaseSnapshot;
  const problems: Problem[] = [];
  if (`${release.version}.json` !== name) {
    problems.push({ path: `${file}: version`, message: `the version '${release.version}' is not the file's name`, hint: `restore the file with \`git checkout -- ${file}\`` });
  }
  if (Number.isNaN(Date.parse(release.published))) {
    problems.push({ path: `${file}: published`, message: `'${release.published}' is not a date`, hint: `restore the file with \`git checkout -- ${file}\`` });
  }
  return problems;
}

/** Why a new release `version` of `date` cannot follow the releases there are (oldest first), if it cannot. */
export function newReleaseProblems(version: string, date: string, releases: readonly ReleaseFile[]): Problem[] {
  const problems: Problem[] = [];
  if (!VERSION_PATTERN.test(version)) {
    problems.push({ path: 'version', message: `'${version}' is not a version`, hint: 'write numbers separated by dots, e.g. npm run release -- 1.1' });
  }
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) {
    problems.push({ path: '--date', message: `'${date}' is not a date`, hint: 'write the date as YYYY-MM-DD, e.g. --date 2027-01-15' });
  }
  const last = releases.at(-1);
  if (!last || problems.length > 0) return problems;
  if (compareVersions(version, last.release.version) <= 0) {
    problems.push({
      path: 'version',
      message: `'${version}' is not newer than the last release, ${last.release.version} (${last.file})`,
      hint: `give a higher version, e.g. ${nextVersion(last.release.version)}; a release is never rewritten`,
    });
  }
  if (date < last.release.published) {
    problems.push({
      path: '--date',
      message: `${date} is before the last release's date, ${last.release.published} (${last.file})`,
      hint: `give a date on or after ${last.release.published}, or leave --date out for today`,
    });
  }
  return problems;
}

/** The version after `version`, its last number one up: 1.9 → 1.10. */
export function nextVersion(version: string): string {
  const parts = version.split('.').map(Number);
  parts[parts.length - 1] = parts.at(-1)! + 1;
  return parts.join('.');
}

/** Release notes per language (`locales/<lang>/releases.json`: version → note): a note without its Dutch note is refused. */
export function releaseNoteProblems(notes: ReadonlyMap<string, Readonly<Record<string, string>>>, sourceLanguage: string, fileOf: (lang: string) => string): Problem[] {
  const dutch = notes.get(sourceLanguage) ?? {};
  const problems: Problem[] = [];
  for (const [lang, byVersion] of notes) {
    if (lang === sourceLanguage) continue;
    for (const version of Object.keys(byVersion)) {
      if (dutch[version] === undefined) {
        problems.push({
          path: `${fileOf(lang)}: ${version}`,
          message: `a release note for ${version} without the Dutch one`,
          hint: `write the Dutch note first, in ${fileOf(sourceLanguage)}: { "${version}": "…" }`,
        });
      }
    }
  }
  return problems;
}
