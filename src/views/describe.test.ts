import { describe as group, expect, it } from 'vitest';
import { describe, DESCRIPTION_MAX } from './chrome.ts';
import { robotsTxt, sitemapXml, toSitemap } from './sitemap.ts';

group('a page description', () => {
  it('joins the texts as sentences, whitespace collapsed', () => {
    expect(describe(['Stap 3: Ondersteun', '  Vraag  naar de kinderen.\n', ''])).toBe('Stap 3: Ondersteun. Vraag naar de kinderen.');
  });

  it('is cut at a word before the limit, with an ellipsis', () => {
    const long = describe(['woord '.repeat(60)]);
    expect(long.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(long).toMatch(/ woord…$/);
  });
});

group('the sitemap', () => {
  const pages = [
    { canonical: 'https://example.org/a/nl/', alternates: [{ hreflang: 'nl', href: 'https://example.org/a/nl/' }, { hreflang: 'x-default', href: 'https://example.org/a/' }] },
    { canonical: 'https://example.org/a/', alternates: [] },
  ];

  it('lists each page once, by address, with its alternates as xhtml:link', () => {
    const xml = sitemapXml(toSitemap(pages));
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://example.org/a/', 'https://example.org/a/nl/']);
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/a/"/>');
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });

  it('escapes what XML needs escaped', () => {
    expect(sitemapXml(toSitemap([{ canonical: 'https://example.org/?a=1&b=2', alternates: [] }]))).toContain('<loc>https://example.org/?a=1&amp;b=2</loc>');
  });

  it('is named by robots.txt with its absolute address', () => {
    expect(robotsTxt('https://example.org/a/')).toContain('Sitemap: https://example.org/a/sitemap.xml\n');
  });
});
