// The SCORM 1.2 training packages played in a real SCORM 1.2 runtime:
// scorm-again's Scorm12API offered as `window.API` by a parent page, the
// package's SCO in an iframe, in Chromium. Every request is answered from the
// unpacked zip (request interception); one that asks for anything else fails
// the test. Reads the shared build.
//
// Which packages: every package is played once with all answers right; the
// wrong answers and the resume are played on two (the Dutch justice-house
// package and the French prison package, an unreviewed language), since
// they exercise the same script and each play costs a page load. Then the
// site's own check page, by keyboard, which keeps nothing; and one package
// (German: a draft) opened from disk without a platform, checked with axe.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../src/browser/launch.ts';
import { productOf } from '../src/products/registry.ts';
import { PRODUCTS } from '../src/products/registry.ts';
import type { PrintPageView } from '../src/views/print.ts';
import { axeViolations } from './helpers/axe.ts';
import { SHARED_BUILD_TIMEOUT, sharedBuild, type SharedBuild } from './helpers/shared-build.ts';

const ORIGIN = 'http://lms.test';
const SCORM_AGAIN = readFileSync(join(createRequire(import.meta.url).resolve('scorm-again'), '..', 'scorm12.min.js'), 'utf8');

let result: SharedBuild;
let browser: Browser;
let packages: PrintPageView[];

beforeAll(async () => {
  result = await sharedBuild();
  packages = result.publication.prints.filter((view) => productOf(PRODUCTS, view.product).kind === 'package');
  browser = await launchBrowser();
}, SHARED_BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
});

interface Played {
  page: Page;
  frame: Frame;
  /** Every request that asked for something not in the package. */
  outside: string[];
  /** Every API call that left an error code. */
  errors: string[];
}

/**
 * A platform page with scorm-again's API (loaded with `cmi` when given: a
 * returning learner), the package's SCO in its iframe.
 */
async function play(view: PrintPageView, cmi?: unknown): Promise<Played> {
  const files = unzipSync(readFileSync(join(result.siteDir, view.pdf)));
  const page = await browser.newPage();
  const outside: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    // The platform's own page (and the icon the browser asks it for) is not the package's.
    if (request.frame() === page.mainFrame() || request.frame() === null) {
      void request.respond(url === `${ORIGIN}/` ? { status: 200, contentType: 'text/html', body: '<!doctype html><title>LMS</title>' } : { status: 404 });
      return;
    }
    const path = url.startsWith(`${ORIGIN}/sco/`) ? decodeURIComponent(new URL(url).pathname.slice('/sco/'.length)) : undefined;
    const body = path !== undefined ? files[path] : undefined;
    if (!body) {
      outside.push(url);
      void request.abort();
      return;
    }
    const type = path!.endsWith('.html') ? 'text/html' : path!.endsWith('.css') ? 'text/css' : path!.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    void request.respond({ status: 200, contentType: type, body: Buffer.from(body) });
  });
  await page.goto(`${ORIGIN}/`);
  await page.addScriptTag({ content: SCORM_AGAIN });
  await page.evaluate((saved) => {
    const w = window as unknown as { Scorm12API: new (settings: object) => Record<string, (...args: unknown[]) => string> & { loadFromJSON: (json: unknown) => void }; API: unknown; scormErrors: string[] };
    const api = new w.Scorm12API({ logLevel: 5, autocommit: false });
    if (saved) api.loadFromJSON(saved);
    w.scormErrors = [];
    for (const name of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']) {
      const call = api[name]!.bind(api);
      api[name] = (...args: unknown[]) => {
        const value = call(...args);
        const code = api['LMSGetLastError']!();
        if (code !== '0') w.scormErrors.push(`${name}(${args.join(', ')}): ${code}`);
        return value;
      };
    }
    w.API = api;
    const frame = document.createElement('iframe');
    frame.src = 'sco/index.html';
    frame.style.width = '1000px';
    frame.style.height = '800px';
    document.body.append(frame);
  }, cmi ?? null);
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle!.contentFrame())!;
  await frame.waitForSelector('.kr-question button:not([hidden])');
  return { page, frame, outside, errors: [] };
}

