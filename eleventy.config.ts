// Eleventy's configuration. `npm run build` runs Eleventy from
// src/pipeline/ and hands over the publication it already validated, with
// what the browser rendered; `npm run dev` runs Eleventy directly, so the
// publication is prepared here (and nothing is rendered: no diagrams, no PDFs).
import { join } from 'node:path';
import { preparePublication, sitePart } from './src/pipeline/publication.ts';
import { renderFallbackMarks } from './src/i18n/fallback-marks.ts';
import { SOURCE_LANGUAGE } from './src/i18n/load-locales.ts';
import { siteAssets } from './src/site/assets.ts';
import { typescriptTemplates } from './src/pipeline/code.ts';
import { NOTHING_RENDERED } from './src/views/rendered.ts';

interface SiteConfig {
  globalData: Record<string, unknown>;
  addPlugin(plugin: (config: never) => void): void;
  addGlobalData(name: string, data: unknown): void;
  addPassthroughCopy(paths: Record<string, string> | string): void;
  addWatchTarget(path: string): void;
  addTransform(name: string, transform: (content: string, outputPath: string | false) => string): void;
}

export default async function (eleventyConfig: SiteConfig) {
  eleventyConfig.addPlugin(typescriptTemplates);
  // CSS, script and fonts under content-hashed names (src/site/assets.ts);
  // templates/css/fonts.11ty.ts writes the generated stylesheet.
  const assets = await siteAssets(join(import.meta.dirname, 'templates'));
  eleventyConfig.addGlobalData('siteAssets', assets);
  eleventyConfig.addPassthroughCopy({ 'templates/favicon.svg': 'favicon.svg' });
  for (const { from, to } of assets.copies) eleventyConfig.addPassthroughCopy({ [from]: to });
  // Text that fell back to Dutch: a visible, translated "[NL]" and lang="nl" (src/i18n/fallback-marks.ts).
  eleventyConfig.addTransform('fallback-marks', (content, outputPath) =>
    typeof outputPath === 'string' && outputPath.endsWith('.html') ? renderFallbackMarks(content, { lang: SOURCE_LANGUAGE, dir: 'ltr' }) : content,
  );
  if (!('publication' in eleventyConfig.globalData)) {
    // The site only: the print pages (the build's first Eleventy run, into
    // output/print/) share the plan page's path and would collide with it.
    eleventyConfig.addGlobalData('publication', () => sitePart(preparePublication({ assets })));
    eleventyConfig.addGlobalData('rendered', NOTHING_RENDERED);
    eleventyConfig.addWatchTarget('locales/**/*.json');
    eleventyConfig.addWatchTarget('editions/**/*.json');
    eleventyConfig.addWatchTarget('src/**/*.ts');
  }
  // Input and output folders are given by the caller (build.ts, or the
  // `npm run dev` command line), so a build always writes where it means to.
  return { templateFormats: ['11ty.tsx', '11ty.ts'] };
}
