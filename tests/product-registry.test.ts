// A product is one registry entry, its template and its texts: a fixture
// product (a one-page A5 bookmark), added to a copy of the project, is
// printed, linked from the overview pages and kept in the render cache, with
// no change to the pipeline. Stand-ins print; no browser starts.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PrintJob } from '../src/browser/print-pdf.ts';
import type { UiKey } from '../src/i18n/keys.ts';
import { build, type BuildResult } from '../src/pipeline/build.ts';
import { printsOfKind } from '../src/pipeline/publication.ts';
import { PRODUCTS, type Product } from '../src/products/registry.ts';
import { projectCopy } from './helpers/project-copy.ts';
import { stubDiagrams, stubPrint } from './helpers/stubs.ts';


/** The entry. */
const bookmark: Product = {
  id: 'bookmark',
  kind: 'pdf',
  paper: { format: 'A5', widthMm: 148, heightMm: 210 },
  titleKey: 'ui:print.bookmark-title' as UiKey,
  fileName: 'kindreflex-{sector}-{lang}-bookmark.pdf',
  needsFlowchart: false,
  form: false,
  outline: false,
};

/** Its template. */
const TEMPLATE = `/** @jsxRuntime automatic @jsxImportSource preact */
import type { PrintPageView } from '../../src/views/print.ts';
import { onePrintPer } from '../_components/paginate.ts';
import { PrintLayout } from '../_components/print-layout.tsx';

export const data = onePrintPer('bookmark');

export function render({ view }: { view: PrintPageView }) {
  return (
    <PrintLayout lang={view.card.lang} dir={view.card.dir} title={view.title} stylesheets={view.stylesheets} bodyClass="kr-bookmark-page">
      <p class="kr-bookmark">{view.card.brand}: {view.card.sectorName}</p>
    </PrintLayout>
  );
}
`;

/** A project folder of its own with the bookmark's template and Dutch text; code and packages linked. */
function projectWithBookmark(): string {
  const root = projectCopy('kr-product-project-');
  writeFileSync(join(root, 'templates', 'print', 'bookmark.11ty.tsx'), TEMPLATE);
  // Its text.
  const ui = join(root, 'locales', 'nl', 'ui.json');
  const texts = JSON.parse(readFileSync(ui, 'utf8')) as { print: Record<string, string> };
  texts.print['bookmark-title'] = 'Bladwijzer: {{sector}}';
  writeFileSync(ui, `${JSON.stringify(texts, null, 2)}\n`);
  return root;
}

let printed: PrintJob[] = [];
const countingPrint = async (jobs: readonly PrintJob[]) => {
  printed.push(...jobs);
  return stubPrint(jobs);
};

const PDF = 'nl/justitiehuis/downloads/kindreflex-justitiehuis-nl-bookmark.pdf';

describe('a product added to the registry', () => {
  let root: string;
  let cache: string;
  let first: BuildResult;
  let firstJobs: PrintJob[];

  const buildWithBookmark = async () => {
    printed = [];
    return build({
      root,
      outDir: join(mkdtempSync(join(tmpdir(), 'kr-product-out-')), 'output'),
      localesDir: join(root, 'locales'),
      renderDiagrams: stubDiagrams,
      printPdfs: countingPrint,
      cache,
      products: [...PRODUCTS, bookmark],
    });
  };

  beforeAll(async () => {
    root = projectWithBookmark();
    cache = mkdtempSync(join(tmpdir(), 'kr-product-cache-'));
    first = await buildWithBookmark();
    firstJobs = printed;
  }, 240_000);

  it('is printed: a print page per sector and language, on its paper, to its file', () => {
    const views = first.publication.prints.filter((view) => view.product === 'bookmark');
    expect(views.length).toBe(first.publication.prints.filter((view) => view.product === 'card').length);
    expect(readFileSync(join(first.outDir, 'print', 'nl', 'justitiehuis', 'bookmark', 'index.html'), 'utf8')).toContain('Bladwijzer: ');
    const job = firstJobs.find((j) => j.sitePath === PDF)!;
    expect(job.paper).toMatchObject({ widthMm: 148, heightMm: 210 });
    expect(job.form).toBeUndefined();
    expect(existsSync(join(first.outDir, 'site', PDF))).toBe(true);
  });

  it('is linked from the overview page, with its paper and the facts of its file', () => {
    const overview = readFileSync(join(first.outDir, 'site', 'nl', 'justitiehuis', 'index.html'), 'utf8');
    expect(overview).toMatch(/<a href="downloads\/kindreflex-justitiehuis-nl-bookmark\.pdf" type="application\/pdf">Bladwijzer: [^<]*\(PDF, A5, 1 blz\., 1 KB\)<\/a>/);
  });

  it('is kept in the render cache: the next build prints nothing and writes the same file', async () => {
    const second = await buildWithBookmark();
    expect(printed).toEqual([]);
    expect(second.timings.pdfFiles.keys[PDF]).toBe(first.timings.pdfFiles.keys[PDF]);
    expect(second.timings.pdfFiles).toMatchObject({ rendered: 0, reused: printsOfKind(first.publication, 'pdf', [...PRODUCTS, bookmark]).length });
    expect(readFileSync(join(second.outDir, 'site', PDF))).toEqual(readFileSync(join(first.outDir, 'site', PDF)));
  }, 240_000);
});
