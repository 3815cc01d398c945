// A new language folder, made from the Dutch source: every key, every value
// empty. An empty value counts as missing (status.ts), so until a translator
// fills it in the build prints the Dutch text with the "[NL]" marker, and
// `npm run i18n:status` lists it. Pure: scripts/i18n-scaffold.ts writes it.
import type { LocaleMeta } from './load-locales.ts';
import type { Resources } from '../protocol/resources.ts';

/** The files of a new language folder: file name → JSON value. */
export type LocaleFiles = Record<string, unknown>;

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export function checkLanguageTag(lang: string): string | undefined {
  return LANGUAGE_TAG.test(lang)
    ? undefined
    : `'${lang}' is not a language tag. Use a BCP 47 tag as the folder name and in the URL: 'fr', 'de', 'ar', 'pt-BR'.`;
}

function emptied(node: unknown): unknown {
  if (typeof node === 'string') return '';
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, emptied(value)]));
  }
  return node;
}

export function scaffoldLocale(source: Resources, meta: { name: string; rtl: boolean }): LocaleFiles {
  const files: LocaleFiles = {};
  for (const [namespace, tree] of Object.entries(source)) files[`${namespace}.json`] = emptied(tree);
  const localeMeta: LocaleMeta = { name: meta.name, dir: meta.rtl ? 'rtl' : 'ltr', reviewed: false };
  files['meta.json'] = localeMeta;
  // No key is translated yet, so none is marked as made from today's Dutch.
  files['.source-hashes.json'] = {};
  return files;
}
