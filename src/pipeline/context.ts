// What every stage of a build shares: its folders and options, the log, the
// browser session, the render cache (for diagrams, PDFs and Eleventy's runs),
// the print slots, Eleventy's one-at-a-time queue and the timings recorder.
// Opened once per build (`openBuild`), closed in a `finally` (`closeBuild`).
import { basename, dirname, join } from 'node:path';
import { loadPuppeteer } from '../browser/launch.ts';
import { browserSession, type BrowserSession } from '../browser/session.ts';
import { defaultPrintConcurrency, PrintSlots } from '../browser/print-pdf.ts';
import type { CacheUse } from '../cache/cached-render.ts';
import { SRC } from '../cache/environment.ts';
import { renderEnvironment } from '../browser/render-environment.ts';
import { defaultCacheDir, defaultMaxBytes, openRenderCache } from '../cache/render-cache.ts';
import { PRODUCTS, type Product } from '../products/registry.ts';
import type { BuildOptions } from './build.ts';
import { inputStamp, knownComplete, rememberComplete, stampFile } from '../cache/input-stamps.ts';
import { EleventyRuns } from './eleventy-run.ts';
import { Timings } from './timings.ts';

/** The folders a build reads and writes, from its options and their defaults. */
export function buildFolders(options: BuildOptions = {}) {
  const root = options.root ?? process.cwd();
  return {
    root,
    outDir: options.outDir ?? join(root, 'output'),
    // A stand-in's files are cached only in a folder given explicitly, under keys of their own (see openCaches).
    cacheDir: options.cache ?? defaultCacheDir(root),
    localesDir: options.localesDir ?? options.definition?.localesDir ?? join(root, 'locales'),
    editionsDir: options.editionsDir ?? options.definition?.editionsDir ?? join(root, 'editions'),
    releasesDir: options.releasesDir ?? options.definition?.releasesDir ?? join(root, 'releases'),
  };
}

export interface Caches {
  /** For the diagrams, the PDFs: a stand-in renderer's under keys of its own. */
  diagrams?: CacheUse;
  pdfs?: CacheUse;
}

export interface BuildContext {
  options: BuildOptions;
  folders: ReturnType<typeof buildFolders>;
  products: readonly Product[];
  log: (line: string) => void;
  session: BrowserSession;
  /** Whether the build launched its session (and closes it), or was handed one (--watch). */
  ownSession: boolean;
  /** The session's launches and uses before this build. */
  launchesBefore: number;
  usesBefore: number;
  /** The render cache, opened once the environment's versions are known. */
  caches: Promise<Caches>;
  /** A page per core prints at once, across every print stage. */
  slots: PrintSlots;
  eleventy: EleventyRuns;
  timings: Timings;
  /** What the inputs looked like, for the early start of the next build (src/cache/input-stamps.ts). */
  stamp?: string;
  lockFile: string;
}

/** Opens a build: its folders, its browser session (started now if it will most likely be needed), its render cache. */
export async function openBuild(options: BuildOptions): Promise<BuildContext> {
  const timings = new Timings();
  const folders = buildFolders(options);
  const log = options.log ?? (() => {});
  const session = options.session ?? browserSession();
  const ownRenderers = !options.renderDiagrams && !options.printPdfs;
  const stamp = folders.cacheDir && ownRenderers ? buildInputStamp(folders, options) : undefined;
  const caches = openCaches(options, folders.cacheDir, log);
  const context: BuildContext = {
    options,
    folders,
    products: options.products ?? PRODUCTS,
    log,
    session,
    ownSession: !options.session,
    launchesBefore: session.launches(),
    usesBefore: session.uses(),
    caches,
    slots: new PrintSlots(defaultPrintConcurrency()),
    // What each of Eleventy's runs writes is kept in the render cache too.
    eleventy: new EleventyRuns(folders.root, caches.then(({ diagrams, pdfs }) => (diagrams ?? pdfs)?.cache)),
    timings,
    ...(stamp ? { stamp } : {}),
    lockFile: join(dirname(folders.outDir), `.${basename(folders.outDir)}.lock`),
  };
  await startBrowserEarly(context);
  return context;
}

