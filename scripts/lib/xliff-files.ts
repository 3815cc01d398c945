// The export and the import as the commands run them, for the scripts and the
// tests: read the locales, derive where each text appears, write the files.
// An import writes only once the whole file was checked: a refused file
// leaves locales/ byte for byte as it was.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLocales, SOURCE_LANGUAGE } from '../../src/i18n/load-locales.ts';
import { exportFile, type ExportSelection } from '../../src/i18n/xliff/export.ts';
import { importFile, type ImportResult } from '../../src/i18n/xliff/import.ts';
import type { OutgoingFile, XliffVersion } from '../../src/i18n/xliff/model.ts';
import { readXliff } from '../../src/i18n/xliff/read.ts';
import { MAX_XLIFF_BYTES, XliffInputError } from '../../src/i18n/xliff/untrusted-xml.ts';
import { writeXliff } from '../../src/i18n/xliff/write.ts';
import { textLocations, type TextLocations } from './text-locations.ts';

export interface ExportOptions {
  localesDir: string;
  lang: string;
  version: XliffVersion;
  only: ExportSelection;
  /** Where each text appears, when already worked out for these locales (tests). */
  where?: TextLocations;
}

/** The outgoing file of a language and its XLIFF text. */
export async function exportLanguage({ localesDir, lang, version, only, where }: ExportOptions): Promise<{ file: OutgoingFile; xliff: string }> {
  const locales = loadLocales(localesDir);
  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  const locale = locales.find((l) => l.lang === lang);
  if (!locale || locale === source) {
    const others = locales.filter((l) => l !== source).map((l) => l.lang);
    throw new Error(`${lang}: no such translation in ${localesDir}. Name one of: ${others.join(', ') || '(none)'}, or add it with npm run i18n:scaffold -- ${lang} "<its own name>"`);
  }
  const { locations, rooms } = where ?? (await textLocations(localesDir));
  const file = exportFile({ source, locale, version, only, locations, rooms });
  return { file, xliff: writeXliff(file) };
}

export interface ImportOptions {
  localesDir: string;
  file: string;
  accept: boolean;
  where?: TextLocations;
}

/** Imports a returned file into `localesDir`; throws `XliffInputError` (nothing written) when any of it is refused. */
export async function importLanguage({ localesDir, file, accept, where }: ImportOptions): Promise<{ result: ImportResult; written: string[] }> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new XliffInputError(file, ['no such file: name the XLIFF file the translator sent back']);
  }
  // Refused before it is read: a file too large is not even loaded.
  if (size > MAX_XLIFF_BYTES) throw new XliffInputError(file, [`${size} bytes: over the limit of ${MAX_XLIFF_BYTES} bytes for a returned file`]);
  const returned = readXliff(file, readFileSync(file));
  const locales = loadLocales(localesDir);
  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  const { rooms } = where ?? (await textLocations(localesDir));
  const result = importFile({ fileName: file, returned, source, locales, accept, rooms });
  const dir = join(localesDir, result.lang);
  const written = Object.keys(result.files);
  // Every file is written beside its place first, then each renamed over it.
  for (const name of written) writeFileSync(join(dir, `${name}.importing`), result.files[name]!);
  for (const name of written) renameSync(join(dir, `${name}.importing`), join(dir, name));
  return { result, written: written.map((name) => join(result.lang, name)) };
}
