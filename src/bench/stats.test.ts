import { describe, expect, it } from 'vitest';
import { figuresTable, formatBytes, formatMs, linearFit, markdownTable, median } from './stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('formats', () => {
  it('writes milliseconds, seconds and minutes', () => {
    expect(formatMs(12.34)).toBe('12.3 ms');
    expect(formatMs(234.5)).toBe('235 ms');
    expect(formatMs(15_400)).toBe('15.4 s');
    expect(formatMs(2_770_000)).toBe('46 min');
    expect(formatMs(Number.NaN)).toBe('–');
  });
  it('writes bytes', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(30 * 1024)).toBe('30.0 KB');
    expect(formatBytes(530 * 1024 * 1024)).toBe('530 MB');
  });
});

describe('tables', () => {
  it('writes a stable Markdown table and escapes pipes', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y'], ['2']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |\n| 2 |  |');
  });
  it('lists each figure with its target and verdict', () => {
    const table = figuresTable([
      { what: 'wall', value: '12 s', target: '< 15 s', met: true, note: 'median of 3' },
      { what: 'card', value: '300 ms', target: '< 250 ms', met: false },
      { what: 'stage', value: '1 s' },
    ]);
    expect(table.split('\n')).toEqual([
      '| figure | median | target | verdict | how |',
      '| --- | --- | --- | --- | --- |',
      '| wall | 12 s | < 15 s | met | median of 3 |',
      '| card | 300 ms | < 250 ms | **missed** |  |',
      '| stage | 1 s |  |  |  |',
    ]);
  });
});

describe('linearFit', () => {
  it('finds the fixed cost and the cost per variant', () => {
    const fit = linearFit([{ x: 1, y: 12 }, { x: 5, y: 20 }, { x: 10, y: 30 }]);
    expect(fit.perUnit).toBeCloseTo(2, 5);
    expect(fit.fixed).toBeCloseTo(10, 5);
  });
});
