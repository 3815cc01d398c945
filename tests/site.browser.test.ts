// The built site in a real headless Chromium, served under a sub-path as it
// will be hosted: accessible (axe, WCAG 2.2 AA), usable at 320 px, nothing
// requested from another host, and the decision walk working without scripts.
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { pagePaths, preparePublication } from '../src/pipeline/publication.ts';
import { installAxe, installedAxeViolations } from './helpers/axe.ts';
import { serveSite, type ServedSite } from './helpers/serve.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild } from './helpers/shared-build.ts';
import { sitePages } from './helpers/site-files.ts';

const root = join(import.meta.dirname, '..');
let browser: Browser;
let site: ServedSite;
let pageFiles: string[];

/** What one visit of a page found: every page is visited once, by one of a few tabs at a time. */
interface Visit {
  /** The visit itself failed (the page did not load, axe threw): every check of the page fails with it. */
  error?: string;
  axe: string[];
  /** document.documentElement.scrollWidth at 320 px. */
  width320: number;
  /** Off-site requests, answers of 400 and over, Content-Security-Policy complaints. */
  failures: string[];
  requests: string[];
  fontLoaded: boolean;
  cookies: number;
}
const visits = new Map<string, Visit>();

/**
 * Whether axe checks a page's colour contrast too: on the front door and every
 * Dutch page (local editions included), and in tests/pseudo.browser.test.ts on
 * the pseudo-locales' (40 % longer text, right to left). A French, English or
 * German page is the same template, style sheet and colours with other words,
 * so it gets every rule but that one, which is about four fifths of axe's time.
 */
const contrastChecked = (file: string) => file === 'index.html' || file.startsWith('nl/');

/** Tabs visiting pages at once in the one browser: axe is single-threaded per page, so a few keep both cores busy. */
const TABS = 4;

beforeAll(async () => {
  const { siteDir } = await sharedBuild();
  pageFiles = sitePages(siteDir).map((p) => p.file);
  site = await serveSite(siteDir, '/stappenplan/');
  browser = await launchBrowser();
  let next = 0;
  const tab = async () => {
    const page = await browser.newPage();
    await installAxe(page);
    let current: { requests: string[]; failures: string[] } = { requests: [], failures: [] };
    page.on('request', (request) => void current.requests.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) current.failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) current.failures.push(`CSP: ${message.text()}`);
    });
    try {
      while (next < pageFiles.length) {
        const file = pageFiles[next++]!;
        current = { requests: [], failures: [] };
        try {
          // Loaded at 320 px (400 % zoom), as a phone opens it, for the width; then axe at the default 800 × 600.
          await page.setViewport({ width: 320, height: 640 });
          await page.goto(urlOf(file));
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const width320 = await page.evaluate(() => document.documentElement.scrollWidth);
          await page.setViewport({ width: 800, height: 600 });
          const axe = await installedAxeViolations(page, { contrast: contrastChecked(file) });
          const fontLoaded = await page.evaluate(() => document.fonts.check("16px 'Atkinson Hyperlegible Next'"));
          const cookies = (await page.cookies()).length;
          const offSite = current.requests.filter((url) => !url.startsWith(site.baseUrl)).map((url) => `off-site: ${url}`);
          visits.set(file, { axe, width320, failures: [...current.failures, ...offSite], requests: current.requests, fontLoaded, cookies });
        } catch (error) {
          visits.set(file, { error: `${file}: ${error instanceof Error ? error.message : String(error)}`, axe: [], width320: 0, failures: [], requests: [], fontLoaded: false, cookies: 0 });
        }
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: TABS }, tab));
}, SHARED_BUILD_TIMEOUT + 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a fresh page, records every request, and closes it after `work`. */
async function withPage<T>(work: (page: Page, requests: string[]) => Promise<T>, options: { javaScript?: boolean } = {}): Promise<T> {
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => void requests.push(request.url()));
  await page.setJavaScriptEnabled(options.javaScript ?? true);
  try {
    return await work(page, requests);
  } finally {
    await page.close();
  }
}

const urlOf = (file: string) => `${site.baseUrl}${file}`;

// The pages the build writes, known before it runs, so each gets its own test.
const publishedPages = pagePaths(preparePublication({ localesDir: join(root, 'locales') })).map((path) => `${path}index.html`);

/** The visit of a page; a visit that failed fails the test that asks for it. */
function visitOf(file: string): Visit {
  const visit = visits.get(file);
  if (!visit) throw new Error(`${file} was not visited: the build did not write it`);
  if (visit.error) throw new Error(visit.error);
  return visit;
}

describe('every page has no axe violation (WCAG 2.0–2.2 A and AA)', () => {
  it('covers every page the build wrote', () => {
    expect(publishedPages.toSorted()).toEqual(pageFiles.toSorted());
    expect([...visits.keys()].toSorted()).toEqual(pageFiles.toSorted());
  });

  it.each(publishedPages)('%s', (file) => {
    expect(visitOf(file).axe).toEqual([]);
  });
});

