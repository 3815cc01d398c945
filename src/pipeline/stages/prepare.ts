// Stage 1, prepare: reads and validates every input (the definition, the
// texts, the editions) and prepares every view model, final from here on.
// Bad input fails here, before anything is drawn, printed or written.
import { join } from 'node:path';
import { siteAssets } from '../../site/assets.ts';
import type { BuildContext } from '../context.ts';
import { pagePaths, preparePublication, type Publication } from '../publication.ts';

export async function prepare({ options, folders, products, log, timings }: BuildContext): Promise<Publication> {
  const assets = await siteAssets(join(folders.root, 'templates'));
  const publication = preparePublication({
    ...options,
    assets,
    localesDir: folders.localesDir,
    editionsDir: folders.editionsDir,
    releasesDir: folders.releasesDir,
    products,
  });
  if (publication.releaseHint) log(publication.releaseHint);
  log(`validated: ${pagePaths(publication).length} pages (${Math.round(timings.sinceStart('prepareMs'))} ms)`);
  return publication;
}
