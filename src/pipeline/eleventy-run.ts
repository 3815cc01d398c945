// Eleventy's runs, one at a time, and what each wrote kept in the render
// cache. A run's output is made of the data it is handed (the publication,
// or the part of it the run writes, and what the browser rendered), the templates, the code
// the templates and the configuration import, the packages and Node; the
// key is a digest of all of them (the data as JSON: it is plain data, no
// functions), so a run whose key is stored is not made again: its files are
// written from the cache. A rebuild with nothing changed then neither loads
// Eleventy (half a second) nor runs it (three times), and gives the same bytes.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eleventyConfigPath } from './code.ts';
import type { Publication } from './publication.ts';
import type { Rendered } from '../views/rendered.ts';
import type { RenderCount } from '../cache/cached-render.ts';
import { hashFiles, SRC } from '../cache/environment.ts';
import { packFileSet, readFileSet, unpackFileSet, writeFileSet } from '../cache/file-set.ts';
import type { RenderCache } from '../cache/render-cache.ts';
import { digest, KEY_FORMAT } from '../cache/render-key.ts';

/**
 * A digest of what every run of this build shares: the templates (with their
 * style sheets, scripts and images), the project's code, Eleventy's
 * configuration, the package files (every package's version), what Eleventy
 * reads to decide which files to ignore, Node's version, and the variables
 * Eleventy and the build read.
 */
export function eleventyInputs(root: string): string {
  const files = [join(root, 'templates'), SRC, ...['eleventy.config.ts', 'package.json', 'package-lock.json', '.gitignore', '.eleventyignore'].map((file) => join(root, file))];
  if (process.cwd() !== root) files.push(join(process.cwd(), '.gitignore'), join(process.cwd(), '.eleventyignore'));
  return digest({
    files: hashFiles(files, root),
    node: process.version,
    variables: Object.entries(process.env)
      .filter(([name]) => (name.startsWith('ELEVENTY_') && name !== SKIP_RESOLVER) || name.startsWith('KINDREFLEX_'))
      .sort()
      .map(([name, value]) => `${name}=${value ?? ''}`),
  });
}

export interface EleventyCache {
  cache: RenderCache;
  /** `eleventyInputs(root)`. */
  inputs: string;
}

/** What a run is handed, as Eleventy's global data: the publication (or the part of it the run writes) and what the browser rendered. */
export interface SiteData {
  publication: Publication;
  rendered: Rendered;
}

/** The key of one run: its inputs and the data it is handed. */
export function eleventyKey(inputs: string, data: SiteData): string {
  return digest({ format: KEY_FORMAT, kind: 'eleventy', inputs, data: JSON.stringify(data) });
}

/**
 * Eleventy's switch (its issue 3371) for the module resolver it registers as
 * it loads: a hook on a thread of its own that every later import passes
 * through (about half a second of CPU in a build), there to re-import files
 * changed while Eleventy serves or watches. A build does neither (`--watch`
 * starts a new process when code changes), and the switch changes no output.
 */
const SKIP_RESOLVER = 'ELEVENTY_SKIP_ESM_RESOLVER';

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
  const key = cache && eleventyKey(cache.inputs, data);
  const stored = key && cache.cache.get(key);
  let files;
  try {
    files = stored ? unpackFileSet(stored) : undefined;
  } catch {
    // A damaged entry: Eleventy runs, and the run is stored again.
  }
  if (files) {
    writeFileSet(files, outputDir);
    return { reused: true };
  }
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
  if (key) cache.cache.put(key, packFileSet(readFileSet(outputDir)));
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
