// npm run build [-- --out DIR] [-- --locales DIR] [-- --definition FILE]:
// everything into output/. --definition builds another publication: a module
// whose default export is a definition (`{ protocol, sectors, localesDir? }`,
// see src/protocol/definition.ts), or only a protocol, which then gets the
// Kindreflex's sectors, e.g. an editor's draft of the Kindreflex itself.
// Exits non-zero, with the reason and the fix, when any input is wrong;
// output/ then stays exactly as it was.
// `--no-cache` renders every diagram and PDF anew, neither reading nor
// writing the render cache (src/cache).
// `--timings FILE` writes the build's stage timings and this process's peak
// memory as JSON (for `npm run bench`).
// `--watch` builds, then builds again on every change of a text, a
// translation, an edition or publication.config.json, in the same process
// and browser (src/pipeline/watch.ts); a change of code starts a new process.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isPublicationDefinition, type PublicationDefinition } from '../src/protocol/definition.ts';
import type { Protocol } from '../src/protocol/types.ts';
import { build, buildFolders, type BuildOptions, type BuildResult } from '../src/pipeline/build.ts';
import { printPages } from '../src/pipeline/publication.ts';
import { kindreflexPublication } from '../src/sectors/index.ts';
import { browserSession, type BrowserSession } from '../src/browser/session.ts';
import { loadEleventy } from '../src/pipeline/eleventy-run.ts';
import { tsImport } from 'tsx/esm/api';
import { compiledCode } from '../src/pipeline/compiled.ts';
import { RebuildQueue, RESTART_EXIT_CODE, shownPath, watchedPaths, watchInputs } from '../src/pipeline/watch.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    locales: { type: 'string' },
    definition: { type: 'string' },
    timings: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    // The process `--watch` starts, and starts again when the code changes.
    'watch-worker': { type: 'boolean', default: false },
  },
});

const say = (line: string) => console.log(`build: ${line}`);

function isEsModuleInterop(value: unknown): value is { __esModule: true; default: unknown } {
  return typeof value === 'object' && value !== null && (value as { __esModule?: unknown }).__esModule === true && 'default' in value;
}

/** The definition a `--definition` module exports. */
async function loadDefinition(file: string): Promise<PublicationDefinition> {
  const url = pathToFileURL(resolve(file)).href;
  // The compiled build (`npm run build`, scripts/build.mjs) runs without tsx's
  // loader: a definition written in TypeScript is loaded through tsx on its own.
  const module = compiledCode() && /\.[cm]?tsx?$/.test(file) ? await tsImport(url, import.meta.url) : await import(url);
  // A .ts file outside a `"type": "module"` package is CommonJS to Node: its
  // ES exports come as `module.exports`, marked `__esModule`, inside `default`.
  const loaded = (module as { default: unknown }).default;
  const exported = (isEsModuleInterop(loaded) ? loaded.default : loaded) as PublicationDefinition | Protocol;
  return isPublicationDefinition(exported) ? exported : { ...kindreflexPublication, protocol: exported };
}

/** The build's options from the command line, but for the `--definition` module, which has to be loaded. */
function commandLineOptions(): BuildOptions {
  return {
    log: say,
    ...(values.out ? { outDir: resolve(values.out) } : {}),
    ...(values.locales ? { localesDir: resolve(values.locales) } : {}),
    ...(values['no-cache'] ? { cache: false as const } : {}),
  };
}

async function buildOptions(): Promise<BuildOptions> {
  const definition = values.definition ? await loadDefinition(values.definition) : undefined;
  return { ...commandLineOptions(), ...(definition ? { definition } : {}) };
}