describe('every page', () => {
  it('fits a 320 px wide screen (400 % zoom) without horizontal scrolling', () => {
    const tooWide = pageFiles.filter((file) => visitOf(file).width320 > 320).map((file) => `${file}: ${visitOf(file).width320}px`);
    expect(tooWide).toEqual([]);
  });

  it('loads only from the site itself, with every request answered and nothing blocked by its Content-Security-Policy, and uses the self-hosted font', () => {
    expect(pageFiles.flatMap((file) => visitOf(file).failures)).toEqual([]);
    expect(pageFiles.some((file) => visitOf(file).requests.some((url) => url.endsWith('.woff2')))).toBe(true);
    expect(pageFiles.filter((file) => !visitOf(file).fontLoaded)).toEqual([]);
    expect(pageFiles.filter((file) => visitOf(file).cookies > 0)).toEqual([]);
  });
});

describe('using the site', () => {
  it('offers the skip link as the first stop of the keyboard, visibly', async () => {
    await withPage(async (page) => {
      await page.goto(urlOf('nl/justitiehuis/step-2/index.html'));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { href: el.getAttribute('href'), visible: box.top >= 0 && box.height > 0, outline: getComputedStyle(el).outlineStyle };
      });
      expect(focused).toEqual({ href: '#content', visible: true, outline: 'solid' });
    });
  });

  it('keeps you on the same step when you switch sector', async () => {
    await withPage(async (page) => {
      await page.goto(urlOf('nl/justitiehuis/step-4/index.html'));
      await Promise.all([page.waitForNavigation(), page.click('.kr-switcher--sector a:not([aria-current])')]);
      expect(page.url()).toBe(urlOf('nl/gevangenis/step-4/index.html'));
      expect(await page.$eval('h1', (h) => h.textContent)).toContain('Ga na of er sprake is van verontrusting en bereidheid');
    });
  });

  it('prints a step page without the navigation', async () => {
    await withPage(async (page) => {
      await page.goto(urlOf('nl/gevangenis/step-5/index.html'));
      await page.emulateMediaType('print');
      const hidden = await page.evaluate(() =>
        ['.kr-header', '.kr-nav', '.kr-map', '.kr-pagination'].map((s) => getComputedStyle(document.querySelector(s)!).display),
      );
      expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    });
  });
});

describe('the check boxes of a step page', () => {
  it('tick without a script, and print ticked, without the note about the screen', async () => {
    await withPage(
      async (page) => {
        await page.goto(urlOf('nl/justitiehuis/step-4/index.html'));
        await page.click('label[for="step-4-consult-vk-ocj-done"]');
        await page.emulateMediaType('print');
        const state = await page.evaluate(() => {
          const box = document.querySelector<HTMLInputElement>('#step-4-consult-vk-ocj-done')!;
          return { checked: box.checked, shown: getComputedStyle(box).display !== 'none', note: getComputedStyle(document.querySelector('.kr-tick-note')!).display };
        });
        expect(state).toEqual({ checked: true, shown: true, note: 'none' });
      },
      { javaScript: false },
    );
  });
});

describe('the decision walk, with scripts switched off', () => {
  /** Follows links by their text from the walk's start, and returns the h1 of the page it ends on. */
  async function walk(answers: string[]): Promise<string> {
    return withPage(
      async (page) => {
        await page.goto(urlOf('nl/justitiehuis/walk/index.html'));
        for (const answer of ['Begin bij stap 1', ...answers]) {
          const link = await page.$$eval(
            'main a',
            (links, text) => links.find((a) => a.textContent!.startsWith(text))?.getAttribute('href') ?? null,
            answer,
          );
          expect(link, `a link starting '${answer}' on ${page.url()}`).not.toBeNull();
          await page.goto(new URL(link!, page.url()).href);
        }
        return page.$eval('h1', (h) => h.textContent!);
      },
      { javaScript: false },
    );
  }

  it('ends at step 3 when there are no doubts', async () => {
    expect(await walk(['Verder naar stap 2', 'Heb je geen twijfels over de thuissituatie?'])).toBe('Nu van toepassing: stap 3');
  });
  it('goes from an uneasy feeling to step 4, and back to step 3 when safe', async () => {
    expect(await walk(['Verder naar stap 2', 'Heb je een niet-pluisgevoel', 'Is de thuissituatie veilig?'])).toBe('Nu van toepassing: stap 3');
  });
  it('goes to step 5 when worrying with willingness, and back to step 3 when it improves', async () => {
    const path = ['Verder naar stap 2', 'Heb je een niet-pluisgevoel', 'Is de thuissituatie verontrustend, maar'];
    expect(await walk(path)).toBe('Nu van toepassing: stap 5');
    expect(await walk([...path, 'Verbetert de situatie?'])).toBe('Nu van toepassing: stap 3');
    expect(await walk([...path, 'Is de veiligheid niet hersteld?'])).toBe('Nu van toepassing: stap 6');
  });
  it('goes to step 6 on inability, resistance or acute danger', async () => {
    expect(await walk(['Verder naar stap 2', 'Heb je een niet-pluisgevoel', 'Is de thuissituatie verontrustend en is er'])).toBe(
      'Nu van toepassing: stap 6',
    );
  });
});
