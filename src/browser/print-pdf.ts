// Prints the build's print pages to PDF in the build's one browser, a few
// pages at a time. Before printing, each page is checked: nothing may overflow
// its card or panel, and no text may be smaller than the minimum; a page that
// fails names the sector, the language and the step, and nothing is written.
// A form (the working checklist) is laid out on its sheets here, and gets its
// PDF form fields where the browser printed the boxes.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import PQueue from 'p-queue';
import type { FieldBox, FieldKind } from '../pdf/form-fields.ts';
import { loadFormFont, type FormFont } from '../fonts/form-font.ts';
import { withRetry } from './retry.ts';
import type { PrintJob, PrintedPdf } from '../cache/render-jobs.ts';
import { pdfPageCount } from '../pdf/page-count.ts';

export type { PrintJob, PrintedPdf };
export { pdfPageCount };

/** The smallest text size we print, in points: legible at arm's length on the card. */
export const MIN_FONT_PT = 7;

export class PrintCheckError extends Error {
  override name = 'PrintCheckError';
  /** About the input, not the browser: printing again would not help. */
  readonly retry = false;
}

/** How long printing one PDF may take before it is tried once more. */
export const PRINT_TIMEOUT_MS = 60_000;

interface PageProblem {
  kind: 'overflow' | 'small-text';
  panel: string;
  step?: string;
  detail: string;
}

/**
 * Runs in the page: panels whose content runs past their box (named by the
 * steps that take the most room in it), and text below the minimum size.
 */
function findProblems(minFontPx: number): PageProblem[] {
  // No named inner functions here: this runs in the browser, where the
  // loader's __name() helper does not exist. 3.7795 px make a millimetre.
  const problems: PageProblem[] = [];
  for (const panel of document.querySelectorAll<HTMLElement>('[data-panel]')) {
    const name = panel.dataset['panel']!;
    const box = panel.getBoundingClientRect();
    const tooLong = panel.scrollHeight - panel.clientHeight;
    if (tooLong > 1) {
      problems.push({ kind: 'overflow', panel: name, detail: `its content is ${(tooLong / 3.7795).toFixed(1)} mm too long` });
      const steps = [...panel.querySelectorAll<HTMLElement>('[data-step]')]
        .map((el) => ({ el, height: el.getBoundingClientRect().height }))
        .sort((a, b) => b.height - a.height)
        .slice(0, 2);
      for (const { el, height } of steps) {
        problems.push({ kind: 'overflow', panel: name, step: el.dataset['step']!, detail: `takes ${(height / 3.7795).toFixed(1)} mm: "${el.textContent!.trim().slice(0, 60)}…"` });
      }
      continue;
    }
    for (const el of panel.querySelectorAll<HTMLElement>('*')) {
      const rect = el.getBoundingClientRect();
      const overBy = Math.max(rect.right - box.right, box.left - rect.left);
      if (rect.height > 0 && el.children.length === 0 && overBy > 0.5) {
        const step = el.closest<HTMLElement>('[data-step]')?.dataset['step'];
        problems.push({ kind: 'overflow', panel: name, ...(step ? { step } : {}), detail: `runs ${(overBy / 3.7795).toFixed(1)} mm past the edge: "${el.textContent!.trim().slice(0, 60)}"` });
      }
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim()) continue;
    const el = node.parentElement!;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minFontPx - 0.01) {
      const step = el.closest<HTMLElement>('[data-step]')?.dataset['step'];
      const panel = el.closest<HTMLElement>('[data-panel]')?.dataset['panel'] ?? 'page';
      problems.push({ kind: 'small-text', panel, ...(step ? { step } : {}), detail: `text at ${(size * 0.75).toFixed(1)} pt: "${node.textContent!.trim().slice(0, 40)}"` });
    }
  }
  return problems;
}

/**
 * Runs in the page: each card panel whose text runs past it gets its text
 * scaled down (CSS --kr-fit) to the largest of the steps 1, 0.97, 0.94, …
 * 0.55 at which it fits; the CSS never goes below the minimum size, so what
 * still does not fit is then reported. The steps are searched by halving
 * (at most 5 layouts a panel instead of 16): the text only gets shorter as
 * the scale goes down, so the first step that fits is the same either way.
 */
