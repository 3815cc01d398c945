// The typeface's stylesheet, under its content-hashed name: @font-face rules,
// the measured fallback faces and the font stack (src/site/assets.ts).
import type { SiteAssets } from '../../src/site/assets.ts';

interface Data {
  siteAssets: SiteAssets;
}

export const data = {
  permalink: ({ siteAssets }: Data) => siteAssets.fontsCss.path,
  eleventyExcludeFromCollections: true,
};

export function render({ siteAssets }: Data): string {
  return siteAssets.fontsCss.content;
}
