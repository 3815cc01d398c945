// The render cache in whole builds, with the stand-in renderers (the browser
// is not the point here: the keys are; tests/render-cache.browser.test.ts
// builds for real). Each build needs its own changed input, so none of them
// can be the shared build: they run in a copy of the project's templates and
// locales, against a cache folder of their own.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PrintJob } from '../src/browser/print-pdf.ts';
import { build, type BuildResult } from '../src/pipeline/build.ts';
import { BROWSER_VERSION_ENV } from '../src/cache/environment.ts';
import type { PublicationDefinition } from '../src/protocol/definition.ts';
import { kindreflexPublication } from '../src/sectors/index.ts';
import { projectCopy as copyOfProject } from './helpers/project-copy.ts';
import { stubDiagrams, stubPrint } from './helpers/stubs.ts';


const projectCopy = () => copyOfProject('kr-cache-project-');

/** Replaces `from` in a file of the project copy, and fails if it is not there (the test would prove nothing). */
function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer holds '${from}': update the test`);
  writeFileSync(path, text.replace(from, to));
}

let printed: PrintJob[] = [];
const countingPrint = async (jobs: readonly PrintJob[]) => {
  printed.push(...jobs);
  return stubPrint(jobs);
};

/** The output folder of the last `cachedBuild`. */
let lastOut = '';

/** A build with the stand-ins, using the cache folder `cache` (none given: the build's default, which stand-ins never use). */
async function cachedBuild(root: string, cache: string | undefined, definition?: PublicationDefinition): Promise<BuildResult['timings']> {
  printed = [];
  const { timings, outDir } = await build({
    root,
    outDir: join(mkdtempSync(join(tmpdir(), 'kr-cache-out-')), 'output'),
    localesDir: join(root, 'locales'),
    renderDiagrams: stubDiagrams,
    printPdfs: countingPrint,
    ...(cache ? { cache } : {}),
    ...(definition ? { definition } : {}),
  });
  lastOut = outDir;
  return timings;
}

const manifestFiles = (outDir: string) => (JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as { files: unknown }).files;

const CARD = (lang: string) => `${lang}/justitiehuis/downloads/kindreflex-justitiehuis-${lang}-card.pdf`;
const PLAN = (lang: string) => `${lang}/justitiehuis/downloads/kindreflex-justitiehuis-${lang}-plan.pdf`;

describe('a build with the render cache', () => {
  let root: string;
  let cache: string;
  let base: BuildResult['timings'];
  let baseOut: string;
  beforeAll(async () => {
    process.env[BROWSER_VERSION_ENV] = 'Test Chromium 1';
    root = projectCopy();
    cache = mkdtempSync(join(tmpdir(), 'kr-cache-dir-'));
    base = await cachedBuild(root, cache);
    baseOut = lastOut;
  });
  afterEach(() => {
    process.env[BROWSER_VERSION_ENV] = 'Test Chromium 1';
  });
  // The process's variable as it was: another test file may share this worker.
  const before = process.env[BROWSER_VERSION_ENV];
  afterAll(() => {
    if (before === undefined) delete process.env[BROWSER_VERSION_ENV];
    else process.env[BROWSER_VERSION_ENV] = before;
  });

  // Today 32 PDFs (2 sectors × 4 languages × 4 products) and 24 diagrams; counted, so a new product needs no edit here.
  const pdfCount = () => Object.keys(base.pdfFiles.keys).length;
  const diagramCount = () => Object.keys(base.diagrams.keys).length;

  it('renders everything the first time and nothing the second, and says so', async () => {
    expect(pdfCount()).toBeGreaterThanOrEqual(32);
    expect(diagramCount()).toBeGreaterThanOrEqual(24);
    expect(base.pdfFiles).toMatchObject({ rendered: pdfCount(), reused: 0 });
    expect(base.diagrams).toMatchObject({ rendered: diagramCount(), reused: 0 });
    const again = await cachedBuild(root, cache);
    expect(again.pdfFiles).toMatchObject({ rendered: 0, reused: pdfCount() });
    expect(again.diagrams).toMatchObject({ rendered: 0, reused: diagramCount() });
    expect(printed).toEqual([]);
    expect(again.pdfFiles.keys).toEqual(base.pdfFiles.keys);
  });

  it("writes Eleventy's pages from the cache when nothing changed, the same bytes as Eleventy's own", async () => {
    expect(base.eleventyRuns).toMatchObject({ rendered: 3, reused: 0 });
    // The first build drew and printed (two print runs and the site); this one finds all three runs.
    const again = await cachedBuild(root, cache);
    expect(again.eleventyRuns).toMatchObject({ rendered: 0, reused: 3 });
    expect(manifestFiles(lastOut)).toEqual(manifestFiles(baseOut));
  });

  /** The PDF and diagram keys that differ from the first build's. */
  const changed = (t: BuildResult['timings']) => ({
    pdfs: Object.keys(t.pdfFiles.keys).filter((file) => t.pdfFiles.keys[file] !== base.pdfFiles.keys[file]),
    diagrams: Object.keys(t.diagrams.keys).filter((id) => t.diagrams.keys[id] !== base.diagrams.keys[id]),
  });

  it('renders again what a Dutch text changes (the Dutch products, and the languages that fall back to it)', async () => {
    const copy = projectCopy();
    edit(copy, 'locales/nl/protocol.json', '"title": "', '"title": "Gewijzigd: ');
    const t = await cachedBuild(copy, cache);
    const { pdfs, diagrams } = changed(t);
    expect(t.eleventyRuns.reused).toBe(0);
    expect(pdfs).toContain(CARD('nl'));
    expect(pdfs).toContain(PLAN('nl'));
    expect(diagrams).toContain('kindreflex-nl-justitiehuis-screen');
    expect(t.pdfFiles.rendered).toBe(pdfs.length);
  });

  it('renders again only the language whose translation changed', async () => {
    const copy = projectCopy();
    edit(copy, 'locales/fr/protocol.json', '"title": "', '"title": "Modifié : ');
    const t = await cachedBuild(copy, cache);
    const { pdfs } = changed(t);
    expect(pdfs).toContain(CARD('fr'));
    expect(pdfs.every((file) => file.startsWith('fr/'))).toBe(true);
    expect(t.pdfFiles.rendered).toBe(pdfs.length);
    expect(t.pdfFiles.reused).toBe(pdfCount() - pdfs.length);
  });

  it('renders every PDF again when the print CSS changes', async () => {
    const copy = projectCopy();
    writeFileSync(join(copy, 'templates/css/print.css'), `${readFileSync(join(copy, 'templates/css/print.css'), 'utf8')}\n/* changed */\n`);
    // eleventy.config.ts names the style sheets relative to the working folder.
    const cwd = process.cwd();
    process.chdir(copy);
    const t = await cachedBuild(copy, cache).finally(() => process.chdir(cwd));
    expect(changed(t).pdfs).toHaveLength(pdfCount());
    expect(changed(t).diagrams).toEqual([]);
  });

  it('renders the cards again when the card template changes', async () => {
    const copy = projectCopy();
    edit(copy, 'templates/print/card.11ty.tsx', 'qrSrc="qr.svg"', 'qrSrc="./qr.svg"');
    const t = await cachedBuild(copy, cache);
    expect(t.eleventyRuns.reused).toBe(0);
    const { pdfs } = changed(t);
    expect(pdfs).toContain(CARD('de'));
    expect(pdfs).not.toContain(PLAN('de'));
  });

  it('renders again what a change to the protocol changes', async () => {
    // One more key action on the card (the version is the latest release's, not the definition's to change).
    const { protocol } = kindreflexPublication;
    const steps = protocol.steps.map((step) => (step.id === 'step-1' ? { ...step, items: step.items.map((item) => ({ ...item, card: true })) } : step));
    const definition = { ...kindreflexPublication, protocol: { ...protocol, steps } };
    const { pdfs } = changed(await cachedBuild(root, cache, definition));
    expect(pdfs).toContain(CARD('nl'));
    expect(pdfs).toContain(CARD('de'));
  });

  it('renders everything again for another browser version', async () => {
    process.env[BROWSER_VERSION_ENV] = 'Test Chromium 2';
    const t = await cachedBuild(root, cache);
    expect(changed(t).pdfs).toHaveLength(pdfCount());
    expect(changed(t).diagrams).toHaveLength(diagramCount());
    expect(t.pdfFiles.reused + t.diagrams.reused).toBe(0);
  });

  it('keeps the stand-ins out of the default cache: without a cache folder given, a stand-in renders everything', async () => {
    const timings = await cachedBuild(root, undefined);
    expect(timings.pdfFiles).toMatchObject({ rendered: pdfCount(), reused: 0 });
    expect(printed).toHaveLength(pdfCount());
  });
});
