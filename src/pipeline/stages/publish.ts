// Stage 6, publish: says what the build did (files, Eleventy's runs, the
// browser, the render cache), keeps the cache under its size and writes the
// manifest. The staging folder then replaces the output folder (swap.ts).
import type { CacheUse, RenderCount } from '../../cache/cached-render.ts';
import { kindreflexPublication } from '../../sectors/index.ts';
import { launches, usedCache, type BuildContext } from '../context.ts';
import { buildCommit, writeManifest } from '../manifest.ts';
import type { StagingFolders } from '../staging.ts';

export interface Made {
  files: string[];
  diagrams: RenderCount;
  pdfFiles: RenderCount;
  /** Resolves once the build's own browser is closed. */
  browserClosed: Promise<void>;
  /** The version and date the build published: the latest release's. */
  release: { version: string; published: string };
}

export async function publish(context: BuildContext, { files, diagrams, pdfFiles, browserClosed, release }: Made, out: StagingFolders): Promise<void> {
  const { log, eleventy } = context;
  log(`site: ${files.length} files (${Math.round(context.timings.ms('siteMs'))} ms)`);
  await browserClosed;
  log(`pages: ${eleventy.count.rendered + eleventy.count.reused} Eleventy runs, ${eleventy.count.reused} from the render cache`);
  log(browserLine(context));
  const cache = await usedCache(context);
  logCache(log, cache, diagrams.rendered + pdfFiles.rendered, diagrams.reused + pdfFiles.reused);
  const { id } = (context.options.definition ?? kindreflexPublication).protocol;
  writeManifest(out.staging, { id, ...release }, buildCommit(context.folders.root));
}

function browserLine(context: BuildContext): string {
  const { session, usesBefore, ownSession } = context;
  const launched = launches(context);
  return ownSession || launched > 0
    ? `browser: ${launched} launched${launched > 0 && session.uses() === usesBefore ? ', not needed (every file was in the render cache)' : ''}`
    : `browser: ${session.uses() > usesBefore ? 'the running one' : 'not needed'}`;
}

function logCache(log: (line: string) => void, cache: CacheUse | undefined, rendered: number, reused: number): void {
  log(cache
    ? `render cache: ${rendered} file${rendered === 1 ? '' : 's'} rendered, ${reused} reused (${cache.cache.dir})`
    : `render cache: not used, ${rendered} files rendered`);
  if (!cache) return;
  const dropped = cache.cache.prune();
  if (dropped > 0) log(`render cache: dropped the ${dropped} least recently used entries to stay under its size`);
}
