// Stage 5, check: every file the publication describes was written (a
// template with a wrong permalink writes elsewhere, or nothing).
import { pagePaths, type Publication } from '../publication.ts';
import { listFiles, type StagingFolders } from '../staging.ts';

/** The files written, relative to the staging folder; throws, naming them, when one is missing. */
export function checkOutput(publication: Publication, out: StagingFolders): string[] {
  const files = listFiles(out.staging);
  const expected = [
    ...pagePaths(publication).map((path) => `site/${path}index.html`),
    ...publication.flowcharts.flatMap((page) => Object.values(page.diagrams).map((d) => `site/${page.path}${d.file}`)),
    ...publication.prints.map((view) => `site/${view.pdf}`),
    ...Object.values(publication.assets.names).map((file) => `site/${file}`),
    'site/sitemap.xml',
    'site/robots.txt',
  ];
  const missing = expected.filter((file) => !files.includes(file));
  if (missing.length > 0) {
    throw new Error(`the build did not write ${missing.join(', ')}. Check the templates in templates/ and their permalinks.`);
  }
  return files;
}
