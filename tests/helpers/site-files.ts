// Reads a built site from disk for tests: its pages, and the files they reference.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface SitePage {
  /** Path inside the site, e.g. `nl/justitiehuis/step-3/index.html`. */
  file: string;
  html: string;
}

export function siteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)))
    .sort();
}

export function sitePages(siteDir: string): SitePage[] {
  return siteFiles(siteDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(siteDir, file), 'utf8') }));
}
