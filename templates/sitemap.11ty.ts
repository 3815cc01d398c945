// sitemap.xml: every page of the site with its translations.
import { pageChromes, type Publication } from '../src/pipeline/publication.ts';
import { sitemapXml, toSitemap } from '../src/views/sitemap.ts';

interface Data {
  publication: Publication;
}

export const data = {
  // Not in a print run (src/pipeline/publication.ts printRunPart): it writes no site pages.
  permalink: ({ publication }: Data) => (publication.overviews.length > 0 ? 'sitemap.xml' : false),
  eleventyExcludeFromCollections: true,
};

export function render({ publication }: Data): string {
  return sitemapXml(toSitemap(pageChromes(publication)));
}
