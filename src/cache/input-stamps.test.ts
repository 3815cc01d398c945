// The guess whether a build will render (input-stamps.ts): a stamp of the
// inputs from the file system, and the stamps after which the cache held
// every file of a build.
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputStamp, KEPT_STAMPS, knownComplete, rememberComplete, stampFile } from './input-stamps.ts';

describe('inputStamp', () => {
  it('changes with a file added, resized or touched, and with the settings; not when nothing changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-stamp-'));
    writeFileSync(join(dir, 'a.json'), '{}');
    const first = inputStamp([dir], 'x');
    expect(inputStamp([dir], 'x')).toBe(first);
    expect(inputStamp([dir], 'y')).not.toBe(first);
    writeFileSync(join(dir, 'a.json'), '{ }');
    const resized = inputStamp([dir], 'x');
    expect(resized).not.toBe(first);
    utimesSync(join(dir, 'a.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(inputStamp([dir], 'x')).not.toBe(resized);
    const touched = inputStamp([dir], 'x');
    writeFileSync(join(dir, 'b.json'), '{}');
    expect(inputStamp([dir], 'x')).not.toBe(touched);
    expect(inputStamp([join(dir, 'missing')])).not.toBe(inputStamp([dir]));
  });

  it('names files relative to the root: a project copied with its files\' times keeps its stamp', () => {
    const [one, two] = [mkdtempSync(join(tmpdir(), 'kr-stamp-')), mkdtempSync(join(tmpdir(), 'kr-stamp-'))];
    for (const root of [one, two]) {
      writeFileSync(join(root, 'a.json'), '{}');
      utimesSync(join(root, 'a.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    }
    expect(inputStamp([join(one, 'a.json'), join(one, 'missing')], 'x', one)).toBe(inputStamp([join(two, 'a.json'), join(two, 'missing')], 'x', two));
    expect(inputStamp([one], 'x', one)).not.toBe(inputStamp([two], 'x'));
  });
});

describe('the stamps of complete builds', () => {
  it('knows a remembered stamp, keeps the newest first and at most KEPT_STAMPS', () => {
    const file = stampFile(join(mkdtempSync(join(tmpdir(), 'kr-stamps-')), 'cache'));
    expect(knownComplete(file, 'a'.repeat(32))).toBe(false);
    for (let i = 0; i <= KEPT_STAMPS; i++) rememberComplete(file, i.toString(16).padStart(32, '0'));
    expect(knownComplete(file, '0'.repeat(32))).toBe(false);
    expect(knownComplete(file, KEPT_STAMPS.toString(16).padStart(32, '0'))).toBe(true);
    rememberComplete(file, '1'.padStart(32, '0'));
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(KEPT_STAMPS);
    expect(lines[0]).toBe('1'.padStart(32, '0'));
  });

  it('ignores a damaged file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kr-stamps-')), 'complete-inputs.txt');
    writeFileSync(file, 'not a stamp\n\0\0\n');
    expect(knownComplete(file, 'a'.repeat(32))).toBe(false);
    rememberComplete(file, 'a'.repeat(32));
    expect(knownComplete(file, 'a'.repeat(32))).toBe(true);
  });
});