function fitPanels(): void {
  // No named inner functions: this runs in the browser (see findProblems).
  // A cut sheet holds four copies of each card side: a panel with the same
  // content in a box of the same size takes the step found for the first,
  // once it is seen to fit.
  const found = new Map<string, string>();
  for (const panel of document.querySelectorAll<HTMLElement>('[data-panel][data-fit]')) {
    if (panel.scrollHeight <= panel.clientHeight + 1) continue;
    const same = `${panel.clientWidth}x${panel.clientHeight}:${panel.innerHTML}`;
    const known = found.get(same);
    if (known !== undefined) {
      panel.style.setProperty('--kr-fit', known);
      if (panel.scrollHeight <= panel.clientHeight + 1) continue;
    }
    // Step k is the scale 1 - 0.03 k, rounded as CSS reads it. Step `low`
    // does not fit; step `high` (the last, 0.55) is taken whether it fits or not.
    let low = 0;
    let high = 15;
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      panel.style.setProperty('--kr-fit', String(Math.round((1 - 0.03 * mid) * 100) / 100));
      if (panel.scrollHeight <= panel.clientHeight + 1) high = mid;
      else low = mid;
    }
    const fit = String(Math.round((1 - 0.03 * high) * 100) / 100);
    panel.style.setProperty('--kr-fit', fit);
    found.set(same, fit);
  }
}

const MM_TO_PT = 72 / 25.4;

/**
 * Runs in the page: lays the form's blocks out on A4 sheets. The first sheet
 * holds every block; while a block runs past the bottom of its sheet's body,
 * it and all after it move to a new sheet (a step cut in two goes on under
 * its own "Step n: title" line), a heading staying with the block after it.
 * Then every sheet's "page X of Y" is filled in. Returns the sheet count, or
 * the block that is taller than a whole sheet.
 */
function layOutSheets(): { sheets: number; tooTall?: string } {
  // No named inner functions: this runs in the browser (see findProblems).
  const container = document.querySelector<HTMLElement>('[data-sheet]')!.parentElement!;
  for (let sheet = container.querySelector<HTMLElement>('[data-sheet]'); sheet; sheet = sheet.nextElementSibling as HTMLElement | null) {
    const body = sheet.querySelector<HTMLElement>('[data-sheet-body]')!;
    const limit = body.getBoundingClientRect().bottom + 0.5;
    const blocks = [...body.querySelectorAll<HTMLElement>('[data-block]')];
    let cut = blocks.findIndex((block) => block.getBoundingClientRect().bottom > limit);
    if (cut === -1) continue;
    while (cut > 0 && blocks[cut - 1]!.hasAttribute('data-keep-with-next')) cut--;
    const first = blocks[cut]!;
    if (cut === 0) return { sheets: 0, tooTall: `${first.closest<HTMLElement>('[data-step]')?.dataset['step'] ?? 'header'}: "${first.textContent!.trim().slice(0, 60)}…"` };
    const next = sheet.cloneNode(true) as HTMLElement;
    const nextBody = next.querySelector<HTMLElement>('[data-sheet-body]')!;
    nextBody.replaceChildren();
    const section = first.parentElement === body ? null : first.parentElement!;
    let rest: Element | null = section ?? first;
    if (section && section.firstElementChild !== first) {
      const continued = section.cloneNode(false) as HTMLElement;
      const label = document.createElement('p');
      label.className = 'kr-form__continued';
      label.textContent = section.dataset['continued'] ?? '';
      continued.append(label);
      for (let item: Element | null = first; item; ) {
        const after: Element | null = item.nextElementSibling;
        continued.append(item);
        item = after;
      }
      nextBody.append(continued);
      rest = section.nextElementSibling;
    }
    while (rest) {
      const after: Element | null = rest.nextElementSibling;
      nextBody.append(rest);
      rest = after;
    }
    sheet.after(next);
  }
  const sheets = [...container.querySelectorAll<HTMLElement>('[data-sheet]')];
  sheets.forEach((sheet, i) => {
    for (const label of sheet.querySelectorAll<HTMLElement>('[data-page-label]')) {
      label.textContent = label.dataset['pageLabel']!.replace('{page}', String(i + 1)).replace('{pages}', String(sheets.length));
    }
  });
  return { sheets: sheets.length };
}

