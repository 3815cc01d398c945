// The staging folder a build writes into (swapped into the output folder
// only once everything succeeded, swap.ts), and its parts.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder } from '../cache/files.mjs';

export interface StagingFolders {
  staging: string;
  /** The print pages (output/print/). */
  print: string;
  /** The site (output/site/), the PDFs included. */
  site: string;
  /** Where a later Eleventy run writes, before its pages are moved in: it would otherwise copy the style sheets and fonts again, under pages being printed. */
  printLate: string;
  sitePages: string;
}

export function stagingFolders(staging: string): StagingFolders {
  return {
    staging,
    print: join(staging, 'print'),
    site: join(staging, 'site'),
    printLate: join(staging, 'print-late'),
    sitePages: join(staging, 'site-pages'),
  };
}

export function listFiles(dir: string): string[] {
  return filesUnder(dir).map((file) => relative(dir, file));
}

/** Moves `paths` (files or folders, relative) from the folder `from` into `to`, then removes `from` with whatever else it held. */
export function moveInto(from: string, to: string, paths: readonly string[]): void {
  for (const path of paths) {
    mkdirSync(dirname(join(to, path)), { recursive: true });
    renameSync(join(from, path), join(to, path));
  }
  rmSync(from, { recursive: true, force: true });
}