/**
 * One browser for the whole build, launched when the first diagram or PDF
 * needs it. A build that will most likely need it starts it (with Mermaid
 * loaded in its diagram page) now, while this core reads and checks the
 * inputs: a build without the cache, or one whose inputs changed since the
 * cache last held all of a build's files (src/cache/input-stamps.ts).
 * A session handed in (--watch) stays open, and may be running already.
 */
async function startBrowserEarly({ options, folders, stamp, session, launchesBefore, log }: BuildContext): Promise<void> {
  const startEarly = options.cache === false
    ? !(options.renderDiagrams && options.printPdfs)
    : stamp !== undefined && folders.cacheDir !== false && !knownComplete(stampFile(folders.cacheDir), stamp);
  if (!startEarly) return;
  if (options.cache !== false && launchesBefore === 0) log('inputs changed since the render cache was last complete: starting the browser now');
  // Loaded before the inputs are checked, so Chromium starts on the other core meanwhile.
  await loadPuppeteer();
  if (options.renderDiagrams) session.start();
  else void session.warm();
}

/**
 * The render cache for this build's renderers. Its environment is asked
 * first, while the inputs are read and checked: the browser's version and
 * the system's fonts are process calls, and finding the browser loads
 * Puppeteer. A stand-in's files are cached only in a folder given
 * explicitly (`options.cache`), under keys of their own.
 */
function openCaches(options: BuildOptions, cacheDir: string | false, log: (line: string) => void): Promise<Caches> {
  const standIns = Boolean(options.renderDiagrams && options.printPdfs);
  if (options.cache === false || cacheDir === false || (options.cache === undefined && standIns)) return Promise.resolve({});
  const environment = renderEnvironment(cacheDir);
  const caches = (async () => {
    const cache = openRenderCache(cacheDir, { maxBytes: defaultMaxBytes() });
    const use = async (standIn: boolean): Promise<CacheUse | undefined> =>
      standIn && options.cache === undefined ? undefined : { cache, environment: standIn ? { ...(await environment), renderer: 'stand-in' } : await environment, log };
    const [diagrams, pdfs] = await Promise.all([use(Boolean(options.renderDiagrams)), use(Boolean(options.printPdfs))]);
    return { ...(diagrams ? { diagrams } : {}), ...(pdfs ? { pdfs } : {}) };
  })();
  caches.catch(() => {});
  return caches;
}

/** The render cache this build uses, if any: for Eleventy's runs and the log. */
export async function usedCache(context: BuildContext): Promise<CacheUse | undefined> {
  const { diagrams, pdfs } = await context.caches;
  return diagrams ?? pdfs;
}

/** Browsers this build launched. */
export const launches = (context: BuildContext) => context.session.launches() - context.launchesBefore;

/** Closes what the build opened: its own browser session (one handed in stays open). */
export async function closeBuild(context: BuildContext): Promise<void> {
  if (context.ownSession) await context.session.close();
}

/** The cache now holds every file of a build from these inputs: the next one with the same stamp starts no browser early. */
export function rememberInputs({ stamp, folders }: BuildContext): void {
  if (stamp && folders.cacheDir) rememberComplete(stampFile(folders.cacheDir), stamp);
}

/**
 * The inputs a build reads, as the file system describes them (see
 * src/cache/input-stamps.ts): the templates, the code, the configuration, the Dutch
 * text and translations, the editions, a definition given in code, and the
 * variables that choose the browser and the cache.
 */
function buildInputStamp({ root, localesDir, editionsDir, releasesDir }: ReturnType<typeof buildFolders>, options: BuildOptions): string {
  const paths = [join(root, 'templates'), SRC, join(root, 'eleventy.config.ts'), join(root, 'package-lock.json'), join(root, 'publication.config.json'), localesDir, editionsDir, releasesDir];
  const variables = Object.entries(process.env).filter(([name]) => name.startsWith('KINDREFLEX_') || name.startsWith('PUPPETEER_')).sort();
  return inputStamp(paths, JSON.stringify({ variables, siteUrl: options.siteUrl, definition: options.definition ?? null }), root);
}

