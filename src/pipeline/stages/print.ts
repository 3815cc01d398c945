// Stage 3, print: makes print pages with Eleventy and prints them to their
// files in the site (in the build's browser, or from the render cache).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { printPdfs, type PrintedPdf, type PrintJob } from '../../browser/print-pdf.ts';
import { cachedPdfs, type RenderCount } from '../../cache/cached-render.ts';
import { productOf, type PdfProduct } from '../../products/registry.ts';
import type { PrintPageView } from '../../views/print.ts';
import { NOTHING_RENDERED, type Rendered } from '../../views/rendered.ts';
import type { BuildContext } from '../context.ts';
import { printRunPart, type Publication } from '../publication.ts';
import { moveInto, type StagingFolders } from '../staging.ts';
import { packFiles, type PackedFile } from './package.ts';

export interface Printed {
  printed: PrintedPdf[];
  /** The packages zipped from the run's package pages. */
  packed: PackedFile[];
  count: RenderCount;
}

export interface PrintRun {
  /** The print pages to make and print. */
  prints: PrintPageView[];
  /** The SVGs drawn so far, by diagram id: the pages show theirs. */
  svgs: ReadonlyMap<string, string>;
  /** Eleventy's output folder: the print folder for the first run, a folder of its own for a later one. */
  folder: string;
  /** The print queue's priority: higher prints first. */
  priority: number;
}

/** Makes the print pages of `run` and prints them. */
export async function print(context: BuildContext, publication: Publication, run: PrintRun, out: StagingFolders): Promise<Printed> {
  await context.timings.sum('printPagesMs', () => makePrintPages(context, publication, run, out));
  const packed = await context.timings.sum('pdfsMs', async () => packFiles(context, run.prints, publication.published, out));
  const { printed, count } = await context.timings.sum('pdfsMs', () => printFiles(context, publication, run, out));
  return { printed, packed, count };
}

/** Eleventy's run for the print pages, handed only the SVGs they show. */
async function makePrintPages(context: BuildContext, publication: Publication, { prints, svgs, folder }: PrintRun, out: StagingFolders): Promise<void> {
  const shown = [...new Set(prints.flatMap((view) => (view.diagram ? [view.diagram.id] : [])))];
  const rendered: Rendered = { ...NOTHING_RENDERED, svgs: Object.fromEntries(shown.flatMap((id) => (svgs.has(id) ? [[id, svgs.get(id)!]] : []))) };
  await context.eleventy.run(folder, { publication: printRunPart(publication, prints), rendered });
  if (folder !== out.print) moveInto(folder, out.print, prints.map((view) => view.path));
}

/** Prints the print pages to their files inside the site. */
async function printFiles(context: BuildContext, publication: Publication, { prints, priority }: PrintRun, out: StagingFolders): Promise<Omit<Printed, 'packed'>> {
  // A package's page is not printed.
  const jobs = prints.flatMap((view) => {
    const product = productOf(context.products, view.product);
    return product.kind === 'pdf' ? [printJobOf(view, product, publication.published, out.print, out.site)] : [];
  });
  if (jobs.length === 0) return { printed: [], count: { rendered: 0, reused: 0, keys: {} } };
  for (const job of jobs) mkdirSync(dirname(job.pdfFile), { recursive: true });
  const started = performance.now();
  const cache = (await context.caches).pdfs;
  const printJobs = context.options.printPdfs ?? ((jobs: readonly PrintJob[]) =>
    printPdfs(context.session.browser, jobs, { log: context.log, slots: context.slots, pages: context.session.pages, priority }));
  const { printed, count } = cache
    ? await cachedPdfs(jobs, out.print, printJobs, cache)
    : { printed: await printJobs(jobs), count: { rendered: jobs.length, reused: 0, keys: {} } };
  context.log(`pdfs (${[...new Set(prints.map((v) => v.product))].join(', ')}): ${count.rendered} printed, ${count.reused} reused (${Math.round(performance.now() - started)} ms)`);
  return { printed, count };
}

/** The print job of one print page: its HTML in `printDir`, its file at its site path under `siteDir`, as its product says. */
export function printJobOf(view: PrintPageView, product: PdfProduct, published: string, printDir: string, siteDir: string): PrintJob {
  return {
    htmlFile: join(printDir, view.path, 'index.html'),
    pdfFile: join(siteDir, view.pdf),
    sitePath: view.pdf,
    paper: product.paper,
    name: `${view.product} ${view.sector}/${view.lang}`,
    outline: product.outline,
    ...(product.form ? { form: true } : {}),
    date: published,
  };
}
