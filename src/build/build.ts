// The pipeline: validate → diagrams and PDFs → site, into a staging folder
// swapped into `output/` only when every stage succeeded.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { loadPuppeteer } from '../browser/launch.ts';
import { browserSession, type BrowserSession } from '../browser/session.ts';
import { withRetry } from '../browser/retry.ts';
import type { RenderedDiagram } from '../browser/render-diagrams.ts';
import { embeddedFontCss } from '../fonts/embedded-css.ts';
import { diagramSources, THEME_NAMES, withDiagrams, type DiagramSource } from '../views/flowchart-page.ts';
import { flowchartThemes, type FlowchartThemeName } from '../views/flowchart-themes.ts';
import { defaultPrintConcurrency, printPdfs, PrintSlots, type PrintedPdf, type PrintJob } from '../browser/print-pdf.ts';
import { FORM_PRODUCTS, PAPER, withPrintDiagrams, type PrintPageView } from '../views/print.ts';
import { kindreflexPublication } from '../sectors/index.ts';
import { withDownloads } from './downloads.ts';
import { withBuildLock } from './lock.ts';
import { buildCommit, writeManifest } from './manifest.ts';
import { pagePaths, preparePublication, printPages, printPartWith, sitePart, type Publication, type PublicationInput } from './publication.ts';
import { registerTypeScript } from '../site/register-typescript.ts';
import { compiledCode } from './compiled.ts';
import { siteAssets } from '../site/assets.ts';
import { buildInto } from './swap.ts';
import { allDiagramsCached, cachedDiagrams, cachedPdfs, type CacheUse, type RenderCount } from '../cache/cached-render.ts';
import { renderEnvironment, SRC } from '../cache/environment.ts';
import { defaultCacheDir, defaultMaxBytes, openRenderCache } from '../cache/render-cache.ts';
import { inputStamp, knownComplete, rememberComplete, stampFile } from './early-start.ts';
import { eleventyInputs, runEleventy, type EleventyCache } from './eleventy-run.ts';

export interface BuildOptions extends PublicationInput {
  /** The project root: where eleventy.config.ts and templates/ are. */
  root?: string;
  /** Where the finished build goes (default `<root>/output`). */
  outDir?: string;
  log?: (line: string) => void;
  /**
   * Renders the diagrams; by default in a browser launched for this build
   * and closed after. Tests that must not start a browser pass a stand-in.
   */
  renderDiagrams?: (sources: readonly DiagramSource[]) => Promise<RenderedDiagram[]>;
  /** Prints the PDFs; by default in the build's browser. Tests that must not start a browser pass a stand-in. */
  printPdfs?: (jobs: readonly PrintJob[]) => Promise<PrintedPdf[]>;
  /**
   * The render cache folder (src/cache), or `false` to neither read nor
   * write it (`--no-cache`). By default KINDREFLEX_CACHE_DIR or
   * `<root>/node_modules/.cache/kindreflex`, with the build's own renderers
   * only: a stand-in's files are cached only in a folder given here, under
   * keys of their own.
   */
  cache?: string | false;
  /**
   * The browser session to render in, kept open afterwards: `--watch` hands
   * every rebuild the same one (src/build/watch.ts). By default the build
   * has a session of its own, closed when it ends.
   */
  session?: BrowserSession;
}

export interface BuildResult {
  outDir: string;
  publication: Publication;
  /** Site files written, relative to `outDir`. */
  files: string[];
  /** How long each stage took, for `npm run bench`; costs nothing to collect. */
  timings: BuildTimings;
}

