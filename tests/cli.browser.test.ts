// The README's build command, end to end, as a newcomer runs it: the
// TypeScript loader, the browser, the PDFs, all through the command line
// (with --no-cache: a newcomer's first build renders everything).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('npm run build, from the command line', () => {
  it('builds the site, the flowcharts and the PDFs, reporting each stage', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'kr-cli-')), 'output');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', outDir, '--no-cache'], { cwd: root });
    expect(stdout).toMatch(/build: diagrams \(print\): \d+ rendered/);
    expect(stdout).toMatch(/build: diagrams \(screen, projector\): \d+ rendered/);
    expect(stdout).toMatch(/build: pdf \d+\/\d+: card gevangenis\/nl/);
    expect(stdout).toMatch(/build: render cache: not used, \d+ files rendered/);
    expect(stdout).toMatch(/build: done in/);
    expect(existsSync(join(outDir, 'site', 'nl', 'gevangenis', 'downloads', 'kindreflex-gevangenis-nl-card.pdf'))).toBe(true);
  }, 240_000);
});
