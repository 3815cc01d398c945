import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashedName } from './assets.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { hostingHeaders } from './hosting.ts';

describe('content-hashed names', () => {
  it('put the first 10 hex digits of the sha256 before the extension, and change with the content', () => {
    expect(hashedName('css/site.css', 'a')).toBe('css/site.ca978112ca.css');
    expect(hashedName('css/site.css', 'b')).not.toBe(hashedName('css/site.css', 'a'));
    expect(hashedName('fonts/x-latin-400-normal.woff2', new Uint8Array([1]))).toMatch(/^fonts\/x-latin-400-normal\.[0-9a-f]{10}\.woff2$/);
  });
});

describe('the headers a host sends', () => {
  it('cache hashed files for a year, immutable, and the rest for five minutes', () => {
    expect(hostingHeaders(hashedName('css/site.css', 'a'))['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(hostingHeaders('fonts/a.0123456789.woff2')['cache-control']).toContain('immutable');
    expect(hostingHeaders('nl/index.html')['cache-control']).toBe('public, max-age=300');
    expect(hostingHeaders('favicon.svg')['cache-control']).toBe('public, max-age=300');
    expect(hostingHeaders('sitemap.xml')['cache-control']).toBe('public, max-age=300');
  });

  it("send pages with the same Content-Security-Policy as their meta tag", () => {
    expect(hostingHeaders('nl/index.html')['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(hostingHeaders('css/site.0123456789.css')['content-security-policy']).toBeUndefined();
  });

  it('name the type of every file the site has', () => {
    expect(hostingHeaders('a.woff2')['content-type']).toBe('font/woff2');
    expect(hostingHeaders('robots.txt')['content-type']).toBe('text/plain; charset=utf-8');
    expect(hostingHeaders('nl/x/downloads/k.pdf')['content-type']).toBe('application/pdf');
  });
});

describe("the nginx example in docs/hosting.md", () => {
  it('sends the policy the pages carry', () => {
    const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'hosting.md'), 'utf8');
    const policies = [...guide.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]);
    expect(policies).toEqual([CONTENT_SECURITY_POLICY]);
  });
});
