// The site as the web sees it, read from a built site without a browser:
// every page has a description from its own content, a canonical address
// and absolute hreflang alternates on the public site, Open Graph; the
// sitemap lists exactly the pages written, with their alternates; robots.txt
// names it; CSS, script and font files have content-hashed names that the
// pages, the print pages and the typeface's stylesheet find.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { printsOfKind } from '../src/pipeline/publication.ts';
import { DESCRIPTION_MAX } from '../src/views/chrome.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild } from './helpers/shared-build.ts';
import { siteFiles, sitePages, type SitePage } from './helpers/site-files.ts';

/** The public site's address the build used (publication.config.json, or KINDREFLEX_SITE_URL). */
let SITE_URL: string;
let outDir: string;
let siteDir: string;
let pages: SitePage[];
/** The print pages zipped into packages: their links are relative to the package's root. */
let packagePages: Set<string>;

beforeAll(async () => {
  const shared = await sharedBuild();
  ({ outDir, siteDir } = shared);
  SITE_URL = shared.publication.siteUrl;
  packagePages = new Set(printsOfKind(shared.publication, 'package').map((view) => `${view.path}index.html`));
  pages = sitePages(siteDir);
}, SHARED_BUILD_TIMEOUT);

const parsed = new Map<SitePage, Document>();
const head = (page: SitePage): Document => {
  if (!parsed.has(page)) parsed.set(page, parseHTML(page.html).document as unknown as Document);
  return parsed.get(page)!;
};
const attr = (page: SitePage, selector: string, name: string) => [...head(page).querySelectorAll(selector)].map((el) => el.getAttribute(name));
/** The public address of a written page: `nl/justitiehuis/step-3/index.html` → SITE_URL + `nl/justitiehuis/step-3/`. */
const addressOf = (file: string) => SITE_URL + file.replace(/index\.html$/, '');
const languages = () => pages.filter((p) => /^[a-z]{2}\/index\.html$/.test(p.file)).map((p) => p.file.slice(0, 2));