/** Runs in the page: every form box, in reading order, with its sheet and its place on it in millimetres. */
function measureFields(): FieldBox[] {
  const sheets = [...document.querySelectorAll<HTMLElement>('[data-sheet]')];
  return [...document.querySelectorAll<HTMLElement>('[data-field]')].map((el) => {
    const sheet = el.closest<HTMLElement>('[data-sheet]')!;
    const origin = sheet.getBoundingClientRect();
    const d = el.dataset;
    const outer = el.getBoundingClientRect();
    // Typed text starts inside the printed frame's padding, not on its line.
    const style = getComputedStyle(el);
    const inset = d['fieldKind'] === 'text' ? parseFloat(style.paddingInlineStart) + parseFloat(style.borderInlineStartWidth) : 0;
    const box = { left: outer.left + inset, top: outer.top, width: outer.width - 2 * inset, height: outer.height };
    return {
      name: d['field']!,
      kind: d['fieldKind'] as FieldKind,
      label: d['fieldLabel']!,
      origin: d['fieldOrigin']!,
      ...(d['fieldOption'] === undefined ? {} : { option: d['fieldOption'] }),
      ...(d['fieldOptionLabel'] === undefined ? {} : { optionLabel: d['fieldOptionLabel'] }),
      ...(d['fieldMultiline'] === undefined ? {} : { multiline: true }),
      // A write-in area's lines are its children, each ending on a rule: its own bottom border, the last one the frame's.
      ...(d['fieldMultiline'] === undefined || el.children.length === 0
        ? {}
        : { rules: [...el.children].map((line) => (line.getBoundingClientRect().bottom - parseFloat(getComputedStyle(line).borderBlockEndWidth) - origin.top) / 3.7795) }),
      page: sheets.indexOf(sheet),
      x: (box.left - origin.left) / 3.7795,
      y: (box.top - origin.top) / 3.7795,
      width: box.width / 3.7795,
      height: box.height / 3.7795,
    };
  });
}

/**
 * Makes Chromium's PDF exact and reproducible, with pdf-lib: every page's
 * MediaBox set to the paper's size (Chromium rounds page sizes up to 1/150
 * inch: A6 comes out 0.16 mm too wide), and the creation and modification
 * dates set to the protocol's publication date, so two builds give the same
 * bytes. Tags, language, title and outline are kept as Chromium wrote them;
 * then the PDF/UA pass completes what Chromium leaves out (src/pdf/accessibility.ts).
 */
export async function finishPdf(
  pdf: Uint8Array,
  paper: { widthMm: number; heightMm: number },
  isoDate: string,
  form?: { fields: readonly FieldBox[]; font: FormFont },
): Promise<Buffer> {
  // Loaded when a PDF is printed: a build served from the render cache prints
  // none and never needs them (pdf-lib and fontkit take about a second to load).
  const [{ PDFDocument }, { makeAccessible }, { deflateNatively }] = await Promise.all([
    import('@cantoo/pdf-lib'),
    import('../pdf/accessibility.ts'),
    import('../pdf/deflate.ts'),
  ]);
  // Whole, not 100 objects at a time with a timer tick between: pdf-lib's
  // default yields to the event loop, which costs a PDF ~1 ms a tick idle.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: Infinity });
  // First, while the page boxes are still Chromium's: the fields' positions are measured against them.
  if (form) await (await import('../pdf/form-fields.ts')).addFormFields(doc, form.fields, form.font);
  for (const page of doc.getPages()) page.setMediaBox(0, 0, paper.widthMm * MM_TO_PT, paper.heightMm * MM_TO_PT);
  const date = new Date(`${isoDate}T00:00:00Z`);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  makeAccessible(doc);
  await deflateNatively(doc);
  // The fields' appearances are made with the form's own font; pdf-lib's default would add Helvetica.
  return Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity }));
}

/** Where the time of one print goes, for `npm run bench` (see `printPdfs`' `profile`). */
export type PrintPhase = 'page' | 'load' | 'fonts' | 'fit' | 'checks' | 'print' | 'finish' | 'write';

/** A worker's page, reused from one print to the next, and the files the current print loads. */
interface WorkerPage {
  page: Page;
  loaded: Set<string>;
  /** It holds a print page opened from disk, into which the next can be written (see printOne). */
  navigated: boolean;
}

async function openWorkerPage(browser: Browser): Promise<WorkerPage> {
  const worker: WorkerPage = { page: await browser.newPage(), loaded: new Set(), navigated: false };
  worker.page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('file:')) worker.loaded.add(fileURLToPath(url));
    else if (!url.startsWith('data:')) worker.loaded.add(url);
  });
  return worker;
}

