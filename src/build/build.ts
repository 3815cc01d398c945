// The pipeline: validate → site, into a staging folder swapped into
// `output/` only when every stage succeeded. (Diagrams and PDFs join here.)
import Eleventy from '@11ty/eleventy';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pagePaths, preparePublication, type Publication, type PublicationInput } from './publication.ts';
import { registerTypeScript } from '../site/register-typescript.ts';
import { buildInto } from './swap.ts';

export interface BuildOptions extends PublicationInput {
  /** The project root: where eleventy.config.ts and templates/ are. */
  root?: string;
  /** Where the finished build goes (default `<root>/output`). */
  outDir?: string;
  log?: (line: string) => void;
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
  const publication = preparePublication({ localesDir: join(root, 'locales'), ...options });
  log(`validated: ${pagePaths(publication).length} pages (${Math.round(performance.now() - started)} ms)`);

  registerTypeScript();
  return buildInto(outDir, async (staging) => {
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
    const missing = pagePaths(publication).map((path) => `site/${path}index.html`).filter((f) => !files.includes(f));
    if (missing.length > 0) {
      throw new Error(`the site build did not write ${missing.join(', ')}. Check the templates in templates/ and their permalinks.`);
    }
    log(`site: ${files.length} files (${Math.round(performance.now() - siteStarted)} ms)`);
    return { outDir, publication, files };
  });
}
