// Cumulative layout shift of a page as the browser itself reports it
// (PerformanceObserver 'layout-shift'), loaded the way a phone on a slow
// network would, with the typeface held back: the case in which text set in
// the fallback font is on screen when the typeface arrives.
import { PredefinedNetworkConditions, type Browser } from 'puppeteer';

export interface LayoutShiftOptions {
  /**
   * How long every woff2 request is held before it may go on; and in any case
   * until the page has painted its first text (in the fallback font), so that
   * on a slow, busy machine the typeface never arrives before the first paint.
   */
  fontDelayMs?: number;
  viewport?: { width: number; height: number };
  /** Changes a stylesheet before the page gets it (to show what the page would do without a rule). */
  rewriteCss?: (url: string, css: string) => string;
}

export interface LayoutShiftResult {
  /** The sum of every shift not caused by input: at least the CLS the page scores. */
  cls: number;
  /** Font files requested, and whether the typeface was in use at the end. */
  fontRequests: string[];
  typefaceLoaded: boolean;
}

export async function measureLayoutShift(browser: Browser, url: string, options: LayoutShiftOptions = {}): Promise<LayoutShiftResult> {
  const { fontDelayMs = 1000, viewport = { width: 412, height: 823 }, rewriteCss } = options;
  const page = await browser.newPage();
  try {
    // A mid-range phone: its viewport, touch, 4× slower CPU, a slow 4G link (Lighthouse's mobile profile).
    await page.setViewport({ ...viewport, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    await page.emulateCPUThrottling(4);
    await page.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
    const fontRequests: string[] = [];
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let painted = () => {};
    // The page's first contentful paint, reported by the page; at most 20 s (a page with no text paints none).
    const firstPaint = Promise.race([new Promise<void>((resolve) => (painted = resolve)), wait(20_000)]);
    await page.exposeFunction('__krPainted', () => painted());
    await page.evaluateOnNewDocument(() => {
      new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) void (window as unknown as { __krPainted: () => void }).__krPainted();
      }).observe({ type: 'paint', buffered: true });
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().endsWith('.woff2')) {
        fontRequests.push(request.url());
        void Promise.all([wait(fontDelayMs), firstPaint.then(() => wait(100))]).then(() => request.continue().catch(() => {}));
      } else if (rewriteCss && request.url().endsWith('.css')) {
        void fetch(request.url())
          .then((response) => response.text())
          .then((css) => request.respond({ status: 200, contentType: 'text/css', body: rewriteCss(request.url(), css) }));
      } else {
        void request.continue();
      }
    });
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.__shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Let the frame after the swap be laid out and reported.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
    const { cls, typefaceLoaded } = await page.evaluate(() => ({
      cls: (window as unknown as { __shift: number }).__shift,
      typefaceLoaded: document.fonts.check('16px "Atkinson Hyperlegible Next"'),
    }));
    return { cls, fontRequests, typefaceLoaded };
  } finally {
    await page.close();
  }
}