async function printOne(worker: WorkerPage, job: PrintJob, phase: (name: PrintPhase) => void): Promise<PrintedPdf> {
  const started = performance.now();
  const { page } = worker;
  worker.loaded.clear();
  // The page is reused: a form is measured with the print styles, every other product as before.
  await page.emulateMediaType(job.form ? 'print' : undefined);
  const url = pathToFileURL(job.htmlFile).href;
  if (worker.navigated) {
    // The page written into the worker's document (document.open replaces
    // all of it: nothing of the previous print, its --kr-fit or its layout,
    // survives), with a <base> at its own address so that its style sheets,
    // fonts and images resolve as if it had been opened. A navigation costs
    // Chromium a new document and often a new renderer process: three times
    // the CPU of this, about 0.1 s a PDF.
    const html = readFileSync(job.htmlFile, 'utf8');
    if (!/<head>/i.test(html)) throw new Error(`${job.htmlFile}: the print page has no <head> to put its <base> in. Check its template in templates/print/.`);
    await page.setContent(html.replace(/<head>/i, `<head><base href="${url}">`), { waitUntil: 'load' });
  } else {
    // A worker's first print opens the file: a file:// document may load the
    // print folder's files, the page's first document (about:blank) may not.
    await page.goto(url, { waitUntil: 'load' });
    worker.navigated = true;
  }
  phase('load');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  phase('fonts');
  await page.evaluate(fitPanels);
  const sheets = job.form ? await page.evaluate(layOutSheets) : undefined;
  if (sheets?.tooTall) {
    throw new PrintCheckError(`${job.name}: a block is taller than a whole page and cannot move to the next one whole: ${sheets.tooTall}\n  fix: shorten that text in the locale.`);
  }
  phase('fit');
  const problems = await page.evaluate(findProblems, (MIN_FONT_PT * 96) / 72);
  phase('checks');
  if (problems.length > 0) {
    const lines = problems.slice(0, 8).map((p) => `  - ${p.panel}${p.step ? `, ${p.step}` : ''}: ${p.detail}`);
    throw new PrintCheckError(
      `${job.name}: the text does not fit (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n` +
        `  fix: shorten that text in the locale, or mark fewer items for the card (card: true in src/protocol/kindreflex.ts); ` +
        `text is never shrunk below ${MIN_FONT_PT} pt or cut off.`,
    );
  }
  const pdf = await page.pdf({
    width: `${job.paper.widthMm}mm`,
    height: `${job.paper.heightMm}mm`,
    printBackground: true,
    tagged: true,
    outline: job.outline ?? false,
  });
  phase('print');
  const fields = job.form ? await page.evaluate(measureFields) : undefined;
  if (sheets && pdfPageCount(Buffer.from(pdf)) !== sheets.sheets) {
    throw new Error(`${job.name}: the page was laid out on ${sheets.sheets} sheets, but Chromium printed ${pdfPageCount(Buffer.from(pdf))} pages; the form fields would be misplaced. Check the .kr-form__sheet size in templates/css/print.css.`);
  }
  const fixed = await finishPdf(pdf, job.paper, job.date, fields && { fields, font: loadFormFont() });
  phase('finish');
  await writeFile(job.pdfFile, fixed);
  phase('write');
  return { job, sitePath: job.sitePath, pages: pdfPageCount(fixed), bytes: fixed.length, ms: performance.now() - started, loaded: [...worker.loaded] };
}

/** Printing pages at once: one per core, at least two (one lays out while the other's PDF is written). */
export const defaultPrintConcurrency = () => Math.max(2, availableParallelism());

/**
 * How many pages print at once across the stages of one build, and which
 * stage goes first. The build gives the diagram page a core of its own while
 * the flowcharts the plan and poster wait for are drawn (one page prints
 * meanwhile), then prints a page per core, the plan and poster first.
 */
export class PrintSlots {
  // p-queue keeps the order (higher priority first, then in order of asking)
  // and the changeable capacity; a slot is a queued task that lasts until
  // its holder gives it back.
  readonly #queue: PQueue;

  constructor(capacity: number) {
    this.#queue = new PQueue({ concurrency: capacity });
  }

  setCapacity(capacity: number): void {
    this.#queue.concurrency = capacity;
  }

  /** Waits for a slot (the highest priority first, then in order of asking); call the returned function to give it back. */
  acquire(priority = 0): Promise<() => void> {
    return new Promise((granted) => {
      void this.#queue.add(() => new Promise<void>((release) => granted(() => release())), { priority });
    });
  }
}

/**
 * The pages prints are made in, kept from one print to the next and shared
 * by the build's print stages: a page's renderer process is started and
 * warmed by its first print (about 0.3 s of CPU), so a stage that starts
 * later prints in pages already warm. A page is lent to one print at a time.
 */
/** A page that is still open in a browser that is still running. */
const usable = (worker: WorkerPage) => !worker.page.isClosed() && worker.page.browser().connected;

