// `npm run build -- --watch`, as a translator uses it: a change of a
// translation is built again in the same process and browser; what that
// browser renders after an edit equals what a fresh one rendered (the same
// bytes, every file); a broken file fails that build and the watch goes on;
// a change of code starts a new process; Ctrl-C ends it all, profile included. Its own builds,
// with a render cache of its own, of Dutch and French only (32 files instead
// of 64): the first renders all in a new browser; after an edit, the French
// files are rendered in the browser kept running; with the cache emptied,
// back to the original text, all of them again.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindreflexPublication } from '../src/sectors/index.ts';
import { BUILD_COMMAND } from '../src/pipeline/command.ts';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'kr-watch-'));
const locales = join(work, 'locales');
const outDir = join(work, 'output');
const cacheDir = join(work, 'cache');
const definition = join(work, 'definition.ts');
const french = join(locales, 'fr', 'protocol.json');

cpSync(join(root, 'locales'), locales, { recursive: true });
for (const lang of readdirSync(locales)) if (!['nl', 'fr'].includes(lang) && !lang.includes('.')) rmSync(join(locales, lang), { recursive: true });
writeFileSync(
  definition,
  `import { kindreflexPublication } from ${JSON.stringify(join(root, 'src', 'sectors', 'index.ts'))};\n` +
    'export default kindreflexPublication;\n',
);
const original = readFileSync(french, 'utf8');
const title = /"title": "([^"]+)"/.exec(original)![1]!;

/** The line the watch prints when it is ready for the next save. */
const ready = /^build: watching for changes/;

