// The build's command line (scripts/build.ts parses it): one build, reported
// as `build: …` lines, with the reason and the fix when an input is wrong;
// the output folder then stays exactly as it was.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PublicationDefinition } from '../protocol/definition.ts';
import { isPublicationDefinition } from '../protocol/definition.ts';
import type { Protocol } from '../protocol/types.ts';
import { kindreflexPublication } from '../sectors/index.ts';
import { build, buildFolders, type BuildOptions, type BuildResult } from './build.ts';
import { importGivenModule } from './code.ts';
import { watchedPaths } from './watch.ts';

/** The command line's options, as scripts/build.ts parsed them. */
export interface BuildCommand {
  out?: string;
  locales?: string;
  definition?: string;
  timings?: string;
  'no-cache'?: boolean;
}

export const say = (line: string) => console.log(`build: ${line}`);

function isEsModuleInterop(value: unknown): value is { __esModule: true; default: unknown } {
  return typeof value === 'object' && value !== null && (value as { __esModule?: unknown }).__esModule === true && 'default' in value;
}

/** The definition a `--definition` module exports. */
async function loadDefinition(file: string): Promise<PublicationDefinition> {
  const module = await importGivenModule(file);
  // A .ts file outside a `"type": "module"` package is CommonJS to Node: its
  // ES exports come as `module.exports`, marked `__esModule`, inside `default`.
  const loaded = (module as { default: unknown }).default;
  const exported = (isEsModuleInterop(loaded) ? loaded.default : loaded) as PublicationDefinition | Protocol;
  return isPublicationDefinition(exported) ? exported : { ...kindreflexPublication, protocol: exported };
}

/** The build's options from the command line, but for the `--definition` module, which has to be loaded. */
export function commandLineOptions(values: BuildCommand): BuildOptions {
  return {
    log: say,
    ...(values.out ? { outDir: resolve(values.out) } : {}),
    ...(values.locales ? { localesDir: resolve(values.locales) } : {}),
    ...(values['no-cache'] ? { cache: false as const } : {}),
  };
}

export async function buildOptions(values: BuildCommand): Promise<BuildOptions> {
  const definition = values.definition ? await loadDefinition(values.definition) : undefined;
  return { ...commandLineOptions(values), ...(definition ? { definition } : {}) };
}

/** Reports a build that failed: the reason and the fix, and that the output folder is untouched. */
export function reportFailure(values: BuildCommand, error: unknown): void {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${values.out ?? 'output'}/ was left as it was.`);
}

/** What `--watch` follows for a build with `options` (watch.ts). */
export function pathsToWatch(values: BuildCommand, options: BuildOptions) {
  return watchedPaths({ ...buildFolders(options), ...(values.definition ? { definitionFile: resolve(values.definition) } : {}) });
}

/**
 * One build, reported; undefined when it failed (the reason and the fix are
 * printed, the output folder is as it was). Nothing is printed once
 * `stopped()` says the build was stopped on purpose (a --watch ending).
 */
export async function buildOnce(values: BuildCommand, options: BuildOptions, stopped = () => false): Promise<BuildResult | undefined> {
  const started = performance.now();
  try {
    const result = await build(options);
    say(`done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${result.outDir}`);
    if (values.timings) {
      // maxRSS is in kilobytes: Node's own peak, the browser's processes not included.
      writeFileSync(values.timings, JSON.stringify({ ...result.timings, nodeMaxRssKb: process.resourceUsage().maxRSS }));
    }
    return result;
  } catch (error) {
    if (!stopped()) reportFailure(values, error);
    return undefined;
  }
}

/** `npm run build` without --watch: one build; the exit code says whether it succeeded. */
export async function buildFromCommandLine(values: BuildCommand): Promise<void> {
  try {
    if (!(await buildOnce(values, await buildOptions(values)))) process.exitCode = 1;
  } catch (error) {
    reportFailure(values, error);
    process.exitCode = 1;
  }
}
