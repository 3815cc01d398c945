// The files of a folder as one render-cache entry: each file's path and
// bytes, packed end to end (a 4-byte length before each). Pure but for the
// two functions that read and write the folder.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { filesUnder } from './files.mjs';

/** Path (relative, with `/`) → bytes. */
export type FileSet = Map<string, Uint8Array>;

const MAGIC = Buffer.from('kindreflex-files 1\n');

export function packFileSet(files: FileSet): Buffer {
  const parts: Uint8Array[] = [MAGIC];
  for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const name = Buffer.from(path, 'utf8');
    const head = Buffer.alloc(8);
    head.writeUInt32BE(name.length, 0);
    head.writeUInt32BE(bytes.length, 4);
    parts.push(head, name, bytes);
  }
  return Buffer.concat(parts);
}

/** The files of a packed entry; throws on anything but a whole, well-formed one. */
export function unpackFileSet(packed: Uint8Array): FileSet {
  const buffer = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a packed file set');
  const files: FileSet = new Map();
  let at = MAGIC.length;
  while (at < buffer.length) {
    if (at + 8 > buffer.length) throw new Error('a packed file set cut short');
    const nameLength = buffer.readUInt32BE(at);
    const length = buffer.readUInt32BE(at + 4);
    const end = at + 8 + nameLength + length;
    if (end > buffer.length) throw new Error('a packed file set cut short');
    const path = buffer.toString('utf8', at + 8, at + 8 + nameLength);
    if (path === '' || path.startsWith('/') || path.split('/').includes('..')) throw new Error(`a packed file set with the path '${path}'`);
    files.set(path, buffer.subarray(at + 8 + nameLength, end));
    at = end;
  }
  return files;
}

/** Every file under `dir`, by path relative to it. */
export function readFileSet(dir: string): FileSet {
  const files: FileSet = new Map();
  for (const file of filesUnder(dir)) {
    files.set(relative(dir, file).split(sep).join('/'), readFileSync(file));
  }
  return files;
}

/** Writes the files under `dir`, making folders as needed. */
export function writeFileSet(files: FileSet, dir: string): void {
  for (const [path, bytes] of files) {
    const file = join(dir, ...path.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
}