/** Answers the first `count` questions (all by default), right or wrong. */
async function answer(frame: Frame, right: boolean, count?: number): Promise<void> {
  await frame.evaluate(
    (right, count) => {
      const forms = [...document.querySelectorAll<HTMLFormElement>('form.kr-question')].slice(0, count ?? undefined);
      for (const form of forms) {
        const correct = form.dataset['correct']!.split(',');
        const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
        const wrong = inputs.find((input) => !correct.includes(input.value)) ?? inputs[0]!;
        for (const input of inputs) input.checked = right ? correct.includes(input.value) : input === wrong;
        form.querySelector<HTMLButtonElement>('button')!.click();
      }
    },
    right,
    count ?? null,
  );
}

/** What the platform keeps, as scorm-again's data model serializes it (interactions are write-only through the API). */
const cmiData = (page: Page) =>
  page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)) as { interactions: Record<string, { id: string; type: string; result: string; student_response: string }> });

const cmiValue = (page: Page, element: string) =>
  page.evaluate((element) => (window as unknown as { API: { LMSGetValue: (e: string) => string } }).API.LMSGetValue(element), element);

/** Closes the SCO as a learner closing the window would (its page hides), and returns what the platform kept. */
async function close(played: Played): Promise<{ cmi: unknown; errors: string[] }> {
  await played.page.evaluate(() => document.querySelector('iframe')!.remove());
  const kept = await played.page.evaluate(() => {
    const w = window as unknown as { API: { cmi: { toJSON: () => unknown } }; scormErrors: string[] };
    return { cmi: JSON.parse(JSON.stringify(w.API.cmi)) as unknown, errors: w.scormErrors };
  });
  return kept;
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

describe('the SCORM 1.2 packages in a real runtime', () => {
  it('are one per sector and language, and pass with 100 when every answer is right, with an interaction per question', async () => {
    expect(packages.length).toBe(result.publication.overviews.length);
    // Four at a time: a play mostly waits on the browser.
    await inBatches(packages, 4, async (view) => {
      const played = await play(view);
      const questions = await played.frame.$$eval('form.kr-question', (forms) => forms.map((f) => f.getAttribute('data-question')));
      expect(questions.length, view.pdf).toBeGreaterThanOrEqual(12);
      expect(await cmiValue(played.page, 'cmi.core.lesson_status'), view.pdf).toBe('incomplete');
      await answer(played.frame, true);
      expect(await cmiValue(played.page, 'cmi.core.lesson_status'), view.pdf).toBe('passed');
      expect(await cmiValue(played.page, 'cmi.core.score.raw'), view.pdf).toBe('100');
      expect(await cmiValue(played.page, 'cmi.core.score.max'), view.pdf).toBe('100');
      expect(await cmiValue(played.page, 'cmi.interactions._count'), view.pdf).toBe(String(questions.length));
      const interactions = Object.values((await cmiData(played.page)).interactions);
      expect(interactions.map((i) => i.id), view.pdf).toEqual(questions);
      expect(new Set(interactions.map((i) => `${i.type} ${i.result}`)), view.pdf).toEqual(new Set(['choice correct']));
      const kept = await close(played);
      expect(kept.errors, view.pdf).toEqual([]);
      const core = (kept.cmi as { core: { session_time: string } }).core;
      expect(core.session_time, view.pdf).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
      expect(played.outside, view.pdf).toEqual([]);
      await played.page.close();
    });
  });

  const sample = () => packages.filter((view) => (view.lang === 'nl' && view.sector === 'justitiehuis') || (view.lang === 'fr' && view.sector === 'gevangenis'));

  it('fail with every answer wrong, saying so in the page', async () => {
    expect(sample().length).toBe(2);
    await inBatches(sample(), 2, async (view) => {
      const played = await play(view);
      await answer(played.frame, false);
      expect(await cmiValue(played.page, 'cmi.core.lesson_status'), view.pdf).toBe('failed');
      expect(Number(await cmiValue(played.page, 'cmi.core.score.raw')), view.pdf).toBeLessThan(result.publication.trainings[0]!.training.check.passMark);
      expect(new Set(Object.values((await cmiData(played.page)).interactions).map((i) => i.result)), view.pdf).toEqual(new Set(['wrong']));
      expect(await played.frame.$eval('.kr-check__result', (p) => p.textContent), view.pdf).toContain(view.training!.check.labels.failed);
      expect((await close(played)).errors, view.pdf).toEqual([]);
      expect(played.outside, view.pdf).toEqual([]);
      await played.page.close();
    });
  });

  it('resume at the same question after a learner closed the window half way', async () => {
    await inBatches(sample(), 2, async (view) => {
      const first = await play(view);
      const count = await first.frame.$$eval('form.kr-question', (forms) => forms.length);
      const half = Math.floor(count / 2);
      await answer(first.frame, true, half);
      const next = await first.frame.$$eval('form.kr-question', (forms, half) => forms[half]!.getAttribute('data-question'), half);
      expect(await cmiValue(first.page, 'cmi.core.lesson_location'), view.pdf).toBe(next);
      const kept = await close(first);
      expect(kept.errors, view.pdf).toEqual([]);
      await first.page.close();

      const again = await play(view, kept.cmi);
      const focused = await again.frame.evaluate(() => document.activeElement?.closest('form')?.getAttribute('data-question'));
      expect(focused, view.pdf).toBe(next);
      const answered = await again.frame.$$eval('form.kr-question', (forms) => forms.filter((f) => f.querySelector('input:disabled')).length);
      expect(answered, view.pdf).toBe(half);
      await answer(again.frame, true);
      // The first half was answered before: each question is answered once.
      expect(await cmiValue(again.page, 'cmi.core.lesson_status'), view.pdf).toBe('passed');
      expect((await close(again)).errors, view.pdf).toEqual([]);
      expect([...first.outside, ...again.outside], view.pdf).toEqual([]);
      await again.page.close();
    });
  });

  it('on the site, the check answers by keyboard alone in a live region, moves on to the next legend and stores nothing', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${join(result.siteDir, 'nl', 'justitiehuis', 'training', 'check', 'index.html')}`);
    await page.waitForSelector('#q2 button:not([hidden])');
    // Keyboard only: to the second question's first option (a radio group), choose it, on to its button, press it.
    await page.focus('#q2a');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await page.keyboard.press('Enter');
    const said = await page.$eval('#q2 [aria-live]', (live) => live.textContent ?? '');
    const labels = result.publication.trainings.find((view) => view.part === 'check')!.training.check.labels;
    expect(said.startsWith(labels.right) || said.startsWith(labels.wrong), said).toBe(true);
    expect(said).toContain(labels.answer);
    expect(await page.evaluate(() => document.activeElement?.closest('form')?.id)).toBe('q3');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('LEGEND');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  it('opened from disk without a platform: a self-check with its draft notice, no axe violation, no scrolling sideways at 320 px', async () => {
    // An unreviewed language, so the draft notice is there to check.
    const view = packages.find((v) => v.lang === 'de' && v.sector === 'gevangenis')!;
    const dir = mkdtempSync(join(tmpdir(), 'kr-scorm-'));
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join(result.siteDir, view.pdf))))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.setViewport({ width: 320, height: 800 });
    await page.goto(`file://${join(dir, 'index.html')}`);
    await page.waitForSelector('#q2 button:not([hidden])');
    expect(await page.$eval('.kr-draft-notice', (p) => p.textContent)).toBe(view.card.draftNotice);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.click('#q2a');
    await page.click('#q2 button');
    expect(await page.$eval('#q2 [aria-live]', (live) => live.textContent)).not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(requests.filter((url) => !url.startsWith(`file://${dir}/`))).toEqual([]);
    await page.close();
  });
});