/** Reports a build that failed: the reason and the fix, and that the output folder is untouched. */
function reportFailure(error: unknown): void {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${values.out ?? 'output'}/ was left as it was.`);
}

/** What `--watch` follows for a build with `options` (src/pipeline/watch.ts). */
function pathsToWatch(options: BuildOptions) {
  return watchedPaths({ ...buildFolders(options), ...(values.definition ? { definitionFile: resolve(values.definition) } : {}) });
}

/**
 * One build, reported; undefined when it failed (the reason and the fix are
 * printed, the output folder is as it was). Nothing is printed once
 * `stopped()` says the build was stopped on purpose (a --watch ending).
 */
async function buildOnce(options: BuildOptions, stopped = () => false): Promise<BuildResult | undefined> {
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
    if (!stopped()) reportFailure(error);
    return undefined;
  }
}

/**
 * `--watch`: runs the watching process, and runs it again each time it ends
 * because the code changed. Ctrl-C reaches both; the watching process closes
 * its browser and ends, and so does this one. A watching process that could
 * not start (a syntax error in the code, say) is started again at the next
 * change of a watched file.
 */
async function superviseWatch(): Promise<void> {
  const args = [...process.execArgv, process.argv[1]!, ...process.argv.slice(2), '--watch-worker'];
  let worker: ChildProcess | undefined;
  // With a watching process running, it handles Ctrl-C (the terminal sends it to both) and is sent a TERM.
  process.on('SIGINT', () => worker || process.exit(130));
  process.on('SIGTERM', () => (worker ? worker.kill('SIGTERM') : process.exit(143)));
  for (;;) {
    const started = spawn(process.execPath, args, { stdio: 'inherit' });
    worker = started;
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      started.on('exit', (code, signal) => done({ code, signal })),
    );
    worker = undefined;
    if (code === RESTART_EXIT_CODE) continue;
    if (signal || code === 0 || code === 130) {
      process.exitCode = code ?? 1;
      return;
    }
    // Without loading the --definition module: it may be what does not load.
    let changed = () => {};
    const watcher = watchInputs(pathsToWatch(commandLineOptions()), () => changed());
    await watcher.ready;
    say(`the watching process stopped with an error (exit ${code}, above); it starts again when a watched file changes (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => (changed = resolve));
    await watcher.close();
  }
}

/** The watching process: builds, then builds again on every change of content, in one browser. */
async function watchAndBuild(): Promise<void> {
  let options: BuildOptions;
  try {
    options = await buildOptions();
  } catch (error) {
    // A --definition module that does not load: nothing to build until it is fixed (scripts/build.ts waits for that).
    reportFailure(error);
    process.exit(1);
  }
  // This process closes the browser itself on Ctrl-C, TERM and HUP (stop, below), so its profile is removed.
  const session: BrowserSession = browserSession({ callerHandlesSignals: true });
  const { root } = buildFolders(options);
  const paths = pathsToWatch(options);
  const changed = new Set<string>();
  let stopping = false;
  const queue = new RebuildQueue(async () => {
    if (stopping) return;
    if (changed.size > 0) say(`${[...changed].map((path) => shownPath(root, path)).join(', ')} changed: building again`);
    changed.clear();
    const result = await buildOnce({ ...options, session, log: (line) => void (stopping || say(line)) }, () => stopping);
    // The next edit finds the browser running, Mermaid loaded, print pages
    // open with a card loaded, and Eleventy loaded (a build whose files all
    // came from the cache did none of that).
    const card = result && printPages(result.publication)[0];
    if (!stopping) await Promise.all([session.warm(card && join(result.outDir, 'print', card.path, 'index.html')), loadEleventy()]);
    if (!stopping) say('watching for changes (Ctrl-C to stop)');
  });
  // Stops at once: a build under way fails as its browser closes (output/ stays as it was).
  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    queue.cancel();
    await Promise.all([watcher.close(), session.close()]);
    await queue.idle();
    process.exit(exitCode);
  };
  const watcher = watchInputs(
    paths,
    (kind, path) => {
      if (kind === 'code') {
        if (!stopping) say(`${shownPath(root, path)} changed: code is loaded once per process, so the build starts again`);
        void stop(RESTART_EXIT_CODE);
        return;
      }
      changed.add(path);
      queue.request();
    },
    (error) => say(`watching: ${error instanceof Error ? error.message : String(error)} (changes may go unseen; Ctrl-C and start again)`),
  );
  // A second Ctrl-C while stopping ends the process there and then.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => (stopping ? process.exit(130) : void stop(0)));
  await watcher.ready;
  say(`watching ${[...paths.content, ...paths.code].map((path) => shownPath(root, path)).join(', ')}`);
  queue.request();
}

if (values.watch && !values['watch-worker']) {
  await superviseWatch();
} else if (values.watch) {
  await watchAndBuild();
} else {
  try {
    if (!(await buildOnce(await buildOptions()))) process.exitCode = 1;
  } catch (error) {
    reportFailure(error);
    process.exitCode = 1;
  }
}
