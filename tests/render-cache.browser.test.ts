// A build served from the render cache is the build made without it, byte
// for byte. The shared build (tests/helpers/shared-build.ts) used the
// project's cache, so it holds every file of this checkout: a build from it
// renders nothing and starts no browser. A `--no-cache` build renders all
// anew. All three manifests (a sha256 per file) must agree.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/build/build.ts';
import type { Manifest } from '../src/build/manifest.ts';
import { sharedBuild, SHARED_BUILD_TIMEOUT } from './helpers/shared-build.ts';

const root = join(import.meta.dirname, '..');
const manifestOf = (outDir: string) => JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
const newOutDir = () => join(mkdtempSync(join(tmpdir(), 'kr-cache-compare-')), 'output');

let shared: Manifest;
let cached: BuildResult;
let uncached: BuildResult;

beforeAll(async () => {
  shared = manifestOf((await sharedBuild()).outDir);
  cached = await build({ root, outDir: newOutDir() });
  uncached = await build({ root, outDir: newOutDir(), cache: false });
}, SHARED_BUILD_TIMEOUT + 300_000);

describe('the render cache', () => {
  it('serves a whole build after the shared build: nothing rendered, no browser started', () => {
    expect(cached.timings.diagrams).toMatchObject({ rendered: 0, reused: 24 });
    expect(cached.timings.pdfFiles).toMatchObject({ rendered: 0, reused: 32 });
    expect(cached.timings.browserLaunches).toBe(0);
  });

  it('gives the same bytes as a build without it (--no-cache), every file', () => {
    expect(uncached.timings.pdfFiles).toMatchObject({ rendered: 32, reused: 0 });
    expect(uncached.timings.browserLaunches).toBe(1);
    const cachedManifest = manifestOf(cached.outDir);
    expect(cachedManifest.files).toEqual(manifestOf(uncached.outDir).files);
    expect(cachedManifest.files).toEqual(shared.files);
  });
});
