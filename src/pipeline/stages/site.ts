// Stage 4, site: Eleventy writes the site's pages, handed the publication
// (without its print pages) and what the browser rendered: the SVGs, their
// font, and each printed file's pages and size for the download links.
import { embeddedFontCss } from '../../fonts/embedded-css.ts';
import { diagramSources } from '../../views/flowchart-page.ts';
import type { Rendered } from '../../views/rendered.ts';
import type { BuildContext } from '../context.ts';
import { sitePart, type Publication } from '../publication.ts';
import { listFiles, moveInto, type StagingFolders } from '../staging.ts';
import type { DrawnAndPrinted } from './draw-and-print.ts';

export async function writeSite(context: BuildContext, publication: Publication, drawn: DrawnAndPrinted, out: StagingFolders): Promise<Rendered> {
  const rendered = renderedData(publication, drawn);
  await context.timings.span('siteMs', async () => {
    // Into a folder of its own (the site folder holds the PDFs), then moved in.
    await context.eleventy.run(out.sitePages, { publication: sitePart(publication), rendered });
    moveInto(out.sitePages, out.site, listFiles(out.sitePages));
  });
  return rendered;
}

/** What the browser rendered, in the publication's order (so the same build hands Eleventy the same data). */
export function renderedData(publication: Publication, { svgs, printed, packed = [] }: Pick<DrawnAndPrinted, 'svgs' | 'printed'> & { packed?: DrawnAndPrinted['packed'] }): Rendered {
  const files = new Map([...printed.map((p) => [p.sitePath, { pages: p.pages, bytes: p.bytes }] as const), ...packed.map((p) => [p.sitePath, { pages: 1, bytes: p.bytes }] as const)]);
  const ids = diagramSources(publication.flowcharts).map((source) => source.id).filter((id) => svgs.has(id));
  return {
    svgs: Object.fromEntries(ids.map((id) => [id, svgs.get(id)!])),
    diagramFontCss: ids.length > 0 ? embeddedFontCss() : '',
    files: Object.fromEntries(publication.prints.flatMap((view) => (files.has(view.pdf) ? [[view.pdf, files.get(view.pdf)!]] : []))),
  };
}
