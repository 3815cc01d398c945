// npm run i18n:status [-- --strict] [-- --accept <lang>] [-- --locales DIR]
// Prints, per language, keys translated / total, missing, stale (the Dutch
// changed since), invalid ({{variables}}) and unused. --strict exits 1 when
// any language is incomplete. --accept <lang> records that the language's
// present translations match today's Dutch (locales/<lang>/.source-hashes.json):
// run it after revising them.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLocales, SOURCE_HASHES_FILE, SOURCE_LANGUAGE } from '../src/i18n/load-locales.ts';
import { acceptTranslations, formatStatus, isComplete, languageStatus } from '../src/i18n/status.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    accept: { type: 'string', multiple: true, default: [] },
    locales: { type: 'string' },
  },
});

try {
  const localesDir = resolve(values.locales ?? 'locales');
  const locales = loadLocales(localesDir);
  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  for (const lang of values.accept) {
    const locale = locales.find((l) => l.lang === lang);
    if (!locale || lang === SOURCE_LANGUAGE) {
      throw new Error(`--accept ${lang}: no such translation in ${localesDir}. Name one of: ${locales.filter((l) => l !== source).map((l) => l.lang).join(', ')}`);
    }
    const hashes = acceptTranslations(source.resources, { lang, name: locale.meta.name, reviewed: locale.meta.reviewed, resources: locale.resources });
    writeFileSync(join(localesDir, lang, SOURCE_HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
    locale.sourceHashes = hashes;
    console.log(`${lang}: ${Object.keys(hashes).length} translations marked as made from today's Dutch text (${join(lang, SOURCE_HASHES_FILE)}).`);
  }
  const statuses = locales
    .filter((l) => l !== source)
    .map((l) => languageStatus(source.resources, { lang: l.lang, name: l.meta.name, reviewed: l.meta.reviewed, resources: l.resources, sourceHashes: l.sourceHashes }));
  console.log(statuses.length === 0 ? 'No translations yet: only the Dutch source.' : formatStatus(statuses));
  const incomplete = statuses.filter((s) => !isComplete(s));
  if (values.strict && incomplete.length > 0) {
    console.error(`\ni18n:status --strict: not complete: ${incomplete.map((s) => s.lang).join(', ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`i18n:status failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
