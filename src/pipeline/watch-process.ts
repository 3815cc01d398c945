// `npm run build -- --watch` as two processes: the supervisor, which starts
// the watching process and starts it again when the code changed, and the
// watching process, which builds on every change of content in one browser
// (what is watched and of which kind: watch.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { browserSession, type BrowserSession } from '../browser/session.ts';
import { buildFolders, type BuildOptions } from './build.ts';
import { buildOnce, buildOptions, commandLineOptions, pathsToWatch, reportFailure, say, type BuildCommand } from './command-line.ts';
import { loadEleventy } from './eleventy-run.ts';
import { RebuildQueue, RESTART_EXIT_CODE, shownPath, watchInputs } from './watch.ts';

/**
 * `--watch`: runs the watching process, and runs it again each time it ends
 * because the code changed. Ctrl-C reaches both; the watching process closes
 * its browser and ends, and so does this one. A watching process that could
 * not start (a syntax error in the code, say) is started again at the next
 * change of a watched file.
 */
export async function superviseWatch(values: BuildCommand): Promise<void> {
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
    const watcher = watchInputs(pathsToWatch(values, commandLineOptions(values)), () => changed());
    await watcher.ready;
    say(`the watching process stopped with an error (exit ${code}, above); it starts again when a watched file changes (Ctrl-C to stop)`);
    await new Promise<void>((resolve) => (changed = resolve));
    await watcher.close();
  }
}

/** The watching process: builds, then builds again on every change of content, in one browser. */
export async function watchAndBuild(values: BuildCommand): Promise<void> {
  let options: BuildOptions;
  try {
    options = await buildOptions(values);
  } catch (error) {
    // A --definition module that does not load: nothing to build until it is fixed (the supervisor waits for that).
    reportFailure(values, error);
    process.exit(1);
  }
  // This process closes the browser itself on Ctrl-C, TERM and HUP (stop, below), so its profile is removed.
  const session: BrowserSession = browserSession({ callerHandlesSignals: true });
  const { root } = buildFolders(options);
  const paths = pathsToWatch(values, options);
  const changed = new Set<string>();
  let stopping = false;
  const queue = new RebuildQueue(async () => {
    if (stopping) return;
    if (changed.size > 0) say(`${[...changed].map((path) => shownPath(root, path)).join(', ')} changed: building again`);
    changed.clear();
    const result = await buildOnce(values, { ...options, session, log: (line) => void (stopping || say(line)) }, () => stopping);
    // The next edit finds the browser running, Mermaid loaded, print pages
    // open with a card loaded, and Eleventy loaded (a build whose files all
    // came from the cache did none of that).
    const card = result?.publication.prints[0];
    if (!stopping) await Promise.all([session.warm(card && join(result!.outDir, 'print', card.path, 'index.html')), loadEleventy()]);
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

