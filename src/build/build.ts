// The pipeline: validate → diagrams → site, into a staging folder swapped
// into `output/` only when every stage succeeded. (PDFs join here.)
import Eleventy from '@11ty/eleventy';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchBrowser } from '../browser/launch.ts';
import { embeddedFontCss, renderDiagrams, type RenderedDiagram } from '../browser/render-diagrams.ts';
import { diagramSources, withDiagrams, type DiagramSource } from '../views/flowchart-page.ts';
import { pagePaths, preparePublication, type Publication, type PublicationInput } from './publication.ts';
import { registerTypeScript } from '../site/register-typescript.ts';
import { buildInto } from './swap.ts';

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
}

export interface BuildResult {
  outDir: string;
  publication: Publication;
  /** Site files written, relative to `outDir`. */
  files: string[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const root = options.root ?? process.cwd();
  const outDir = options.outDir ?? join(root, 'output');
  const log = options.log ?? (() => {});

  const started = performance.now();
  const validated = preparePublication({ localesDir: join(root, 'locales'), ...options });
  log(`validated: ${pagePaths(validated).length} pages (${Math.round(performance.now() - started)} ms)`);

  registerTypeScript();
  return buildInto(outDir, async (staging) => {
    const publication = await withRenderedDiagrams(validated, options.renderDiagrams ?? renderInOwnBrowser, log);
    const siteDir = join(staging, 'site');
    const eleventy = new Eleventy(join(root, 'templates'), siteDir, {
      configPath: join(root, 'eleventy.config.ts'),
      quietMode: true,
      config: (eleventyConfig) => {
        eleventyConfig.addGlobalData('publication', publication);
      },
    });
    const siteStarted = performance.now();
    await eleventy.write();
    const files = listFiles(staging);
    const expected = [
      ...pagePaths(publication).map((path) => `site/${path}index.html`),
      ...publication.flowcharts.flatMap((page) => [
        `site/${page.presentationPath}index.html`,
        ...Object.values(page.diagrams).map((d) => `site/${page.path}${d.file}`),
      ]),
    ];
    const missing = expected.filter((file) => !files.includes(file));
    if (missing.length > 0) {
      throw new Error(`the site build did not write ${missing.join(', ')}. Check the templates in templates/ and their permalinks.`);
    }
    log(`site: ${files.length} files (${Math.round(performance.now() - siteStarted)} ms)`);
    return { outDir, publication, files };
  });
}

/** Renders in a browser launched here and closed in a `finally`; fails with the finder's message when there is none. */
async function renderInOwnBrowser(sources: readonly DiagramSource[]): Promise<RenderedDiagram[]> {
  const browser = await launchBrowser();
  try {
    return await renderDiagrams(browser, sources);
  } finally {
    await browser.close();
  }
}

/** The publication with every flowchart rendered (one browser for all of them). */
async function withRenderedDiagrams(
  publication: Publication,
  render: (sources: readonly DiagramSource[]) => Promise<RenderedDiagram[]>,
  log: (line: string) => void,
): Promise<Publication> {
  const sources = diagramSources(publication.flowcharts);
  if (sources.length === 0) return publication;
  const started = performance.now();
  const rendered = await render(sources);
  const each = rendered.map((d) => d.ms).sort((a, b) => a - b);
  log(
    `diagrams: ${rendered.length} rendered, ${Math.round(each[Math.floor(each.length / 2)]!)} ms per diagram (median; ` +
      `first ${Math.round(rendered[0]!.ms)} ms), ${Math.round(performance.now() - started)} ms with the browser's start`,
  );
  return {
    ...publication,
    flowcharts: withDiagrams(publication.flowcharts, new Map(rendered.map((d) => [d.id, d.svg]))),
    diagramFontCss: embeddedFontCss(),
  };
}
