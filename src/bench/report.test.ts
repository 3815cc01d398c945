import { describe, expect, it } from 'vitest';
import { keepLighthouse } from './report.ts';

const block = '<!-- lighthouse:start -->\n## Lighthouse\n\n| page | performance |\n| --- | --- |\n| nl | 100 |\n<!-- lighthouse:end -->';

describe('keepLighthouse', () => {
  it("carries the old file's Lighthouse block over into the new report, as it was", () => {
    const old = `# Benchmarks\n\nold figures\n\n${block}\n\nold tail\n`;
    const next = keepLighthouse('# Benchmarks\n\nnew figures\n', old);
    expect(next).toBe(`# Benchmarks\n\nnew figures\n\n${block}\n`);
    expect(next).not.toContain('old figures');
  });

  it('puts it where the new report has empty markers', () => {
    const next = keepLighthouse('# B\n\n<!-- lighthouse:start --><!-- lighthouse:end -->\n\nend\n', `x\n${block}\n`);
    expect(next).toBe(`# B\n\n${block}\n\nend\n`);
  });

  it('leaves the report alone when the old file has no block', () => {
    expect(keepLighthouse('# B\n', '# old\n')).toBe('# B\n');
  });
});
