// sitemap.xml and robots.txt: every page at its public address with its
// translations (xhtml:link alternates, as search engines read them).
import type { ChromeView } from './chrome.ts';

export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

/** One entry per page, ordered by address, so two builds write the same file. */
export function toSitemap(pages: readonly Pick<ChromeView, 'canonical' | 'alternates'>[]): SitemapEntry[] {
  return pages
    .map((page) => ({ loc: page.canonical, alternates: page.alternates }))
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ loc, alternates }) =>
    [
      '  <url>',
      `    <loc>${escapeXml(loc)}</loc>`,
      ...alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * robots.txt: everything may be read; where the sitemap is. Crawlers read it
 * only at the host's root: when the site lives in a folder, the host's own
 * robots.txt needs the Sitemap line (docs/hosting.md, Search engines).
 */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`;
}