export class PrintPages {
  readonly #idle: WorkerPage[] = [];
  readonly #open = new Set<WorkerPage>();

  /** An idle page that still works, or a new one in `getBrowser()`'s browser; `opened` says which. */
  async take(getBrowser: () => Promise<Browser>): Promise<{ worker: WorkerPage; opened: boolean }> {
    for (let worker = this.#idle.pop(); worker; worker = this.#idle.pop()) {
      if (usable(worker)) return { worker, opened: false };
      await this.discard(worker);
    }
    const worker = await openWorkerPage(await getBrowser());
    this.#open.add(worker);
    return { worker, opened: true };
  }

  /**
   * Opens pages now, up to `count` idle ones, each with `htmlFile` (a print
   * page) loaded, its style sheets and fonts with it: the next prints write
   * into warm pages instead of opening them (`--watch` between builds).
   */
  async prepare(getBrowser: () => Promise<Browser>, count: number, htmlFile: string): Promise<void> {
    const missing = count - this.#idle.filter(usable).length;
    const opened = await Promise.all(
      Array.from({ length: Math.max(0, missing) }, async () => {
        const worker = await openWorkerPage(await getBrowser());
        this.#open.add(worker);
        try {
          await worker.page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
          worker.navigated = true;
        } catch (error) {
          await this.discard(worker);
          throw error;
        }
        return worker;
      }),
    );
    this.#idle.push(...opened);
  }

  /** Gives a page back after a print that went well. */
  give(worker: WorkerPage): void {
    if (this.#open.has(worker)) this.#idle.push(worker);
  }

  /** Closes a page that failed: it is not trusted with the next print. */
  async discard(worker: WorkerPage): Promise<void> {
    this.#open.delete(worker);
    await worker.page.close().catch(() => {});
  }

  async close(): Promise<void> {
    const all = [...this.#open];
    this.#open.clear();
    this.#idle.length = 0;
    await Promise.all(all.map((worker) => worker.page.close().catch(() => {})));
  }
}

export interface PrintOptions {
  concurrency?: number;
  /** Slots shared with the build's other print stages (each print holds one), and this stage's priority among them. */
  slots?: PrintSlots;
  /** Pages shared with the build's other print stages; by default this call's own, closed when it ends. */
  pages?: PrintPages;
  priority?: number;
  log?: (line: string) => void;
  timeoutMs?: number;
  /** Called with each phase of each print and its time, for the bench's profile. */
  profile?: (phase: PrintPhase, ms: number) => void;
}

/**
 * Prints every job in the build's browser, `concurrency` pages at a time,
 * each worker reusing its page from one print to the next, reporting each
 * file as it is written. Each PDF is bounded in time and tried once more on
 * a hang or crash, in a new page (`getBrowser` gives a fresh browser if the
 * old one is gone).
 */
export async function printPdfs(
  getBrowser: () => Promise<Browser>,
  jobs: readonly PrintJob[],
  { concurrency = defaultPrintConcurrency(), slots, pages, priority = 0, log = () => {}, timeoutMs = PRINT_TIMEOUT_MS, profile }: PrintOptions = {},
): Promise<PrintedPdf[]> {
  const results: PrintedPdf[] = [];
  const pool = pages ?? new PrintPages();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const release = await slots?.acquire(priority);
      // The page of this job's attempt that timed out, if one did: still at it.
      let hung: WorkerPage | undefined;
      const printed = await withRetry(
        `printing ${job.name}`,
        async () => {
          let last = performance.now();
          const phase = (name: PrintPhase) => {
            const now = performance.now();
            profile?.(name, now - last);
            last = now;
          };
          // Closed, so that its print stops and cannot write the file after the retry's.
          if (hung) await pool.discard(hung);
          const { worker: current, opened } = await pool.take(getBrowser);
          hung = current;
          if (opened) phase('page');
          try {
            const done = await printOne(current, job, phase);
            if (hung === current) hung = undefined;
            pool.give(current);
            return done;
          } catch (error) {
            if (hung === current) hung = undefined;
            // A page that failed is not trusted with the next print.
            if ((error as { retry?: boolean }).retry !== false) await pool.discard(current);
            else pool.give(current);
            throw error;
          }
        },
        { timeoutMs, log },
      ).finally(() => release?.());
      results.push(printed);
      log(`pdf ${results.length}/${jobs.length}: ${job.name} (${Math.round(printed.bytes / 1024)} KB, ${Math.round(printed.ms)} ms)`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  } finally {
    if (!pages) await pool.close();
  }
  return jobs.map((job) => results.find((r) => r.job === job)!);
}
