// npm run i18n:scaffold -- <lang> "<name>" [--rtl] [--locales DIR]
// Adds locales/<lang>/ with every Dutch key, values empty (to translate), and
// a meta.json with the language's own name, its direction and reviewed:false.
// The new language is published at once: every untranslated text shows in
// Dutch, marked [NL], until it is translated (npm run i18n:status lists them).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLocale, SOURCE_LANGUAGE } from '../src/i18n/load-locales.ts';
import { checkLanguageTag, scaffoldLocale } from '../src/i18n/scaffold.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rtl: { type: 'boolean', default: false }, locales: { type: 'string' } },
});

try {
  const [lang, name] = positionals;
  if (!lang || !name) throw new Error('usage: npm run i18n:scaffold -- <lang> "<the language\'s own name>" [--rtl]   e.g. npm run i18n:scaffold -- pl "Polski"');
  const problem = checkLanguageTag(lang);
  if (problem) throw new Error(problem);
  const localesDir = resolve(values.locales ?? 'locales');
  const dir = join(localesDir, lang);
  if (existsSync(dir)) throw new Error(`${dir} already exists. Edit it, or remove it first to start again.`);
  const files = scaffoldLocale(loadLocale(localesDir, SOURCE_LANGUAGE).resources, { name, rtl: values.rtl });
  mkdirSync(dir);
  for (const [file, json] of Object.entries(files)) writeFileSync(join(dir, file), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`${dir}: ${Object.keys(files).join(', ')} written (${values.rtl ? 'right-to-left' : 'left-to-right'}, reviewed: false).`);
  console.log(`Translate the empty values, then run: npm run i18n:status -- --accept ${lang}`);
} catch (error) {
  console.error(`i18n:scaffold failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
