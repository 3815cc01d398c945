import { describe, expect, it } from 'vitest';
import { formatLocaleJson, withText } from './locale-json.ts';

describe('writing a translation into a locale tree', () => {
  const dutch = { a: 'A', b: { x: 'X', y: 'Y', z: 'Z' }, c: 'C' };

  it('replaces an existing key where it is', () => {
    const tree = { c: 'c', a: 'a', b: { x: 'x' } };
    expect(formatLocaleJson(withText(tree, ['a'], 'A!', dutch))).toBe(formatLocaleJson({ c: 'c', a: 'A!', b: { x: 'x' } }));
  });

  it('puts a new key after the keys that come before it in Dutch', () => {
    const tree = { a: 'a', b: { x: 'x', z: 'z' }, c: 'c' };
    expect(Object.keys(withText(tree, ['b', 'y'], 'y', dutch)['b'] as object)).toEqual(['x', 'y', 'z']);
    expect(Object.keys(withText({ c: 'c' }, ['a'], 'a', dutch))).toEqual(['a', 'c']);
    expect(Object.keys(withText({ a: 'a' }, ['b', 'x'], 'x', dutch))).toEqual(['a', 'b']);
  });

  it('leaves the tree it was handed as it was', () => {
    const tree = { a: 'a' };
    withText(tree, ['c'], 'c', dutch);
    expect(tree).toEqual({ a: 'a' });
  });
});
