// A build served from the render cache is the build made without it, byte
// for byte. The shared build (tests/helpers/shared-build.ts) used the
// project's cache, so it holds every file of this checkout: a build from it
// renders nothing and starts no browser, and its manifest (a sha256 per file)
// must be the shared build's. tests/cli.browser.test.ts compares the shared
// build with a build made without the cache (`cache: false`), so the three agree.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../src/pipeline/build.ts';
import type { Manifest } from '../src/pipeline/manifest.ts';
import { printsOfKind } from '../src/pipeline/publication.ts';
import { diagramSources } from '../src/views/flowchart-page.ts';
import { sharedBuild, SHARED_BUILD_TIMEOUT } from './helpers/shared-build.ts';

const root = join(import.meta.dirname, '..');
const manifestOf = (outDir: string) => JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
const newOutDir = () => join(mkdtempSync(join(tmpdir(), 'kr-cache-compare-')), 'output');

let shared: Manifest;
let cached: BuildResult;

beforeAll(async () => {
  shared = manifestOf((await sharedBuild()).outDir);
  cached = await build({ root, outDir: newOutDir() });
}, SHARED_BUILD_TIMEOUT + 120_000);

describe('the render cache', () => {
  it('serves a whole build after the shared build: nothing rendered, no browser started', () => {
    expect(cached.timings.diagrams).toMatchObject({ rendered: 0, reused: diagramSources(cached.publication.flowcharts).length });
    expect(cached.timings.pdfFiles).toMatchObject({ rendered: 0, reused: printsOfKind(cached.publication, 'pdf').length });
    expect(cached.timings.browserLaunches).toBe(0);
  });

  it('gives the same bytes as the shared build, every file', () => {
    expect(manifestOf(cached.outDir).files).toEqual(shared.files);
  });
});
