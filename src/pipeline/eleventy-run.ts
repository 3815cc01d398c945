// Eleventy's runs, one at a time, and what each wrote kept in the render
// cache (its key and storage: src/cache/eleventy-runs.ts). A run whose key is
// stored is not made again: its files are written from the cache. A rebuild
// with nothing changed then neither loads Eleventy (half a second) nor runs
// it (three times), and gives the same bytes.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eleventyConfigPath } from './code.ts';
import type { Publication } from './publication.ts';
import type { Rendered } from '../views/rendered.ts';
import type { RenderCount } from '../cache/cached-render.ts';
import { eleventyInputs, eleventyKey, restoreRun, SKIP_RESOLVER, storeRun, type EleventyCache } from '../cache/eleventy-runs.ts';
import type { RenderCache } from '../cache/render-cache.ts';

/** What a run is handed, as Eleventy's global data: the publication (or the part of it the run writes) and what the browser rendered. */
export interface SiteData {
  publication: Publication;
  rendered: Rendered;
}

/** Eleventy's module, loaded on first use: a build whose runs all come from the cache never loads it. */
let eleventyModule: Promise<typeof import('@11ty/eleventy')> | undefined;

function importEleventy(): Promise<typeof import('@11ty/eleventy')> {
  const before = process.env[SKIP_RESOLVER];
  process.env[SKIP_RESOLVER] = '1';
  // Read once, as Eleventy's modules load: put back as it was for the rest of the process (a dev server it starts, say).
  return import('@11ty/eleventy').finally(() => {
    if (before === undefined) delete process.env[SKIP_RESOLVER];
    else process.env[SKIP_RESOLVER] = before;
  });
}

/** Loads Eleventy now (about half a second), for a process that will run it soon: `--watch` between builds. */
export async function loadEleventy(): Promise<void> {
  await (eleventyModule ??= importEleventy());
}

/**
 * Runs Eleventy on `templates/` with `data` as global data into
 * `outputDir`, which must be new or empty: with a cache, everything in it
 * afterwards is what the run wrote, stored under the run's key, or written
 * from there. Returns whether the files came from the cache.
 */
export async function runEleventy(root: string, outputDir: string, data: SiteData, cache?: EleventyCache): Promise<{ reused: boolean }> {
  if (existsSync(outputDir) && readdirSync(outputDir).length > 0) throw new Error(`${outputDir}: Eleventy's output folder must be empty`);
  const key = cache && eleventyKey(cache.inputs, data, root);
  if (key && restoreRun(cache, key, outputDir)) return { reused: true };
  const { default: Eleventy } = await (eleventyModule ??= importEleventy());
  const eleventy = new Eleventy(join(root, 'templates'), outputDir, {
    configPath: eleventyConfigPath(root),
    quietMode: true,
    config: (eleventyConfig) => {
      eleventyConfig.addGlobalData('publication', data.publication);
      eleventyConfig.addGlobalData('rendered', data.rendered);
    },
  });
  await eleventy.write();
  if (key) storeRun(cache, key, outputDir);
  return { reused: false };
}

/**
 * A build's runs of Eleventy: one at a time (each loads and renders every
 * template; two at once only contend for the same core), counted, and kept
 * in the render cache when the build has one.
 */
export class EleventyRuns {
  readonly count: RenderCount = { rendered: 0, reused: 0, keys: {} };
  #last: Promise<unknown> = Promise.resolve();
  #cache: Promise<EleventyCache | undefined> | undefined;

  constructor(
    private readonly root: string,
    private readonly renderCache: Promise<RenderCache | undefined>,
  ) {
    // A cache that failed to open fails the build where it is awaited, not as an unhandled rejection when no run comes.
    renderCache.catch(() => {});
  }

  /** Runs Eleventy into `outputDir` (new or empty) once the runs before it are done. */
  run(outputDir: string, data: SiteData): Promise<void> {
    const run = this.#last.then(async () => {
      const { reused } = await runEleventy(this.root, outputDir, data, await this.#eleventyCache());
      if (reused) this.count.reused++;
      else this.count.rendered++;
    });
    this.#last = run.catch(() => {});
    return run;
  }

  #eleventyCache(): Promise<EleventyCache | undefined> {
    return (this.#cache ??= this.renderCache.then((cache) => cache && { cache, inputs: eleventyInputs(this.root) }));
  }
}
