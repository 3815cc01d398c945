// A small answer worked out once per machine and kept in a file of the cache
// folder (the browser's version, where Puppeteer's Chrome would be): read if
// it is there, else worked out and written to a temporary file renamed into
// place, so two builds sharing the folder never read half a file.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './files.mjs';

/** The text in `file`, or `compute()`'s, then kept in `file`; with no file, always `compute()`'s. */
export async function rememberedText(file: string | undefined, compute: () => Promise<string>): Promise<string> {
  if (file && existsSync(file)) return readFileSync(file, 'utf8');
  const text = await compute();
  if (file) writeFileAtomic(file, text);
  return text;
}
