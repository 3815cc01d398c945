// The render cache's entries for Eleventy's runs (src/pipeline/eleventy-run.ts
// runs them): a run's output is made of the data it is handed (the
// publication, or the part of it the run writes, and what the browser
// rendered), the templates, the code the templates and the configuration
// import, the packages and Node; the key is a digest of all of them (the data
// as JSON: it is plain data, no functions), and the entry is every file the
// run wrote.
import { join, sep } from 'node:path';
import { hashFiles, SRC } from './environment.ts';
import { packFileSet, readFileSet, unpackFileSet, writeFileSet } from './file-set.ts';
import type { RenderCache } from './render-cache.ts';
import { digest, KEY_FORMAT } from './render-key.ts';

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
    variables: keyedVariables(process.env),
  });
}

/**
 * What Eleventy sets in `process.env` itself as it starts a run (its
 * `initializeEnvironmentVariables`): its version (in the package files
 * already), the working folder, how it was started and its run mode. Keyed,
 * they made the second build in one process (`--watch`, the tests) miss every
 * run the first one stored: they are not there before Eleventy's first run.
 */
const SET_BY_ELEVENTY = new Set(['ELEVENTY_VERSION', 'ELEVENTY_ROOT', 'ELEVENTY_SOURCE', 'ELEVENTY_RUN_MODE']);

/** The variables that go into the key: the `ELEVENTY_` a user sets (not Eleventy itself, not the resolver switch) and the build's own `KINDREFLEX_`. */
export function keyedVariables(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name]) => (name.startsWith('ELEVENTY_') && name !== SKIP_RESOLVER && !SET_BY_ELEVENTY.has(name)) || name.startsWith('KINDREFLEX_'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value ?? ''}`);
}

export interface EleventyCache {
  cache: RenderCache;
  /** `eleventyInputs(root)`. */
  inputs: string;
}

/**
 * The key of one run: its inputs and the data it is handed (plain data: it is
 * hashed as JSON), the project's folder in it written as `<root>/`, so that a
 * copied or moved project finds its runs (the data names the assets a run
 * copies by their full paths; the files are covered by content, or by the
 * package versions, in the inputs).
 */
export function eleventyKey(inputs: string, data: unknown, root: string): string {
  const json = JSON.stringify(data).replaceAll(JSON.stringify(join(root, sep)).slice(1, -1), '<root>/');
  return digest({ format: KEY_FORMAT, kind: 'eleventy', inputs, data: json });
}

/**
 * Writes the files of the run stored under `key` into `outputDir`; false when
 * none is stored, or the entry is damaged (Eleventy then runs, and the run is
 * stored again).
 */
export function restoreRun({ cache }: EleventyCache, key: string, outputDir: string): boolean {
  const stored = cache.get(key);
  let files;
  try {
    files = stored ? unpackFileSet(stored) : undefined;
  } catch {
    return false;
  }
  if (!files) return false;
  writeFileSet(files, outputDir);
  return true;
}

/** Stores every file under `outputDir` (what the run wrote) under `key`. */
export function storeRun({ cache }: EleventyCache, key: string, outputDir: string): void {
  cache.put(key, packFileSet(readFileSet(outputDir)));
}

/**
 * Eleventy's switch (its issue 3371) for the module resolver it registers as
 * it loads: a hook on a thread of its own that every later import passes
 * through (about half a second of CPU in a build), there to re-import files
 * changed while Eleventy serves or watches. A build does neither (`--watch`
 * starts a new process when code changes), and the switch changes no output.
 */
export const SKIP_RESOLVER = 'ELEVENTY_SKIP_ESM_RESOLVER';
