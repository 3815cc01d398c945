// How a host should serve output/site/: the response headers per file. The
// hosting guide (docs/hosting.md) says the same in words and an nginx example;
// `npm run lighthouse` serves the site with exactly these.
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

/** `css/site.3f2a9c1b7e.css`: a name that changes when the content does (src/site/assets.ts). */
export const HASHED_ASSET = /\.[0-9a-f]{10}\.(css|js|woff2)$/;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
};

/** Text worth compressing (woff2 and PDF are compressed already). */
export const COMPRESSIBLE = new Set(['html', 'css', 'js', 'svg', 'xml', 'txt', 'json']);

export const extensionOf = (path: string) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';

/**
 * The headers for one file of the site (a path relative to it): its type;
 * a year's caching for content-hashed files, which never change under their
 * name, and five minutes for the rest, so that a new edition shows soon; on
 * pages, the same Content-Security-Policy the page carries in its meta tag
 * (as a header it also covers what a meta tag cannot, and reports nothing
 * new), and no referrer or sniffing.
 */
export function hostingHeaders(path: string): Record<string, string> {
  const ext = extensionOf(path);
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    'x-content-type-options': 'nosniff',
  };
  if (ext === 'html') {
    headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    headers['referrer-policy'] = 'no-referrer';
  }
  if (COMPRESSIBLE.has(ext)) headers['vary'] = 'Accept-Encoding';
  return headers;
}
