import { describe, expect, it } from 'vitest';
import { fromRuns, placeholderIds, textLength, toRuns } from './placeholders.ts';

describe('a string as text and placeholders', () => {
  it('splits {{variables}} out, with their formats, and joins them back', () => {
    const text = '{{staffPlural, capitalize}} spreken met de {{client}} en de {{client}}.';
    const runs = toRuns(text);
    expect(runs).toEqual([{ variable: 'staffPlural', code: '{{staffPlural, capitalize}}' }, ' spreken met de ', { variable: 'client', code: '{{client}}' }, ' en de ', { variable: 'client', code: '{{client}}' }, '.']);
    expect(fromRuns(runs)).toBe(text);
    expect(placeholderIds(runs)).toEqual(['staffPlural', 'client', 'client-2']);
    expect(textLength(runs)).toBe(' spreken met de '.length + ' en de '.length + 1);
  });
});
