// A folder's files packed into one cache entry and back (file-set.ts).
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFileSet, readFileSet, unpackFileSet, writeFileSet } from './file-set.ts';

describe('file sets', () => {
  it('read from a folder, packed, unpacked and written give the same files and bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-files-'));
    mkdirSync(join(dir, 'nl', 'stap 1'), { recursive: true });
    writeFileSync(join(dir, 'nl', 'stap 1', 'index.html'), '<p>Één</p>');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bytes.bin'), Buffer.from([0, 255, 10, 13]));
    const packed = packFileSet(readFileSet(dir));
    const copy = mkdtempSync(join(tmpdir(), 'kr-files-copy-'));
    writeFileSet(unpackFileSet(packed), copy);
    expect([...readFileSet(copy).keys()].sort()).toEqual(['bytes.bin', 'empty.txt', 'nl/stap 1/index.html']);
    expect(readFileSync(join(copy, 'nl', 'stap 1', 'index.html'), 'utf8')).toBe('<p>Één</p>');
    expect([...readFileSync(join(copy, 'bytes.bin'))]).toEqual([0, 255, 10, 13]);
    expect(packFileSet(readFileSet(copy))).toEqual(packed);
  });

  it('refuses a damaged entry, and a path that leaves the folder', () => {
    const packed = packFileSet(new Map([['a.txt', Buffer.from('hello')]]));
    expect(() => unpackFileSet(packed.subarray(0, packed.length - 1))).toThrow(/cut short/);
    expect(() => unpackFileSet(Buffer.from('something else'))).toThrow(/not a packed file set/);
    expect(() => unpackFileSet(packFileSet(new Map([['../escape', Buffer.from('x')]])))).toThrow(/path/);
  });
});