export interface BuildTimings {
  /** Validation and preparation of every view model. */
  prepareMs: number;
  /** Diagram rendering, the browser's start included; `diagramMs` is each diagram's own time. */
  diagramsMs: number;
  diagramMs: number[];
  /** Eleventy's first run: the print pages. */
  printPagesMs: number;
  /** Printing every PDF; `pdfs` has each file's own time (they print a few at a time). */
  pdfsMs: number;
  pdfs: { name: string; ms: number; bytes: number }[];
  /** Eleventy's second run: the site. */
  siteMs: number;
  totalMs: number;
  /** Browsers this build launched: one, none with stand-ins, none when the render cache had every file. */
  browserLaunches: number;
  /** Files rendered and reused from the render cache, per kind (all rendered without the cache). */
  diagrams: RenderCount;
  pdfFiles: RenderCount;
  /** Eleventy's runs: made, and written from the render cache (src/build/eleventy-run.ts). */
  eleventyRuns: RenderCount;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Moves `paths` (files or folders, relative) from the folder `from` into `to`, then removes `from` with whatever else it held. */
function moveInto(from: string, to: string, paths: readonly string[]): void {
  for (const path of paths) {
    mkdirSync(dirname(join(to, path)), { recursive: true });
    renameSync(join(from, path), join(to, path));
  }
  rmSync(from, { recursive: true, force: true });
}

/** The folders a build reads and writes, from its options and their defaults. */
export function buildFolders(options: BuildOptions = {}) {
  const root = options.root ?? process.cwd();
  return {
    root,
    outDir: options.outDir ?? join(root, 'output'),
    // A stand-in's files are cached only in a folder given explicitly, under keys of their own (see cacheFor in build()).
    cacheDir: options.cache ?? defaultCacheDir(root),
    localesDir: options.localesDir ?? options.definition?.localesDir ?? join(root, 'locales'),
    editionsDir: options.editionsDir ?? options.definition?.editionsDir ?? join(root, 'editions'),
  };
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const { root, outDir, cacheDir, localesDir, editionsDir } = buildFolders(options);
  const log = options.log ?? (() => {});

  const started = performance.now();
  // One browser for the whole build, launched when the first diagram or PDF
  // needs it. A build that will most likely need it starts it (with Mermaid
  // loaded in its diagram page) now, while this core reads and checks the
  // inputs: a build without the cache, or one whose inputs changed since the
  // cache last held all of a build's files (src/build/early-start.ts).
  // A session handed in (--watch) stays open, and may be running already.
  const session = options.session ?? browserSession();
  const ownSession = !options.session;
  const launchesBefore = session.launches();
  const usesBefore = session.uses();
  const launches = () => session.launches() - launchesBefore;
  const ownRenderers = !options.renderDiagrams && !options.printPdfs;
  const stamp = cacheDir && ownRenderers ? buildInputStamp(root, localesDir, editionsDir, options) : undefined;
  const startEarly = options.cache === false
    ? !(options.renderDiagrams && options.printPdfs)
    : stamp !== undefined && cacheDir !== false && !knownComplete(stampFile(cacheDir), stamp);
  if (startEarly) {
    if (options.cache !== false && launchesBefore === 0) log('inputs changed since the render cache was last complete: starting the browser now');
    // Loaded before the inputs are checked, so Chromium starts on the other core meanwhile.
    await loadPuppeteer();
    if (options.renderDiagrams) session.start();
    else void session.warm();
  }
  try {
    // Asked first, while the inputs are read and checked: the browser's version
    // and the system's fonts are process calls, and finding the browser loads Puppeteer.
    const environment = options.cache === false || (options.cache === undefined && options.renderDiagrams && options.printPdfs)
      ? undefined
      : renderEnvironment(cacheDir || undefined);
    environment?.catch(() => {});
    const assets = await siteAssets(join(root, 'templates'));
    const validated = preparePublication({
      ...options,
      assets,
      localesDir,
      editionsDir,
    });
    const prepareMs = performance.now() - started;
    log(`validated: ${pagePaths(validated).length} pages (${Math.round(prepareMs)} ms)`);

    // Eleventy imports the templates: as TypeScript through tsx, or compiled (src/build/compiled.ts).
    if (!compiledCode()) registerTypeScript();
    const { id, version, published } = (options.definition ?? kindreflexPublication).protocol;
    const cacheFor = async (standIn: boolean): Promise<CacheUse | undefined> => {
      if (!environment || cacheDir === false || (standIn && options.cache === undefined)) return undefined;
      return {
        cache: openRenderCache(cacheDir, { maxBytes: defaultMaxBytes() }),
        environment: standIn ? { ...(await environment), renderer: 'stand-in' } : await environment,
        log,
      };
    };
    const lockFile = join(dirname(outDir), `.${basename(outDir)}.lock`);
    const result = await withBuildLock(lockFile, () => buildInto(outDir, async (staging) => {
      const render =
        options.renderDiagrams ??
        ((sources) =>
          withRetry('rendering the flowcharts', () => session.renderDiagrams(sources), {
            // Generous: the cards print on the other core meanwhile, and the machine may be shared.
            timeoutMs: 60_000 + 10_000 * sources.length,
            log,
          }));
      // A page per core prints at once, across both print stages; while the
      // flowcharts the plan and poster wait for are drawn, one page prints and
      // the diagram page has the other core (it is the longer path).
      const slots = new PrintSlots(defaultPrintConcurrency());
      // The pages print in, shared by both stages (closed with the browser).
      const pages = session.pages;
      const printWith = (priority: number) =>
        options.printPdfs ?? ((jobs: readonly PrintJob[]) => printPdfs(session.browser, jobs, { log, slots, pages, priority }));
      const diagramCache = await cacheFor(Boolean(options.renderDiagrams));
      const pdfCache = await cacheFor(Boolean(options.printPdfs));
      const printDir = join(staging, 'print');
      const siteDir = join(staging, 'site');
      // Three things at once on two cores: the print flowcharts are drawn
      // first (with the screen ones, whose layout they restyle), and the
      // pages that show them (plan, poster) print as soon as they are; the
      // pages that show none (cards, sheets, checklists) print from the
      // start; the projector flowcharts are drawn last.
      let printPagesMs = 0;
      let pdfsMs = 0;
      // Eleventy runs one at a time. A later run writes into a folder of its
      // own, whose pages are then moved in: it would otherwise copy the style
      // sheets and fonts again into the print folder, under pages being printed.
      // What each run writes is kept in the render cache (src/build/eleventy-run.ts).
      const cacheUse = diagramCache ?? pdfCache;
      const pagesCache: EleventyCache | undefined = cacheUse && { cache: cacheUse.cache, inputs: eleventyInputs(root) };
      const eleventyRunCount: RenderCount = { rendered: 0, reused: 0, keys: {} };
      const eleventy = async (outputDir: string, part: Publication) => {
        const { reused } = await runEleventy(root, outputDir, part, pagesCache);
        if (reused) eleventyRunCount.reused++;
        else eleventyRunCount.rendered++;
      };
      let eleventyRuns = Promise.resolve();
      const printViews = async (part: Publication, own?: string, priority = 0) => {
        const pagesStarted = performance.now();
        const run = eleventyRuns.then(async () => {
          if (!own) return eleventy(printDir, part);
          await eleventy(own, part);
          moveInto(own, printDir, printPages(part).map((view) => view.path));
        });
        eleventyRuns = run.catch(() => {});
        await run;
        printPagesMs += performance.now() - pagesStarted;
        const pdfsStarted = performance.now();
        const result = await printProducts(printPages(part), validated.published, printDir, siteDir, printWith(priority), log, pdfCache);
        pdfsMs += performance.now() - pdfsStarted;
        return result;
      };
      const diagramsStarted = performance.now();
      let diagramsMs = 0;
      const drawDiagrams = (publication: Publication, themes: readonly FlowchartThemeName[] = THEME_NAMES) =>
        withRenderedDiagrams(publication, render, log, diagramCache, themes).finally(() => void (diagramsMs = performance.now() - diagramsStarted));
      let drawn: Awaited<ReturnType<typeof drawDiagrams>>;
      let printed: PrintedPdf[];
      let pdfFiles: RenderCount;
      if (diagramCache && allDiagramsCached(diagramSources(validated.flowcharts), diagramCache)) {
        // Nothing to draw. The print pages are made in the same two runs as
        // when the diagrams are drawn, with the same parts of the publication:
        // the runs a build that drew stored are the runs this one finds.
        drawn = await drawDiagrams(validated);
        const [early, lateDone] = await settleAll([
          printViews(printPartWith(validated, false)),
          printViews(printPartWith(drawn.publication, true), join(staging, 'print-late'), 1),
        ] as const);
        printed = [...early.printed, ...lateDone.printed];
        pdfFiles = sumCounts(early.count, lateDone.count);
      } else {
        slots.setCapacity(1);
        const firstThemes = THEME_NAMES.filter((theme) => theme === 'print' || theme === flowchartThemes.print.layoutOf);
        const printDrawn = drawDiagrams(validated, firstThemes).finally(() => slots.setCapacity(defaultPrintConcurrency()));
        const others = printDrawn.then((first) => drawDiagrams(first.publication, THEME_NAMES.filter((theme) => !firstThemes.includes(theme))));
        const late = printDrawn.then((first) => printViews(printPartWith(first.publication, true), join(staging, 'print-late'), 1));
        const [first, second, early, lateDone] = await settleAll([printDrawn, others, printViews(printPartWith(validated, false)), late] as const);
        drawn = {
          publication: second.publication,
          diagramMs: [...first.diagramMs, ...second.diagramMs],
          count: sumCounts(first.count, second.count),
        };
        printed = [...early.printed, ...lateDone.printed];
        pdfFiles = sumCounts(early.count, lateDone.count);
      }
      const { publication: withSvgs, diagramMs, count: diagrams } = drawn;
      const publication = withDownloads(withSvgs, printed);
      // Everything is rendered: the browser closes while Eleventy writes the site (a session handed in stays open).
      const browserClosed = ownSession ? session.close() : Promise.resolve();

      const siteStarted = performance.now();
      // Into a folder of its own (the site folder holds the PDFs), then moved in.
      const sitePages = join(staging, 'site-pages');
      await eleventy(sitePages, sitePart(publication));
      moveInto(sitePages, siteDir, listFiles(sitePages));
      const files = listFiles(staging);
      const expected = [
        ...pagePaths(publication).map((path) => `site/${path}index.html`),
        ...publication.flowcharts.flatMap((page) => Object.values(page.diagrams).map((d) => `site/${page.path}${d.file}`)),
        ...printPages(publication).map((view) => `site/${view.pdf}`),
        ...Object.values(assets.names).map((file) => `site/${file}`),
        'site/sitemap.xml',
        'site/robots.txt',
      ];
      const missing = expected.filter((file) => !files.includes(file));
      if (missing.length > 0) {
        throw new Error(`the build did not write ${missing.join(', ')}. Check the templates in templates/ and their permalinks.`);
      }
      const siteMs = performance.now() - siteStarted;
      log(`site: ${files.length} files (${Math.round(siteMs)} ms)`);
      await browserClosed;
      log(`pages: ${eleventyRunCount.rendered + eleventyRunCount.reused} Eleventy runs, ${eleventyRunCount.reused} from the render cache`);
      log(ownSession || launches() > 0
        ? `browser: ${launches()} launched${launches() > 0 && session.uses() === usesBefore ? ', not needed (every file was in the render cache)' : ''}`
        : `browser: ${session.uses() > usesBefore ? 'the running one' : 'not needed'}`);
      const rendered = diagrams.rendered + pdfFiles.rendered;
      const reused = diagrams.reused + pdfFiles.reused;
      const cache = diagramCache ?? pdfCache;
      log(cache
        ? `render cache: ${rendered} file${rendered === 1 ? '' : 's'} rendered, ${reused} reused (${cache.cache.dir})`
        : `render cache: not used, ${rendered} files rendered`);
      if (cache) {
        const dropped = cache.cache.prune();
        if (dropped > 0) log(`render cache: dropped the ${dropped} least recently used entries to stay under its size`);
      }
      writeManifest(staging, { id, version, published }, buildCommit(root));
      const pdfs = printed.map((p) => ({ name: p.job.name, ms: p.ms, bytes: p.bytes }));
      const timings: BuildTimings = {
        prepareMs, diagramsMs, diagramMs, printPagesMs, pdfsMs, pdfs, siteMs,
        totalMs: performance.now() - started,
        browserLaunches: launches(),
        diagrams,
        pdfFiles,
        eleventyRuns: eleventyRunCount,
      };
      return { outDir, publication, files, timings };
    }), { log });
    // The cache now holds every file of a build from these inputs: the next one with the same stamp starts no browser early.
    if (stamp && cacheDir) rememberComplete(stampFile(cacheDir), stamp);
    return result;
  } finally {
    if (ownSession) await session.close();
  }
}

/**
 * The inputs a build reads, as the file system describes them (see
 * early-start.ts): the templates, the code, the configuration, the Dutch
 * text and translations, the editions, a definition given in code, and the
 * variables that choose the browser and the cache.
 */
function buildInputStamp(root: string, localesDir: string, editionsDir: string, options: BuildOptions): string {
  const paths = [join(root, 'templates'), SRC, join(root, 'eleventy.config.ts'), join(root, 'package-lock.json'), join(root, 'publication.config.json'), localesDir, editionsDir];
  const variables = Object.entries(process.env).filter(([name]) => name.startsWith('KINDREFLEX_') || name.startsWith('PUPPETEER_')).sort();
  return inputStamp(paths, JSON.stringify({ variables, siteUrl: options.siteUrl, definition: options.definition ?? null }));
}

/** The print job of one print page: its HTML in `printDir`, its PDF at its site path under `pdfDir`. */
export function printJobOf(view: PrintPageView, published: string, printDir: string, pdfDir: string): PrintJob {
  return {
    htmlFile: join(printDir, view.path, 'index.html'),
    pdfFile: join(pdfDir, view.pdf),
    sitePath: view.pdf,
    paper: PAPER[view.product],
    name: `${view.product} ${view.sector}/${view.lang}`,
    outline: view.product === 'plan',
    ...(FORM_PRODUCTS.has(view.product) ? { form: true } : {}),
    date: published,
  };
}

/** Prints the print pages to their PDFs inside the site, and returns what was printed. */
async function printProducts(
  views: readonly PrintPageView[],
  published: string,
  printDir: string,
  siteDir: string,
  print: (jobs: readonly PrintJob[]) => Promise<PrintedPdf[]>,
  log: (line: string) => void,
  cache: CacheUse | undefined,
): Promise<{ printed: PrintedPdf[]; count: RenderCount }> {
  const jobs = views.map((view) => printJobOf(view, published, printDir, siteDir));
  if (jobs.length === 0) return { printed: [], count: { rendered: 0, reused: 0, keys: {} } };
  for (const job of jobs) mkdirSync(dirname(job.pdfFile), { recursive: true });
  const started = performance.now();
  const { printed, count } = cache
    ? await cachedPdfs(jobs, printDir, print, cache)
    : { printed: await print(jobs), count: { rendered: jobs.length, reused: 0, keys: {} } };
  log(`pdfs (${[...new Set(views.map((v) => v.product))].join(', ')}): ${count.rendered} printed, ${count.reused} reused (${Math.round(performance.now() - started)} ms)`);
  return { printed, count };
}

/**
 * Waits for every task, and then throws the first failure: a stage that
 * failed must not leave another writing into a staging folder being removed.
 */
async function settleAll<T extends readonly unknown[]>(tasks: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(tasks);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

function sumCounts(a: RenderCount, b: RenderCount): RenderCount {
  return { rendered: a.rendered + b.rendered, reused: a.reused + b.reused, keys: { ...a.keys, ...b.keys } };
}

/** The publication with its flowcharts in `themes` rendered (in the build's one browser); those drawn before are kept. */
async function withRenderedDiagrams(
  publication: Publication,
  render: (sources: readonly DiagramSource[]) => Promise<RenderedDiagram[]>,
  log: (line: string) => void,
  cache: CacheUse | undefined,
  themes: readonly FlowchartThemeName[],
): Promise<{ publication: Publication; diagramMs: number[]; count: RenderCount }> {
  const sources = diagramSources(publication.flowcharts).filter((source) => themes.includes(source.theme));
  if (sources.length === 0) return { publication, diagramMs: [], count: { rendered: 0, reused: 0, keys: {} } };
  const started = performance.now();
  const { rendered, count } = cache
    ? await cachedDiagrams(sources, render, cache)
    : { rendered: await render(sources), count: { rendered: sources.length, reused: 0, keys: {} } };
  const each = rendered.filter((d) => d.ms > 0).map((d) => d.ms).sort((a, b) => a - b);
  log(
    `diagrams (${themes.join(', ')}): ${count.rendered} rendered, ${count.reused} reused` +
      (each.length > 0 ? `, ${Math.round(each[Math.floor(each.length / 2)]!)} ms per diagram (median)` : '') +
      `, ${Math.round(performance.now() - started)} ms in all`,
  );
  const svgById = new Map(rendered.map((d) => [d.id, d.svg]));
  return {
    publication: {
      ...publication,
      flowcharts: withDiagrams(publication.flowcharts, svgById),
      planPrints: withPrintDiagrams(publication.planPrints, svgById),
      posters: withPrintDiagrams(publication.posters, svgById),
      diagramFontCss: embeddedFontCss(),
    },
    diagramMs: rendered.filter((d) => d.ms > 0).map((d) => d.ms),
    count,
  };
}
