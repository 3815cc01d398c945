// The store of rendered files, by key (src/cache/render-key.ts): one file
// per entry under `<dir>/v1/<first two hex digits>/<key>`. Safe for builds
// that share it: an entry is written to a temporary file and renamed into
// place, so a reader sees the whole file or none; two builds writing the
// same key write the same bytes. Bounded: after a build, the least recently
// used entries are dropped until the folder is under its size (a hit
// refreshes the entry's time).
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './files.mjs';

/** Where the cache lives unless KINDREFLEX_CACHE_DIR says otherwise: beside the other tools' caches, gone with `node_modules`. */
export const CACHE_DIR_ENV = 'KINDREFLEX_CACHE_DIR';
export const CACHE_MAX_MB_ENV = 'KINDREFLEX_CACHE_MAX_MB';
/** About 30 full builds of today's project (some 7 MB each). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const LAYOUT = 'v1';
const KEY = /^[0-9a-f]{64}$/;

export function defaultCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[CACHE_DIR_ENV] || join(root, 'node_modules', '.cache', 'kindreflex');
}

export function defaultMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env[CACHE_MAX_MB_ENV]);
  return Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : DEFAULT_MAX_BYTES;
}

export interface RenderCache {
  readonly dir: string;
  /** The stored bytes, or undefined. */
  get(key: string): Buffer | undefined;
  /** Whether an entry is stored (without reading it or counting it as a use). */
  has(key: string): boolean;
  put(key: string, bytes: Uint8Array): void;
  /** Drops the least recently used entries until the store is at most `maxBytes`; returns how many were dropped. */
  prune(): number;
}

export function openRenderCache(dir: string, { maxBytes = DEFAULT_MAX_BYTES }: { maxBytes?: number } = {}): RenderCache {
  const store = join(dir, LAYOUT);
  const pathOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`not a render cache key: '${key}'`);
    return join(store, key.slice(0, 2), key);
  };
  return {
    dir,
    get(key) {
      const file = pathOf(key);
      try {
        const bytes = readFileSync(file);
        const now = new Date();
        // The time says when it was last used, for prune(); a failure here only makes the entry look older.
        try { utimesSync(file, now, now); } catch { /* another build pruned it meanwhile: we hold its bytes */ }
        return bytes;
      } catch {
        return undefined;
      }
    },
    has(key) {
      return existsSync(pathOf(key));
    },
    put(key, bytes) {
      writeFileAtomic(pathOf(key), bytes);
    },
    prune() {
      const entries: { file: string; bytes: number; used: number }[] = [];
      const hourAgo = Date.now() - 3600_000;
      let dirs: string[] = [];
      try { dirs = readdirSync(store); } catch { return 0; }
      for (const sub of dirs) {
        let names: string[] = [];
        try { names = readdirSync(join(store, sub)); } catch { continue; }
        for (const name of names) {
          const file = join(store, sub, name);
          const s = statSync(file, { throwIfNoEntry: false });
          if (!s) continue;
          // A temporary file an hour old belongs to a build that died mid-write.
          if (name.endsWith('.tmp')) {
            if (s.mtimeMs < hourAgo) rmSync(file, { force: true });
            continue;
          }
          entries.push({ file, bytes: s.size, used: s.mtimeMs });
        }
      }
      let total = entries.reduce((sum, e) => sum + e.bytes, 0);
      let dropped = 0;
      for (const entry of entries.sort((a, b) => a.used - b.used)) {
        if (total <= maxBytes) break;
        rmSync(entry.file, { force: true });
        total -= entry.bytes;
        dropped++;
      }
      return dropped;
    },
  };
}
