import { mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRenderCache } from './render-cache.ts';

const key = (n: number) => n.toString(16).padStart(64, '0');
const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();

describe('the render cache store', () => {
  it('gives back what was stored, and nothing for an unknown key; leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-cache-'));
    const cache = openRenderCache(dir);
    cache.put(key(1), Buffer.from('one'));
    expect(cache.get(key(1))?.toString()).toBe('one');
    expect(cache.get(key(2))).toBeUndefined();
    expect(files(dir)).toEqual([key(1)]);
  });

  it('is shared: a second build (another handle) writing the same key, and reading it, is safe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-cache-'));
    const a = openRenderCache(dir);
    const b = openRenderCache(dir);
    a.put(key(1), Buffer.from('same bytes'));
    b.put(key(1), Buffer.from('same bytes'));
    expect(a.get(key(1))?.toString()).toBe('same bytes');
    expect(files(dir)).toEqual([key(1)]);
  });

  it('drops the least recently used entries until it is under its size; a hit counts as a use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kr-cache-'));
    const cache = openRenderCache(dir, { maxBytes: 25 });
    for (const n of [1, 2, 3]) {
      cache.put(key(n), Buffer.alloc(10, n));
      const past = new Date(Date.now() - (10 - n) * 60_000);
      utimesSync(join(dir, 'v1', '00', key(n)), past, past);
    }
    expect(cache.get(key(1))).toBeDefined(); // 1 is now the most recently used
    expect(cache.prune()).toBe(1);
    expect(files(dir)).toEqual([key(1), key(3)]);
    expect(cache.prune()).toBe(0);
  });

  it('refuses anything but a key as a file name', () => {
    const cache = openRenderCache(mkdtempSync(join(tmpdir(), 'kr-cache-')));
    expect(() => cache.put('../../escape', Buffer.from('x'))).toThrow(/not a render cache key/);
  });
});
