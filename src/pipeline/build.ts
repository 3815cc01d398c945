// The build: prepare → draw and print → site → check → publish, each stage a
// module of its own (stages/), sharing one build context (context.ts). All
// into a staging folder swapped into the output folder only when every stage
// succeeded (swap.ts), under a lock (lock.ts).
import type { RenderedDiagram } from '../browser/render-diagrams.ts';
import type { BrowserSession } from '../browser/session.ts';
import type { PrintedPdf, PrintJob } from '../browser/print-pdf.ts';
import type { Product } from '../products/registry.ts';
import type { DiagramSource } from '../views/flowchart-page.ts';
import type { Rendered } from '../views/rendered.ts';
import { prepareTemplates } from './code.ts';
import { closeBuild, launches, openBuild, rememberInputs, type BuildContext } from './context.ts';
import { withBuildLock } from './lock.ts';
import type { Publication, PublicationInput } from './publication.ts';
import { stagingFolders, type StagingFolders } from './staging.ts';
import { buildInto } from './swap.ts';
import { checkOutput } from './stages/check.ts';
import { drawAndPrint } from './stages/draw-and-print.ts';
import { prepare } from './stages/prepare.ts';
import { publish } from './stages/publish.ts';
import { writeSite } from './stages/site.ts';
import type { BuildTimings } from './timings.ts';

export { buildFolders } from './context.ts';
export { printJobOf } from './stages/print.ts';
export type { BuildTimings } from './timings.ts';

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
   * every rebuild the same one (src/pipeline/watch.ts). By default the build
   * has a session of its own, closed when it ends.
   */
  session?: BrowserSession;
  /** The products to publish; default the Kindreflex's (src/products/registry.ts). A test adds a fixture product here. */
  products?: readonly Product[];
}

export interface BuildResult {
  outDir: string;
  publication: Publication;
  /** What the browser rendered, as the templates were handed it. */
  rendered: Rendered;
  /** Files written, relative to `outDir`. */
  files: string[];
  /** How long each stage took, for `npm run bench`; costs nothing to collect. */
  timings: BuildTimings;
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const context = await openBuild(options);
  try {
    const publication = await prepare(context);
    prepareTemplates();
    const { log, lockFile, folders } = context;
    const result = await withBuildLock(lockFile, () => buildInto(folders.outDir, (staging) => write(context, publication, stagingFolders(staging))), { log });
    rememberInputs(context);
    return result;
  } finally {
    await closeBuild(context);
  }
}

/** The stages that write, into the staging folder. */
async function write(context: BuildContext, publication: Publication, out: StagingFolders): Promise<BuildResult> {
  const drawn = await drawAndPrint(context, publication, out);
  // Everything is rendered: the browser closes while Eleventy writes the site (a session handed in stays open).
  const browserClosed = context.ownSession ? context.session.close() : Promise.resolve();
  const rendered = await writeSite(context, publication, drawn, out);
  const files = checkOutput(publication, out);
  await publish(context, { files, diagrams: drawn.diagrams, pdfFiles: drawn.pdfFiles, browserClosed, release: { version: publication.version, published: publication.published } }, out);
  const timings = context.timings.result({ browserLaunches: launches(context), diagrams: drawn.diagrams, pdfFiles: drawn.pdfFiles, eleventyRuns: context.eleventy.count });
  return { outDir: context.folders.outDir, publication, rendered, files, timings };
}