/** The watching command, its output as lines, and waits for the lines of a build. */
function startWatch() {
  const child: ChildProcess = spawn(
    // Its errors into the same pipe as the rest, in the order they were
    // written, as a terminal shows them: read from two pipes, a build's
    // "build failed" could arrive after the "watching" line that follows it.
    '/bin/sh',
    ['-c', 'exec "$0" "$@" 2>&1', process.execPath, ...BUILD_COMMAND, '--watch', '--out', outDir, '--locales', locales, '--definition', definition],
    // A process group of its own, to which Ctrl-C is sent as a terminal sends it: to every process in it.
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KINDREFLEX_CACHE_DIR: cacheDir }, detached: true },
  );
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop()!;
      lines.push(...parts);
      for (const check of waiting) check();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  /** Resolves with the lines from the first that matches `first` at or after line `from`, up to the next that matches `then`. */
  const waitFor = (from: number, first: RegExp, then: RegExp) => waitForAt(from, first, then).then(({ found }) => found);
  /** The same, with the index of the last line found. */
  const waitForAt = (from: number, first: RegExp, then: RegExp) =>
    new Promise<{ found: string[]; end: number }>((resolve, reject) => {
      const check = () => {
        const begun = lines.findIndex((line, i) => i >= from && first.test(line));
        const ended = begun < 0 ? -1 : lines.findIndex((line, i) => i > begun && then.test(line));
        if (ended >= 0) {
          waiting.delete(check);
          resolve({ found: lines.slice(begun, ended + 1), end: ended });
        }
      };
      waiting.add(check);
      check();
      void exited.then(() => reject(new Error(`the watch ended before ${first} … ${then}:\n${lines.join('\n')}`)));
    });
  /**
   * Resolves once the watch waits for changes and has printed nothing more
   * for `quietMs`: a save written in place (truncated, then written) may be
   * seen as two changes under load, and set off one build more.
   */
  const settled = (quietMs = 500) =>
    new Promise<void>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const check = () => {
        clearTimeout(timer);
        if (!ready.test(lines.at(-1) ?? '')) return;
        timer = setTimeout(() => {
          waiting.delete(check);
          resolve();
        }, quietMs);
      };
      waiting.add(check);
      check();
    });
  /**
   * Waits until the watch is settled, makes `change`, then resolves with the
   * lines of the first build after it, from the line that matches `start` to
   * the next "watching" line, that shows `shows`: a build set off by an
   * earlier save may still report after the change (its lines come through a
   * pipe), and is skipped.
   */
  const buildAfter = async (
    change: () => void,
    { start = /changed: building again/, shows = /./, settle = true }: { start?: RegExp; shows?: RegExp; settle?: boolean } = {},
  ) => {
    if (settle) await settled();
    let from = lines.length;
    change();
    const found = (async () => {
      for (;;) {
        const { found: build, end } = await waitForAt(from, start, ready);
        if (shows.test(build.join('\n'))) return build;
        from = end + 1;
      }
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no build showing ${shows} after the change:\n${lines.slice(from).join('\n')}`)), 150_000);
    });
    return Promise.race([found, timeout]).finally(() => clearTimeout(timer));
  };
  return { child, lines, exited, waitFor, buildAfter };
}

/** Every process started by `pid`, and by those, from /proc. */
function descendants(pid: number): number[] {
  const parents = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return [Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])] as const;
      } catch {
        return [Number(name), 0] as const;
      }
    });
  const found: number[] = [];
  for (let next = [pid]; next.length > 0; ) {
    next = parents.filter(([, parent]) => next.includes(parent)).map(([child]) => child);
    found.push(...next);
  }
  return found;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    // A zombie is gone in all but name.
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
}


describe('npm run build -- --watch', () => {
  const watch = startWatch();
  afterAll(() => {
    // After a failure: the watching processes, and their Chromium, which
    // Puppeteer starts in a process group of its own.
    const pids = [watch.child.pid!, ...descendants(watch.child.pid!)];
    const profiles = pids.flatMap((pid) => /--user-data-dir=(\S+)/.exec(commandLine(pid))?.[1] ?? []);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already ended, as it should be.
      }
    }
    for (const dir of [work, ...profiles]) rmSync(dir, { recursive: true, force: true });
  });

  it('builds, then builds a changed translation again in the browser it kept running, with the same bytes as a fresh one', async () => {
    const first = (await watch.waitFor(0, /^build: watching /, ready)).join('\n');
    expect(first).toMatch(/build: done in/);
    expect(first).toMatch(/build: browser: 1 launched/);
    const manifest = readFileSync(join(outDir, 'manifest.json'), 'utf8');

    const second = await watch.buildAfter(
      () => writeFileSync(french, original.replace(`"title": "${title}"`, `"title": "${title} (modifié)"`)),
      { start: /fr\/protocol\.json changed: building again/, shows: /render cache: \d+ files rendered/ },
    );
    expect(second.join('\n')).toMatch(/build: browser: the running one/);
    expect(second.join('\n')).toMatch(/build: render cache: 16 files rendered/);
    expect(second.join('\n')).toMatch(/build: done in/);
    const sector = kindreflexPublication.sectors[0]!.id;
    expect(readFileSync(join(outDir, 'site', 'fr', sector, 'index.html'), 'utf8')).toContain(`${title} (modifié)`);

    // Back to the original text, with the cache emptied: every file, rendered
    // in the browser that has been running since the first build, equals what it was.
    rmSync(cacheDir, { recursive: true });
    const third = await watch.buildAfter(() => writeFileSync(french, original), { shows: /build: done in/ });
    expect(third.join('\n')).toMatch(/build: render cache: 32 files rendered, 0 reused/);
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(manifest);
  }, 240_000);

  it('reports a broken translation, leaves the output as it was, and goes on watching', async () => {
    const before = readFileSync(join(outDir, 'manifest.json'), 'utf8');
    const failed = await watch.buildAfter(() => writeFileSync(french, original.replace(`"title": "${title}"`, `"title": "${title}",,`)), { shows: /build failed/ });
    expect(failed.join('\n')).toMatch(/build failed: .*fr[/\\]protocol\.json/);
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(before);
    const fixed = await watch.buildAfter(() => writeFileSync(french, original), { shows: /build: done in/ });
    expect(fixed.join('\n')).toMatch(/build: done in/);
  }, 240_000);

  it('starts a new process when code changes, waits for a fix when that code is broken, and ends on Ctrl-C with its browser closed and its profile removed', async () => {
    const good = readFileSync(definition, 'utf8');
    const from = watch.lines.length;
    writeFileSync(definition, `${good}export const broken = ;\n`);
    await watch.waitFor(from, /definition\.ts changed: code is loaded once per process/, /^build: the watching process stopped with an error .*it starts again when a watched file changes/);
    const restarted = await watch.buildAfter(() => writeFileSync(definition, `${good}// fixed\n`), { start: /^build: watching \//, settle: false });
    expect(restarted.join('\n')).toMatch(/build: done in/);
    const processes = descendants(watch.child.pid!);
    // Chromium's temporary profile, from its command line.
    const profiles = [...new Set(processes.flatMap((pid) => /--user-data-dir=(\S+)/.exec(commandLine(pid))?.[1] ?? []))];
    expect(profiles).toHaveLength(1);
    expect(existsSync(profiles[0]!)).toBe(true);
    process.kill(-watch.child.pid!, 'SIGINT');
    expect(await watch.exited).toBe(0);
    // The watching process and its Chromium are gone with it, and so is the profile.
    for (let i = 0; i < 50 && processes.some(alive); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(processes.filter(alive)).toEqual([]);
    expect(existsSync(profiles[0]!)).toBe(false);
  }, 240_000);
});
