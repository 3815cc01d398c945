// robots.txt: everything may be read, and where the sitemap is.
import type { Publication } from '../src/pipeline/publication.ts';
import { robotsTxt } from '../src/views/sitemap.ts';

interface Data {
  publication: Publication;
}

export const data = {
  permalink: ({ publication }: Data) => (publication.overviews.length > 0 ? 'robots.txt' : false),
  eleventyExcludeFromCollections: true,
};

export function render({ publication }: Data): string {
  return robotsTxt(publication.siteUrl);
}
