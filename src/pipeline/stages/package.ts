// Part of stage 3: the pages of the `package` products (src/products/registry.ts)
// zipped with the files they load into their packages in the site. Cheap and
// deterministic (no browser, fixed times and order), so not cached: a cached
// build zips the same pages and files into the same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { productOf } from '../../products/registry.ts';
import { scormManifest, zipPackage } from '../../products/scorm-package.ts';
import type { PrintPageView } from '../../views/print.ts';
import type { BuildContext } from '../context.ts';
import type { StagingFolders } from '../staging.ts';

export interface PackedFile {
  /** The package's site path. */
  sitePath: string;
  bytes: number;
}

/** Zips every package page of `prints` (made in the print folder) into its file in the site. */
export function packFiles(context: BuildContext, prints: readonly PrintPageView[], published: string, out: StagingFolders): PackedFile[] {
  const started = performance.now();
  const packed = prints.flatMap((view) => {
    const product = productOf(context.products, view.product);
    if (product.kind !== 'package') return [];
    const bytes = packageBytes(view, published, out.print);
    const file = join(out.site, view.pdf);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return [{ sitePath: view.pdf, bytes: bytes.length }];
  });
  if (packed.length > 0) context.log(`packages: ${packed.length} zipped (${Math.round(performance.now() - started)} ms)`);
  return packed;
}

/** One SCORM 1.2 package: the page as index.html, the files it loads, and its manifest. */
export function packageBytes(view: PrintPageView, published: string, printDir: string): Uint8Array {
  if (!view.package || !view.training) {
    throw new Error(`the package page ${view.path} has no training content: give its product content: 'training' (src/products/registry.ts)`);
  }
  const launch = 'index.html';
  const files = new Map<string, Uint8Array>([
    [launch, readFileSync(join(printDir, view.path, 'index.html'))],
    ...view.package.files.map((file) => [file, readFileSync(join(printDir, file))] as const),
  ]);
  const manifest = scormManifest({
    identifier: `${view.product}-${view.sector}-${view.lang}`,
    title: view.title,
    masteryScore: view.training.check.passMark,
    launch,
    files: [...files.keys()],
  });
  files.set('imsmanifest.xml', new TextEncoder().encode(manifest));
  return zipPackage(files, published);
}
