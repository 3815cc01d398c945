// The trainers' presentation on the classroom screens it meets (issue 13):
// every presentation, opened from disk, at each screen size, pressed through
// slide by slide. One browser, one page per presentation, the viewport
// resized in place; one page.evaluate measures a slide.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { preparePublication } from '../src/pipeline/publication.ts';
import { axeViolations } from './helpers/axe.ts';
import { PSEUDO_ACCENTED, PSEUDO_RTL, writePseudoLocales } from './helpers/pseudo-locales.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild, sharedPseudoBuild } from './helpers/shared-build.ts';

/** An old 4:3 beamer, 16:9 and 16:10 screens and laptops, full HD, 4K. */
const SCREENS = [
  [1024, 768],
  [1280, 720],
  [1280, 800],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
] as const;
/** A step's text (position, title, items, ways on) is at least this share of the screen height. */
const MIN_TEXT = 0.022;
/** The whole chart takes at least this share of the screen's height or width. */
const MIN_CHART = 0.85;

const root = join(import.meta.dirname, '..');
const pseudoLocales = writePseudoLocales(join(root, 'locales'));
const PSEUDO_LANGS = [PSEUDO_ACCENTED, PSEUDO_RTL];

// The presentations, known before anything is built, so each gets its own test.
const real = preparePublication({ localesDir: join(root, 'locales') }).flowcharts.map((f) => f.presentationPath);
const pseudo = preparePublication({ localesDir: pseudoLocales })
  .flowcharts.map((f) => f.presentationPath)
  .filter((path) => PSEUDO_LANGS.some((lang) => path.startsWith(`${lang}/`)));

let browser: Browser;
let realSite: string;
let pseudoSite: string;

