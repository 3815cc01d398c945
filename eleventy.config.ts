// Eleventy's configuration. `npm run build` runs Eleventy from
// src/build/build.ts and hands over the publication it already validated;
// `npm run dev` runs Eleventy directly, so the publication is prepared here.
import { DIAGRAM_FONT_DIR, DIAGRAM_FONT_FILES } from './src/browser/render-diagrams.ts';
import { preparePublication } from './src/build/publication.ts';
import { typescriptTemplates } from './src/site/typescript-templates.ts';

interface SiteConfig {
  globalData: Record<string, unknown>;
  addPlugin(plugin: (config: never) => void): void;
  addGlobalData(name: string, data: unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addWatchTarget(path: string): void;
}

export default function (eleventyConfig: SiteConfig) {
  eleventyConfig.addPlugin(typescriptTemplates);
  eleventyConfig.addPassthroughCopy({ 'templates/css': 'css', 'templates/js': 'js' });
  // The flowchart font, self-hosted: the site shows the SVG text in the font it was measured with.
  for (const file of DIAGRAM_FONT_FILES) eleventyConfig.addPassthroughCopy({ [`${DIAGRAM_FONT_DIR}/${file}`]: `fonts/${file}` });
  if (!('publication' in eleventyConfig.globalData)) {
    eleventyConfig.addGlobalData('publication', () => preparePublication());
    eleventyConfig.addWatchTarget('locales/**/*.json');
    eleventyConfig.addWatchTarget('src/**/*.ts');
  }
  // Input and output folders are given by the caller (build.ts, or the
  // `npm run dev` command line), so a build always writes where it means to.
  return { templateFormats: ['11ty.tsx', '11ty.ts'] };
}