describe('every page, for search engines and link previews', () => {
  it('has one description, from its own content, short enough for a result', () => {
    expect(pages.length).toBeGreaterThan(100);
    const seen = new Map<string, string>();
    for (const page of pages) {
      const [description, ...more] = attr(page, 'meta[name="description"]', 'content');
      expect(more, page.file).toEqual([]);
      expect(description?.length ?? 0, page.file).toBeGreaterThan(40);
      expect(description!.length, page.file).toBeLessThanOrEqual(DESCRIPTION_MAX);
      // The pages of one site (language and sector) say different things, so
      // their descriptions differ. (Across sectors a step may read the same.)
      const key = `${page.file.split('/').slice(0, 2).join('/')} ${description}`;
      expect(seen.get(key), `${page.file} has the description of ${seen.get(key)}`).toBeUndefined();
      seen.set(key, page.file);
    }
  });

  it("describes a step by its title and what it asks, and the overview by the plan's introduction", () => {
    const page = (file: string) => pages.find((p) => p.file === file)!;
    const step = head(page('nl/justitiehuis/step-3/index.html'));
    const description = step.querySelector('meta[name="description"]')!.getAttribute('content')!;
    const text = (selector: string) => step.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(description.startsWith(`${text('.kr-step-page__label')}: ${text('h1').replace(text('.kr-step-page__label'), '').trim()}`), description).toBe(true);
    const firstItem = step.querySelector('.kr-main li')!.textContent!.trim();
    expect(description).toContain(firstItem.slice(0, 30));
    const overview = head(page('fr/gevangenis/index.html'));
    const intro = overview.querySelector('.kr-main p')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(overview.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(intro.slice(0, 40));
  });

  it('has its canonical address and Open Graph title, description and address', () => {
    for (const page of pages) {
      expect(attr(page, 'link[rel="canonical"]', 'href'), page.file).toEqual([addressOf(page.file)]);
      expect(attr(page, 'meta[property="og:url"]', 'content'), page.file).toEqual([addressOf(page.file)]);
      expect(attr(page, 'meta[property="og:description"]', 'content'), page.file).toEqual(attr(page, 'meta[name="description"]', 'content'));
      const title = attr(page, 'meta[property="og:title"]', 'content')[0];
      expect(title && head(page).title.startsWith(title), page.file).toBe(true);
    }
  });

  it('lists every translation as an absolute address of a written page, and x-default as the choice of language', () => {
    const written = new Set(pages.map((p) => addressOf(p.file)));
    for (const page of pages) {
      const alternates = [...head(page).querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!] as [string, string]);
      expect(alternates.at(-1)?.[0], page.file).toBe('x-default');
      expect(new Set(alternates.map(([lang]) => lang)), page.file).toEqual(new Set([...languages(), 'x-default']));
      for (const [, href] of alternates) expect(written.has(href), `${page.file}: ${href}`).toBe(true);
      expect(Object.fromEntries(alternates)['x-default'], page.file).toBe(SITE_URL);
      const lang = page.file.includes('/') ? page.file.slice(0, 2) : 'nl';
      if (page.file !== 'index.html') expect(Object.fromEntries(alternates)[lang], page.file).toBe(addressOf(page.file));
    }
  });

  it('links to other pages by relative links only, so the folder works from disk', () => {
    for (const page of pages) {
      for (const href of attr(page, 'a[href]', 'href')) expect(href, page.file).not.toMatch(/^(?:[a-z]+:|\/)/i);
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  const sitemap = () => parseHTML(readFileSync(join(siteDir, 'sitemap.xml'), 'utf8').replace(/^<\?xml[^>]*>/, '')).document;

  it('lists exactly the pages written, each with the alternates the page itself names', () => {
    const urls = [...sitemap().querySelectorAll('url')];
    const locs = urls.map((url) => url.querySelector('loc')!.textContent);
    expect(locs.toSorted()).toEqual(pages.map((p) => addressOf(p.file)).toSorted());
    for (const url of urls) {
      const loc = url.querySelector('loc')!.textContent!;
      const page = pages.find((p) => addressOf(p.file) === loc)!;
      const inSitemap = [...url.querySelectorAll('*')].filter((el) => el.tagName.toLowerCase() === 'xhtml:link').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      const onPage = [...head(page).querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
      expect(inSitemap, loc).toEqual(onPage);
    }
  });

  it('is named by robots.txt, as an absolute address', () => {
    expect(SITE_URL).toMatch(/^https?:\/\/[^/]+\/.*\/$/);
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8').split('\n')).toContain(`Sitemap: ${SITE_URL}sitemap.xml`);
  });
});

describe('content-hashed CSS, script and font files', () => {
  const HASHED = /\.([0-9a-f]{10})\.(?:css|js|woff2)$/;
  const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10);

  it('are named by their content, and nothing unhashed is left beside them', () => {
    const assets = siteFiles(siteDir).filter((f) => /^(css|js|fonts)\//.test(f));
    expect(assets.length).toBeGreaterThanOrEqual(10);
    for (const file of assets) expect(HASHED.exec(file)?.[1], file).toBe(hashOf(join(siteDir, file)));
  });

  it('are what every page, print page and the typeface stylesheet ask for, and exist', () => {
    const printPages = sitePages(join(outDir, 'print'));
    expect(printPages.length).toBeGreaterThan(0);
    for (const [dir, list] of [[siteDir, pages], [join(outDir, 'print'), printPages]] as const) {
      for (const page of list) {
        const refs = [
          ...attr(page, 'link[rel="stylesheet"]', 'href'),
          ...attr(page, 'link[rel="preload"]', 'href'),
          ...attr(page, 'script[src]', 'src'),
        ] as string[];
        expect(refs.length, page.file).toBeGreaterThanOrEqual(2);
        for (const ref of refs) {
          expect(ref, page.file).toMatch(HASHED);
          const from = dir === siteDir || !packagePages.has(page.file) ? dirname(page.file) : '';
          expect(existsSync(join(dir, from, ref)), `${page.file}: ${ref}`).toBe(true);
        }
      }
    }
    const fontsCss = siteFiles(siteDir).find((f) => /^css\/fonts\./.test(f))!;
    const urls = [...readFileSync(join(siteDir, fontsCss), 'utf8').matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(urls).toHaveLength(4);
    for (const url of urls) {
      expect(url).toMatch(HASHED);
      expect(existsSync(normalize(join(siteDir, 'css', url))), url).toBe(true);
    }
  });

  it('preload the regular and bold Latin faces on every page, before the stylesheets', () => {
    for (const page of pages) {
      const links = [...head(page).querySelectorAll('link[rel="preload"], link[rel="stylesheet"]')];
      const preloads = links.filter((l) => l.getAttribute('rel') === 'preload');
      expect(preloads.map((l) => l.getAttribute('href')!.replace(/^.*\//, '').replace(HASHED, '')), page.file).toEqual([
        'atkinson-hyperlegible-next-latin-400-normal',
        'atkinson-hyperlegible-next-latin-700-normal',
      ]);
      for (const l of preloads) expect([l.getAttribute('as'), l.getAttribute('type'), l.getAttribute('crossorigin')]).toEqual(['font', 'font/woff2', 'anonymous']);
      expect(links.indexOf(preloads[1]!), page.file).toBeLessThan(links.findIndex((l) => l.getAttribute('rel') === 'stylesheet'));
    }
  });
});
