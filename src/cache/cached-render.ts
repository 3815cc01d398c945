// The build's renderers behind the render cache: a file whose key is stored
// is copied from the store; the others are rendered (all in one call, so the
// browser is started only when something is missing) and stored.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder } from './files.mjs';
import type { DiagramRequest, PrintedPdf, PrintJob, RenderedDiagram } from './render-jobs.ts';
import { pdfPageCount } from '../pdf/page-count.ts';
import type { RenderCache } from './render-cache.ts';
import { digest, renderKey, type RenderEnvironment } from './render-key.ts';

export interface CacheUse {
  cache: RenderCache;
  environment: RenderEnvironment;
  log: (line: string) => void;
}

/** How many files of one kind were rendered and how many reused, and each file's key. */
export interface RenderCount {
  rendered: number;
  reused: number;
  /** Key per diagram id or PDF site path: what a test compares between two inputs. */
  keys: Record<string, string>;
}

export function diagramKey(environment: RenderEnvironment, diagram: DiagramRequest): string {
  // The id seeds Mermaid's deterministic ids, so it is an input like the
  // source. A restyled diagram's layout is the other drawing's: its source,
  // configuration and id are inputs too.
  return renderKey('svg', environment, {
    id: diagram.id,
    source: diagram.source,
    config: JSON.stringify(diagram.config),
    ...(diagram.layoutOf ? { layoutOf: JSON.stringify(diagram.layoutOf) } : {}),
  });
}

/** Whether every diagram is in the cache (the build then draws none, and can wait for them before printing). */
export function allDiagramsCached(sources: readonly DiagramRequest[], { cache, environment }: CacheUse): boolean {
  return sources.every((source) => cache.has(diagramKey(environment, source)));
}

export async function cachedDiagrams<D extends DiagramRequest>(
  sources: readonly D[],
  render: (sources: readonly D[]) => Promise<RenderedDiagram[]>,
  { cache, environment }: CacheUse,
): Promise<{ rendered: RenderedDiagram[]; count: RenderCount }> {
  const keys = new Map(sources.map((s) => [s.id, diagramKey(environment, s)]));
  const found = new Map<string, RenderedDiagram>();
  for (const source of sources) {
    const bytes = cache.get(keys.get(source.id)!);
    if (bytes) found.set(source.id, { id: source.id, svg: bytes.toString('utf8'), ms: 0 });
  }
  const missing = sources.filter((s) => !found.has(s.id));
  const fresh = missing.length > 0 ? await render(missing) : [];
  for (const diagram of fresh) {
    cache.put(keys.get(diagram.id)!, Buffer.from(diagram.svg, 'utf8'));
    found.set(diagram.id, diagram);
  }
  return {
    rendered: sources.map((s) => found.get(s.id)!),
    count: { rendered: fresh.length, reused: sources.length - fresh.length, keys: Object.fromEntries(keys) },
  };
}

/**
 * Digest of every file of the print folder a print page can load: all but
 * the pages (style sheets, fonts, images, QR codes). A page's own HTML is
 * in its own key; another page's HTML is nothing it loads (checked after
 * each print, see `uncovered`).
 */
export function printAssets(printDir: string): { digest: string; files: Set<string> } {
  const files = filesUnder(printDir).filter((file) => !file.endsWith('.html'));
  return { digest: digest(files.map((file) => [relative(printDir, file).split(sep).join('/'), readFileSync(file)])), files: new Set(files) };
}

export function pdfKey(environment: RenderEnvironment, printDir: string, assets: string, job: PrintJob): string {
  // The whole job is an input (paper, date, outline, and whatever a job
  // gains later), its absolute paths made relative so that the same build in
  // another folder finds the same key.
  const { htmlFile, pdfFile: _pdfFile, ...rest } = job;
  const page = relative(printDir, htmlFile).split(sep).join('/');
  return renderKey('pdf', environment, { page, html: readFileSync(htmlFile), assets, job: JSON.stringify(rest) });
}

/**
 * The files a print loaded that its key does not cover: anything but its
 * own page and the print folder's files its key was made with (so not a
 * file outside it, an address that is no file, another page's HTML, or a
 * file written since). Such a PDF is not stored.
 */
export function uncovered(assets: ReadonlySet<string>, job: PrintJob, loaded: readonly string[]): string[] {
  return loaded.filter((file) => file !== job.htmlFile && !assets.has(file));
}

export async function cachedPdfs(
  jobs: readonly PrintJob[],
  printDir: string,
  print: (jobs: readonly PrintJob[]) => Promise<PrintedPdf[]>,
  { cache, environment, log }: CacheUse,
): Promise<{ printed: PrintedPdf[]; count: RenderCount }> {
  const assets = printAssets(printDir);
  const keys = new Map(jobs.map((job) => [job, pdfKey(environment, printDir, assets.digest, job)]));
  const found = new Map<PrintJob, PrintedPdf>();
  for (const job of jobs) {
    const started = performance.now();
    const bytes = cache.get(keys.get(job)!);
    if (!bytes) continue;
    writeFileSync(job.pdfFile, bytes);
    found.set(job, { job, sitePath: job.sitePath, pages: pdfPageCount(bytes), bytes: bytes.length, ms: performance.now() - started, reused: true });
  }
  const missing = jobs.filter((job) => !found.has(job));
  const fresh = missing.length > 0 ? await print(missing) : [];
  for (const printed of fresh) {
    found.set(printed.job, printed);
    const outside = uncovered(assets.files, printed.job, printed.loaded ?? []);
    if (outside.length > 0) {
      log(`cache: not storing ${printed.job.name}: it loaded ${outside.join(', ')}, which its key does not cover`);
      continue;
    }
    cache.put(keys.get(printed.job)!, readFileSync(printed.job.pdfFile));
  }
  return {
    printed: jobs.map((job) => found.get(job)!),
    count: { rendered: fresh.length, reused: jobs.length - fresh.length, keys: Object.fromEntries(jobs.map((job) => [job.sitePath, keys.get(job)!])) },
  };
}