beforeAll(async () => {
  realSite = (await sharedBuild()).siteDir;
  // The pseudo-locales need a build of their own: the shared build has only the
  // real languages. It is made once per run, for this file and
  // tests/pseudo.browser.test.ts. Its diagrams are rendered for real, not by the
  // stand-in: the chart's size and where its labels fall are what this test
  // measures, and a stand-in SVG is empty. Its PDFs are stand-ins: no slide shows one.
  pseudoSite = (await sharedPseudoBuild()).siteDir;
  browser = await launchBrowser();
}, 2 * SHARED_BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

/** What one slide shows, measured in the page. */
interface SlideReport {
  slide: number;
  slides: number;
  /** The step shown, or undefined on the whole-chart slide. */
  step?: string;
  /** The step's checklist items and ways on shown, by index among all of them; and how many it has. */
  units: number[];
  unitCount: number;
  /** " (2/3)" on a follow-on slide, empty otherwise. */
  part: string;
  /** Every text checked on the slide. */
  texts: number;
  problems: string[];
}

/** Runs in the page: every check of one slide. Self-contained, since Puppeteer sends it as source. */
function measureSlide(minText: number, minChart: number): SlideReport {
  const width = innerWidth;
  const height = innerHeight;
  const problems: string[] = [];
  const main = document.querySelector<HTMLElement>('.kr-presentation__main')!;
  const scroller = document.scrollingElement!;
  if (scroller.scrollHeight > height || scroller.scrollWidth > width) problems.push(`the page scrolls: ${scroller.scrollWidth} × ${scroller.scrollHeight}`);

  const current = document.querySelector<HTMLElement>('.kr-presentation__step--current');
  const describe = (el: Element, text: string) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${text.trim().slice(0, 40)}"`;
  const inside = (r: DOMRect, box: DOMRect) =>
    r.left >= box.left - 1 && r.top >= box.top - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1;
  const screen = new DOMRect(0, 0, width, height);
  let texts = 0;
  let smallest = Infinity;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const el = node.parentElement;
    if (!text.trim() || !el) continue;
    // The skip link waits above the screen until it gets the focus (site.css).
    if (el.closest('.kr-skip-link')) continue;
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    // The boxes that clip it: its element or any ancestor whose overflow is not visible (an SVG root clips too).
    const clips: Element[] = [];
    for (let a: Element | null = el; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clips.push(a);
    }
    const clipBoxes = clips.map((c) => c.getBoundingClientRect());
    // A 1 px clipping box is the visually hidden pattern: text for screen readers only.
    if (clipBoxes.some((b) => b.width <= 1 && b.height <= 1)) continue;
    let rects: DOMRect[];
    if (el instanceof SVGElement) {
      rects = [el.getBoundingClientRect()];
    } else {
      const range = document.createRange();
      range.selectNodeContents(node);
      rects = [...range.getClientRects()];
    }
    rects = rects.filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) continue;
    texts += 1;
    for (const r of rects) {
      if (!inside(r, screen)) {
        problems.push(`off the screen: ${describe(el, text)} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
        break;
      }
      const clip = clipBoxes.findIndex((b) => !inside(r, b));
      if (clip >= 0) {
        problems.push(`cut off by ${describe(clips[clip]!, '')}: ${describe(el, text)}`);
        break;
      }
    }
    if (current?.contains(el)) smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize));
  }
  if (current && smallest < minText * height - 0.01) {
    problems.push(`step text of ${smallest.toFixed(1)} px is under ${(minText * 100).toFixed(1)} % of ${height} px`);
  }

  const svg = document.querySelector<SVGSVGElement>('.kr-presentation__diagram svg')!;
  if (!current) {
    // The drawing as shown: the viewBox fitted into the element ("meet").
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    const scale = Math.min(box.width / view.width, box.height / view.height);
    const [w, h] = [(view.width * scale) / width, (view.height * scale) / height];
    if (w < minChart && h < minChart) problems.push(`the whole chart takes ${Math.round(w * 100)} % of the width and ${Math.round(h * 100)} % of the height`);
    if (!document.querySelector('.kr-presentation__key-list')?.checkVisibility()) problems.push('no key list on the first slide');
  } else {
    const id = current.dataset['step']!;
    const highlighted = [...svg.querySelectorAll('.node.kr-is-current')].map((n) => n.id);
    if (highlighted.length !== 1 || !highlighted[0]!.includes(`-flowchart-${id}-`)) problems.push(`the chart highlights ${highlighted.join(', ') || 'nothing'}`);
  }

  const units = current ? [...current.querySelectorAll('.kr-presentation__item, .kr-presentation__exit')] : [];
  return {
    slide: Number(main.dataset['slide']),
    slides: Number(main.dataset['slides']),
    ...(current ? { step: current.dataset['step']! } : {}),
    units: units.flatMap((u, i) => (u.checkVisibility() ? [i] : [])),
    unitCount: units.length,
    part: current?.querySelector('.kr-presentation__part')?.textContent ?? '',
    texts,
    problems,
  };
}

/** Sets the screen size and waits until the script has laid the slides out for it, with the font loaded. */
async function resize(page: Page, width: number, height: number): Promise<void> {
  await page.setViewport({ width, height });
  await page.waitForFunction((size) => document.querySelector<HTMLElement>('.kr-presentation__main')?.dataset['layout'] === size, { timeout: 20_000 }, `${width}x${height}`);
}

/** Every slide at every screen size; the problems found, each with where. */
async function pressThrough(site: string, path: string): Promise<string[]> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('request', (request) => void requests.push(request.url()));
  page.on('pageerror', (error) => void problems.push(`script error: ${error instanceof Error ? error.message : String(error)}`));
  try {
    const [first] = SCREENS;
    await page.setViewport({ width: first[0], height: first[1] });
    await page.goto(pathToFileURL(join(site, path, 'index.html')).href);
    for (const [width, height] of SCREENS) {
      await resize(page, width, height);
      await page.keyboard.press('Escape');
      const reports: SlideReport[] = [];
      for (;;) {
        const report = await page.evaluate(measureSlide, MIN_TEXT, MIN_CHART);
        reports.push(report);
        const where = `${path} ${width}×${height} slide ${report.slide + 1}/${report.slides}${report.step ? ` (${report.step}${report.part})` : ''}`;
        for (const problem of report.problems) problems.push(`${where}: ${problem}`);
        if (report.texts === 0) problems.push(`${where}: no text measured`);
        if (report.slide + 1 >= report.slides || reports.length > 60) break;
        await page.keyboard.press('PageDown');
      }
      // Follow-on slides together hold every item and way on of their step, each once, in order.
      const bySteps = new Map<string, SlideReport[]>();
      for (const r of reports) if (r.step) bySteps.set(r.step, [...(bySteps.get(r.step) ?? []), r]);
      if (bySteps.size === 0) problems.push(`${path} ${width}×${height}: no step slides`);
      for (const [step, slides] of bySteps) {
        const shown = slides.flatMap((s) => s.units);
        const all = [...Array(slides[0]!.unitCount).keys()];
        if (shown.join() !== all.join()) problems.push(`${path} ${width}×${height} ${step}: slides show items ${shown.join(',')} of ${all.length}`);
        slides.forEach((s, i) => {
          const expected = slides.length > 1 ? `${i + 1}/${slides.length}` : '';
          if (!s.part.includes(expected) || (!expected && s.part.trim())) problems.push(`${path} ${width}×${height} ${step}: slide ${i + 1} is marked "${s.part}"`);
        });
      }
    }
    for (const url of requests) if (!url.startsWith('file:')) problems.push(`${path}: requested ${url}`);
  } finally {
    await page.close();
  }
  return problems;
}

describe('every presentation fits every screen, slide by slide', () => {
  it.each(real)('%s', { timeout: 600_000 }, async (path) => {
    expect(await pressThrough(realSite, path)).toEqual([]);
  });
  it.each(pseudo)('%s (pseudo-locale)', { timeout: 600_000 }, async (path) => {
    expect(await pressThrough(pseudoSite, path)).toEqual([]);
  });
});

describe('the presenter keys', () => {
  it('step, jump, black out and come back, as a clicker sends them, announced to screen readers', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1920, height: 1080 });
      await page.goto(pathToFileURL(join(realSite, 'nl/justitiehuis/presentation/index.html')).href);
      await resize(page, 1280, 720);
      const state = () =>
        page.evaluate(() => {
          const main = document.querySelector<HTMLElement>('.kr-presentation__main')!;
          const black = document.querySelector<HTMLElement>('.kr-presentation__black')!;
          const centre = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
          return {
            slide: Number(main.dataset['slide']),
            slides: Number(main.dataset['slides']),
            step: document.querySelector<HTMLElement>('.kr-presentation__step--current')?.dataset['step'],
            black: centre === black,
            live: document.querySelector('.kr-presentation__live')?.textContent,
            loaded: (window as { krStillHere?: boolean }).krStillHere,
          };
        });
      await page.evaluate(() => void ((window as { krStillHere?: boolean }).krStillHere = true));
      expect(await state()).toMatchObject({ slide: 0, live: 'Het hele schema' });
      expect((await state()).step).toBeUndefined();
      await page.keyboard.press('PageDown');
      expect(await state()).toMatchObject({ slide: 1, step: 'step-1', live: expect.stringMatching(/^Stap 1 van 6.*: /) });
      await page.keyboard.press('4');
      const four = await state();
      expect(four.step).toBe('step-4');
      await page.keyboard.press('PageUp');
      expect(await state()).toMatchObject({ slide: four.slide - 1, step: 'step-3' });
      await page.keyboard.press('b');
      expect(await state()).toMatchObject({ black: true, live: expect.stringMatching(/^Zwart scherm/) });
      // From black, a slide key only brings the slide back.
      await page.keyboard.press('PageDown');
      expect(await state()).toMatchObject({ black: false, slide: four.slide - 1 });
      await page.keyboard.press('.');
      expect((await state()).black).toBe(true);
      await page.keyboard.press('.');
      expect(await state()).toMatchObject({ black: false, slide: four.slide - 1 });
      await page.keyboard.press('End');
      expect(await state()).toMatchObject({ step: 'step-6' });
      await page.keyboard.press('Escape');
      expect((await state()).slide).toBe(0);
      await page.keyboard.press('Home');
      expect((await state()).step).toBe('step-1');
      // F5 (a clicker's start button) starts from the first slide instead of reloading the page.
      await page.keyboard.press('F5');
      expect(await state()).toMatchObject({ slide: 0, loaded: true });
      // A way on is a link to the step it leads to.
      await page.keyboard.press('2');
      await page.click('.kr-presentation__step--current .kr-presentation__exit a[href="#present-step-4"]');
      expect((await state()).step).toBe('step-4');
    } finally {
      await page.close();
    }
  });

  it('has no axe violation on a follow-on slide, nor on the black screen', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1024, height: 768 });
      await page.goto(pathToFileURL(join(realSite, 'de/gevangenis/presentation/index.html')).href);
      await resize(page, 1024, 768);
      await page.keyboard.press('4');
      await page.keyboard.press('PageDown');
      expect(await page.$eval('.kr-presentation__step--current .kr-presentation__part', (el) => el.textContent)).toMatch(/2\/\d/);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('b');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
