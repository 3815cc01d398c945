// Whether a build with the render cache should start its browser at once,
// before it knows which files it must render. Starting Chromium and loading
// Mermaid take about 1.5 s, on the other core while this one reads and
// checks the inputs; a build that turns out to need no browser would have
// spent that for nothing, and a rebuild with nothing changed must stay fast.
//
// The guess: a stamp of the inputs as the file system describes them (each
// file's path, size and modification time, no contents read), against the
// stamps of the last builds after which the cache held every file they made.
// A known stamp means nothing changed: no early start. An unknown one means
// something did, and a browser will most likely be needed.
//
// Only the timing depends on this guess, never a byte of the output: a build
// that guessed wrong either launches its browser later, when the first file
// misses the cache, or closes a browser it did not use.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder, writeFileAtomic } from './files.mjs';

/** How many stamps are kept: a few recent states of the inputs (switching branches, say). */
export const KEPT_STAMPS = 32;

function statLine(path: string, root: string): string[] {
  const name = (file: string) => relative(root, file).split(sep).join('/');
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [`${name(path)} missing`];
  if (!stat.isDirectory()) return [`${name(path)} ${stat.size} ${stat.mtimeMs}`];
  return filesUnder(path).map((file) => {
    const s = statSync(file, { throwIfNoEntry: false });
    return s ? `${name(file)} ${s.size} ${s.mtimeMs}` : `${name(file)} missing`;
  });
}

/**
 * A stamp of the files and folders in `paths` (every file's path relative to
 * `root`, size and modification time) and of `extra` (settings that are not
 * files). Relative, so a project moved or copied with its files' times
 * (`cp -a`, `mv`) keeps its stamps.
 */
export function inputStamp(paths: readonly string[], extra = '', root = '/'): string {
  const hash = createHash('sha256');
  for (const path of paths) for (const line of statLine(path, root)) hash.update(`${line}\n`);
  hash.update(extra);
  return hash.digest('hex').slice(0, 32);
}

function readStamps(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter((line) => /^[0-9a-f]{32}$/.test(line));
  } catch {
    return [];
  }
}

/** Whether a build with `stamp` left the cache holding every file it made. */
export function knownComplete(file: string, stamp: string): boolean {
  return readStamps(file).includes(stamp);
}

/**
 * Remembers that the cache holds every file of a build with `stamp` (the
 * newest first, at most KEPT_STAMPS). Written to a temporary file renamed
 * into place: two builds at once may lose each other's line, never corrupt the file.
 */
export function rememberComplete(file: string, stamp: string): void {
  const stamps = [stamp, ...readStamps(file).filter((s) => s !== stamp)].slice(0, KEPT_STAMPS);
  writeFileAtomic(file, `${stamps.join('\n')}\n`);
}

/** The file the stamps are kept in, in the render cache's folder. */
export function stampFile(cacheDir: string): string {
  return join(cacheDir, 'complete-inputs.txt');
}
