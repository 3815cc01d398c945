// The README's build command, end to end, as a newcomer runs it: the
// TypeScript loader, the browser, the PDFs, all through the command line
// (with --no-cache: a newcomer's first build renders everything). Its own
// build, which is also the second, independent build that the run compares
// with the shared one: rendered anew, in another process, it must give the
// same bytes, so two builds agree and a build from the render cache (the
// shared build may come from it) equals one made without it.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILD_COMMAND } from '../src/pipeline/command.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild } from './helpers/shared-build.ts';

const root = join(import.meta.dirname, '..');

describe('npm run build, from the command line', () => {
  const outDir = join(mkdtempSync(join(tmpdir(), 'kr-cli-')), 'output');
  let built: Promise<{ stdout: string }> | undefined;
  const cliBuild = () => (built ??= promisify(execFile)(process.execPath, [...BUILD_COMMAND, '--out', outDir, '--no-cache'], { cwd: root }));

  it('builds the site, the flowcharts and the PDFs, reporting each stage', async () => {
    const { stdout } = await cliBuild();
    expect(stdout).toMatch(/build: diagrams \(screen, print\): \d+ rendered/);
    expect(stdout).toMatch(/build: diagrams \(projector\): \d+ rendered/);
    expect(stdout).toMatch(/build: pdf \d+\/\d+: card gevangenis\/nl/);
    expect(stdout).toMatch(/build: render cache: not used, \d+ files rendered/);
    expect(stdout).toMatch(/build: done in/);
    expect(existsSync(join(outDir, 'site', 'nl', 'gevangenis', 'downloads', 'kindreflex-gevangenis-nl-card.pdf'))).toBe(true);
  }, 240_000);

  it('gives the same bytes as the shared build: site, flowcharts, PDFs and manifest', async () => {
    await cliBuild();
    const shared = await sharedBuild();
    const hashes = (dir: string) =>
      shared.publication.prints.map((v) => `${v.pdf} ${createHash('sha256').update(readFileSync(join(dir, 'site', v.pdf))).digest('hex')}`);
    expect(hashes(outDir)).toEqual(hashes(shared.outDir));
    // The manifest holds the sha256 of every file of the build.
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(readFileSync(join(shared.outDir, 'manifest.json'), 'utf8'));
  }, SHARED_BUILD_TIMEOUT + 240_000);
});
