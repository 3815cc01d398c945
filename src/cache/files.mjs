// The two file helpers every cache (and everything else that walks a folder)
// shares. Plain JavaScript, so that scripts/lib/compiled-code.mjs can use them
// before TypeScript can be loaded.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` to `file` whole or not at all: to a temporary file beside it
 * (`.<name>.<pid>.<random>.tmp`), then renamed into place, so a reader (or
 * another build sharing the folder) never sees half a file. Makes the folder.
 * @param {string} file
 * @param {string | Uint8Array} data
 */
export function writeFileAtomic(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeFileSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Every file under `dir`, in its subfolders too, as full paths, sorted
 * (folders themselves left out). Throws when `dir` does not exist.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
