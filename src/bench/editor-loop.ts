// The editor's loop: `npm run dev` (Eleventy --serve) in a copy of the
// project, one Dutch string changed, and the time from the save to the
// rebuilt page being served with the new text. The copy (node_modules
// linked) means the real locales/nl is never touched, even if the bench dies.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COPIED = ['templates', 'src', 'locales', 'releases', 'eleventy.config.ts', 'package.json', 'tsconfig.json', 'publication.config.json'];

export interface EditorLoop {
  /** From starting the dev server to the first page served. */
  startMs: number;
  /** Save → page served with the new text, one per edit. */
  editMs: number[];
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Waits until `url` is served with `text` in it. */
export async function waitFor(url: string, text: string, timeoutMs: number, everyMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if ((await fetchText(url))?.includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`${url} did not show "${text}" within ${timeoutMs} ms`);
}

/** Stops the dev server and everything it started (its process group). */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  const killer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5000);
  return exited.finally(() => clearTimeout(killer));
}

/** A copy of the project to run `npm run dev` in (node_modules linked); remove it with `rmSync(dir, { recursive: true })`. */
export function copyProject(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'kr-dev-'));
  for (const entry of COPIED) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

export interface DevServer {
  /** Everything it printed so far. */
  output: () => string;
  /** Stops it and everything it started. */
  stop: () => Promise<void>;
}

/** Starts the project's own `npm run dev` command in `dir`, on `port`: one process group we can stop. */
export function startDevServer(dir: string, port: number): DevServer {
  const dev = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['dev']!;
  const [command, ...args] = dev.replace(/--port=\d+/, `--port=${port}`).split(/\s+/);
  const output: string[] = [];
  const child = spawn(command!, args, { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return { output: () => output.join(''), stop: () => stop(child) };
}

export async function benchEditorLoop(root: string, { edits, port }: { edits: number; port: number }): Promise<EditorLoop> {
  const copy = copyProject(root);
  let server: DevServer | undefined;
  try {
    const started = performance.now();
    server = startDevServer(copy, port);

    const file = join(copy, 'locales', 'nl', 'protocol.json');
    const original = readFileSync(file, 'utf8');
    const title = (JSON.parse(original) as { steps: Record<string, { title: string }> }).steps['step-1']!.title;
    const url = `http://127.0.0.1:${port}/nl/justitiehuis/step-1/index.html`;
    try {
      await waitFor(url, title, 120_000, 100);
    } catch (error) {
      throw new Error(`the dev server did not serve ${url}: ${String(error)}\n${server.output().slice(-2000)}`, { cause: error });
    }
    const startMs = performance.now() - started;
    const editMs: number[] = [];
    for (let i = 0; i < edits; i++) {
      // Let the watcher settle after the previous rebuild.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const marker = `${title} (bench ${i + 1})`;
      const saved = performance.now();
      writeFileSync(file, original.replace(JSON.stringify(title), JSON.stringify(marker)));
      await waitFor(url, marker, 60_000, 10);
      editMs.push(performance.now() - saved);
    }
    return { startMs, editMs };
  } finally {
    if (server) await server.stop();
    rmSync(copy, { recursive: true, force: true });
  }
}
