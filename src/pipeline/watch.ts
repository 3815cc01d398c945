// `npm run build -- --watch`: builds, then builds again whenever a text
// changes, in the same process and the same browser. A translator who fixes
// one word waits for that word's files (rendered in a browser that is
// already running, with Mermaid loaded and its print pages open) and not for
// Node, Chromium and every module to start again.
//
// What is watched falls in two kinds:
// - content, read anew by every build: the Dutch text and translations, the
//   editions, publication.config.json. A change rebuilds in this process.
// - code, which Node loads once per process (src/, templates/, the Eleventy
//   configuration, the scripts, the packages, a --definition module). A change
//   ends this process with RESTART_EXIT_CODE, and scripts/build.ts starts a
//   new one, so no build ever runs with code older than the files.
import { existsSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import chokidar from 'chokidar';

/** The exit code by which a watching process asks scripts/build.ts to start it again: its code changed. */
export const RESTART_EXIT_CODE = 75;

export type ChangeKind = 'content' | 'code';

export interface WatchedPaths {
  /** Folders and files whose changes a new build in this process picks up. */
  content: string[];
  /** Folders and files of code: a change needs a new process. */
  code: string[];
  /** Folders whose changes are the build's own doing (its output, its cache). */
  ignored: string[];
}

export interface WatchInputs {
  root: string;
  localesDir: string;
  editionsDir: string;
  /** The releases (releases/<version>.json): a new one changes the version pages and what every output prints. */
  releasesDir?: string;
  outDir: string;
  cacheDir?: string | false;
  /** A `--definition` module. */
  definitionFile?: string;
}

/** What `--watch` watches, and of which kind. */
export function watchedPaths({ root, localesDir, editionsDir, releasesDir, outDir, cacheDir, definitionFile }: WatchInputs): WatchedPaths {
  return {
    content: [localesDir, editionsDir, ...(releasesDir ? [releasesDir] : []), join(root, 'publication.config.json')],
    code: [
      join(root, 'src'),
      join(root, 'templates'),
      join(root, 'scripts'),
      join(root, 'eleventy.config.ts'),
      join(root, 'package.json'),
      join(root, 'package-lock.json'),
      ...(definitionFile ? [definitionFile] : []),
    ],
    ignored: [outDir, ...(cacheDir ? [cacheDir] : [])],
  };
}

const within = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/** An editor's own files: hidden and swap files, backups, and vim's write test ("4913"). */
function editorFile(path: string): boolean {
  const name = basename(path);
  return name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || /\.(swp|swx|tmp)$/.test(name) || /^\d+$/.test(name);
}

/**
 * The kind of a change to `path` (absolute), or undefined for a change the
 * build need not follow. The innermost watched path decides: a locales
 * folder given inside src/ is still content.
 */
export function changeKind(paths: WatchedPaths, path: string): ChangeKind | undefined {
  if (editorFile(path) || paths.ignored.some((folder) => within(path, folder))) return undefined;
  const matches = ([...paths.content.map((p) => [p, 'content'] as const), ...paths.code.map((p) => [p, 'code'] as const)])
    .filter(([watched]) => within(path, watched))
    .sort(([a], [b]) => b.length - a.length);
  return matches[0]?.[1];
}

/**
 * Runs `work` once per burst of requests, never two at once: requests that
 * come while it runs make one more run after it. `delayMs` after the last
 * request of a burst (an editor's save is several events).
 */
export class RebuildQueue {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #again = false;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly delayMs = 50,
  ) {}

  request(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#run(), this.delayMs);
  }

  /** Resolves when no run is going or waiting. */
  async idle(): Promise<void> {
    while (this.#running || this.#timer) {
      if (this.#running) await this.#running;
      else await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    }
  }

  /** Drops a waiting run (a running one finishes). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#again = false;
  }

  async #run(): Promise<void> {
    this.#timer = undefined;
    this.#running = this.work().catch(() => {});
    await this.#running;
    this.#running = undefined;
    if (this.#again) {
      this.#again = false;
      this.request();
    }
  }
}

/**
 * Watches every path of `paths` (folders with their subfolders) with
 * chokidar, which, unlike Node 20's own recursive watch on Linux, keeps
 * following a file an editor saves by writing a new file and renaming it over
 * the old one (sed -i, vim, many IDEs). Calls `onChange` with the kind and the
 * path of each change that matters. `ready` resolves once every folder is
 * watched. A path that does not exist yet is not watched.
 */
export function watchInputs(
  paths: WatchedPaths,
  onChange: (kind: ChangeKind, path: string) => void,
  onError: (error: unknown) => void = () => {},
): { ready: Promise<void>; close: () => Promise<void> } {
  // Only paths that exist: chokidar reports itself ready before it watches
  // all of them if one is missing (no editions folder, say), and a change
  // right after would go unseen.
  const watcher = chokidar.watch([...paths.content, ...paths.code].filter((path) => existsSync(path)), {
    ignoreInitial: true,
    ignored: (path: string) => changeKind(paths, path) === undefined && !paths.content.concat(paths.code).some((watched) => within(watched, path)),
  });
  watcher.on('all', (_event, path) => {
    const kind = changeKind(paths, path);
    if (kind) onChange(kind, path);
  });
  // Said, not swallowed: a watch that no longer sees changes (the system's limit of watches reached, say) must not look like one that waits.
  watcher.on('error', onError);
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    close: () => watcher.close(),
  };
}

/** `path` as the log shows it: relative to `root` when inside it. */
export function shownPath(root: string, path: string): string {
  return within(path, root) ? relative(root, path) : path;
}
