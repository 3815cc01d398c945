import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE_END, LIGHTHOUSE_START, lighthouseBlock, withLighthouseBlock } from './markdown-block.ts';
import { keepLighthouse } from './report.ts';

describe("BENCHMARKS.md's Lighthouse block", () => {
  it('is appended when the file has none, and replaced when it has one, the rest untouched', () => {
    const once = withLighthouseBlock('# Benchmarks\n\n| a |\n', 'scores 1');
    expect(once).toBe(`# Benchmarks\n\n| a |\n\n${LIGHTHOUSE_START}\nscores 1\n${LIGHTHOUSE_END}\n`);
    const twice = withLighthouseBlock(once, 'scores $& 2');
    expect(twice).toBe(`# Benchmarks\n\n| a |\n\n${LIGHTHOUSE_START}\nscores $& 2\n${LIGHTHOUSE_END}\n`);
  });

  it("survives the bench's rewrite: the old block is carried into the new report", () => {
    const old = withLighthouseBlock('# old bench\n', 'scores 1');
    const report = keepLighthouse('# new bench\n', old);
    expect(report).toContain('# new bench');
    expect(lighthouseBlock(report)).toBe(lighthouseBlock(old));
  });
});
