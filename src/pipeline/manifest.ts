// output/manifest.json: every file of the build with its sha256, the
// protocol's version and date, and the commit it was built from, so anyone
// can check which card they hold. No timestamps: two builds of the same
// commit write the same manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from '../cache/files.mjs';

export interface Manifest {
  protocol: { id: string; version: string; published: string };
  build: { commit: string; uncommittedChanges: boolean };
  files: { path: string; sha256: string; bytes: number }[];
}

/** The commit `root` is checked out at, and whether its files differ from it. */
export function buildCommit(root: string): Manifest['build'] {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { commit, uncommittedChanges: status.trim() !== '' };
  } catch {
    return { commit: 'unknown (not a git checkout)', uncommittedChanges: false };
  }
}

export function writeManifest(dir: string, protocol: Manifest['protocol'], build: Manifest['build']): Manifest {
  const files = filesUnder(dir)
    .map((file) => {
      const bytes = readFileSync(file);
      return { path: relative(dir, file).split(sep).join('/'), sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
    })
    .filter((file) => file.path !== 'manifest.json')
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = { protocol, build, files };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
