// npm run i18n:import -- FILE [--accept] [--locales DIR]
// Reads a returned XLIFF file (2.0 or 1.2) into locales/<lang>/*.json, in the
// project's formatting and key order. A file with anything wrong is refused
// whole, with every problem named, and nothing is written. --accept (or a unit
// in state final / signed-off) records today's Dutch hashes for the units, as
// npm run i18n:status -- --accept does (docs/translators.md#taking-a-language-back-in).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatImportSummary } from '../src/i18n/xliff/summary.ts';
import { XliffInputError } from '../src/i18n/xliff/untrusted-xml.ts';
import { importLanguage } from './lib/xliff-files.ts';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { accept: { type: 'boolean', default: false }, locales: { type: 'string' } },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error('usage: npm run i18n:import -- FILE [--accept]   e.g. npm run i18n:import -- kindreflex-fr.xlf');
  const { result, written } = await importLanguage({ localesDir: resolve(values.locales ?? 'locales'), file, accept: values.accept });
  console.log(formatImportSummary(result.summary, written));
} catch (error) {
  console.error(error instanceof XliffInputError ? `i18n:import: ${error.message}` : `i18n:import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
