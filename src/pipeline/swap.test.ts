import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInto } from './swap.ts';

function previousOutput(): { parent: string; outDir: string } {
  const parent = mkdtempSync(join(tmpdir(), 'kr-swap-'));
  const outDir = join(parent, 'output');
  mkdirSync(join(outDir, 'site'), { recursive: true });
  writeFileSync(join(outDir, 'site', 'old.html'), 'old');
  return { parent, outDir };
}

describe('buildInto', () => {
  it('replaces the output with the new build when it succeeds', async () => {
    const { parent, outDir } = previousOutput();
    await buildInto(outDir, async (staging) => writeFileSync(join(staging, 'new.html'), 'new'));
    expect(readdirSync(outDir)).toEqual(['new.html']);
    expect(readdirSync(parent)).toEqual(['output']);
  });

  it('leaves the previous output untouched, and no staging folder, when the build fails', async () => {
    const { parent, outDir } = previousOutput();
    const failing = buildInto(outDir, async (staging) => {
      writeFileSync(join(staging, 'half.html'), 'half');
      throw new Error('diagram failed');
    });
    await expect(failing).rejects.toThrow('diagram failed');
    expect(readFileSync(join(outDir, 'site', 'old.html'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['output']);
  });

  it('removes the staging folder of a build that died, but not one still running', async () => {
    const { parent, outDir } = previousOutput();
    mkdirSync(join(parent, '.output-staging-999999999'));
    mkdirSync(join(parent, `.output-staging-${process.ppid}`));
    await buildInto(outDir, async (staging) => writeFileSync(join(staging, 'a'), 'a'));
    expect(readdirSync(parent).sort()).toEqual([`.output-staging-${process.ppid}`, 'output']);
  });

  it('creates the output when there was none', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'kr-swap-'));
    await buildInto(join(parent, 'output'), async (staging) => writeFileSync(join(staging, 'a'), 'a'));
    expect(existsSync(join(parent, 'output', 'a'))).toBe(true);
  });
});
