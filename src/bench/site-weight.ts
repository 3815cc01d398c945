// Page weight of a built site: HTML plus the stylesheets each page links,
// the font files, and scripts on the critical path. The pure parts take the
// page's text; `siteWeight` reads a built site from disk.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { filesUnder } from '../cache/files.mjs';

/** The stylesheet hrefs a page links, in order. */
export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet\b/i.test(tag))
    .flatMap((tag) => {
      const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
      return href ? [href] : [];
    });
}

/**
 * Scripts that hold up the first render: any `<script>` that is neither
 * `defer`, `async` nor a module (those run after parsing), and is not data
 * (JSON). Returns their opening tags.
 */
export function blockingScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => !/\b(defer|async)\b/i.test(tag) && !/\btype=["']?(module|application\/(ld\+)?json)\b/i.test(tag));
}

export interface PageWeight {
  page: string;
  htmlBytes: number;
  cssBytes: number;
  total: number;
}

export interface SiteWeight {
  pages: number;
  largest: PageWeight;
  /** Pages at or over the limit. */
  over: PageWeight[];
  fontFiles: number;
  fontBytes: number;
  /** Pages that carry any script, and pages with a blocking one. */
  pagesWithScript: number;
  blocking: { page: string; tags: string[] }[];
  /** Stylesheets anywhere in the site (with `fontFiles`: written once, not per language or sector). */
  cssFiles: number;
}

function sitePaths(dir: string): string[] {
  return filesUnder(dir).map((file) => relative(dir, file));
}

export function siteWeight(siteDir: string, limitBytes: number): SiteWeight {
  const files = sitePaths(siteDir);
  const size = new Map<string, number>();
  const sizeOf = (file: string) => size.get(file) ?? size.set(file, statSync(join(siteDir, file)).size).get(file)!;
  const weights: PageWeight[] = [];
  const blocking: SiteWeight['blocking'] = [];
  let pagesWithScript = 0;
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(siteDir, page), 'utf8');
    const css = stylesheetHrefs(html)
      .filter((href) => !/^[a-z]+:/i.test(href))
      .map((href) => posix.normalize(posix.join(dirname(page), href.split(/[?#]/)[0]!)));
    const cssBytes = css.reduce((sum, file) => sum + sizeOf(file), 0);
    const htmlBytes = Buffer.byteLength(html);
    weights.push({ page, htmlBytes, cssBytes, total: htmlBytes + cssBytes });
    if (/<script\b/i.test(html)) pagesWithScript++;
    const tags = blockingScripts(html);
    if (tags.length > 0) blocking.push({ page, tags });
  }
  const fonts = files.filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
  weights.sort((a, b) => b.total - a.total);
  return {
    pages: weights.length,
    largest: weights[0] ?? { page: '', htmlBytes: 0, cssBytes: 0, total: 0 },
    over: weights.filter((w) => w.total >= limitBytes),
    fontFiles: fonts.length,
    fontBytes: fonts.reduce((sum, f) => sum + sizeOf(f), 0),
    pagesWithScript,
    blocking,
    cssFiles: files.filter((f) => f.endsWith('.css')).length,
  };
}
