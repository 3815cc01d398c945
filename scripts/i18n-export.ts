// npm run i18n:export -- <lang> [--only missing|stale|all] [--xliff 2.0|1.2] [--out FILE] [--locales DIR]
// Writes one XLIFF file of a language for a translator or an agency: every
// key selected, grouped by namespace, with its Dutch source, the present
// translation, its state from i18n:status, its {{variables}} as protected
// placeholders, and notes on where it appears and how much room it has
// (docs/translators.md#sending-a-language-out-as-xliff).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_SELECTIONS, type ExportSelection } from '../src/i18n/xliff/export.ts';
import { XLIFF_VERSIONS, type XliffVersion } from '../src/i18n/xliff/model.ts';
import { exportLanguage } from './lib/xliff-files.ts';

const USAGE = 'usage: npm run i18n:export -- <lang> [--only missing|stale|all] [--xliff 2.0|1.2] [--out FILE]   e.g. npm run i18n:export -- fr --only stale';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { only: { type: 'string', default: 'all' }, xliff: { type: 'string', default: '2.0' }, out: { type: 'string' }, locales: { type: 'string' } },
  });
  const [lang] = positionals;
  if (!lang || positionals.length > 1) throw new Error(USAGE);
  const only = values.only as ExportSelection;
  if (!EXPORT_SELECTIONS.includes(only)) throw new Error(`--only ${values.only}: say missing, stale or all`);
  const version = values.xliff as XliffVersion;
  if (!XLIFF_VERSIONS.includes(version)) throw new Error(`--xliff ${values.xliff}: say 2.0 (the default) or 1.2`);
  const { file, xliff } = await exportLanguage({ localesDir: resolve(values.locales ?? 'locales'), lang, version, only });
  if (file.units.length === 0) {
    console.log(`${lang}: no key is ${only}: nothing to send, no file written.`);
    process.exit(0);
  }
  const out = resolve(values.out ?? `kindreflex-${lang}${only === 'all' ? '' : `-${only}`}.xlf`);
  writeFileSync(out, xliff);
  const count = (...states: string[]) => file.units.filter((u) => states.includes(u.state)).length;
  console.log(
    `${out}: XLIFF ${version}, ${file.units.length} units for ${lang}: ${count('missing')} missing, ${count('stale')} to review, ` +
      `${count('translated', 'final')} up to date; ${file.units.filter((u) => u.sizeRestriction !== undefined).length} printed where room is short.`,
  );
} catch (error) {
  console.error(`i18n:export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
