// Each theme's flowchart as an SVG file of its own, beside the flowchart page
// (output/site/<lang>/<sector>/flowchart/kindreflex-<theme>.svg), with its font inlined.
import { THEME_NAMES, toStandaloneSvg, type FlowchartPageView } from '../src/views/flowchart-page.ts';
import type { Rendered } from '../src/views/rendered.ts';

interface SvgFile {
  path: string;
  svg: string;
}

export const data = {
  pagination: {
    data: 'publication.flowcharts',
    size: 1,
    alias: 'file',
    // One entry per page × theme; none when the build rendered no diagrams (`npm run dev`).
    before: (pages: FlowchartPageView[], { rendered }: { rendered: Rendered }): SvgFile[] =>
      pages.flatMap((page) =>
        THEME_NAMES.flatMap((theme) => {
          const svg = rendered.svgs[page.diagrams[theme].id];
          const file = { path: `${page.path}${page.diagrams[theme].file}`, svg: toStandaloneSvg(svg ?? '', rendered.diagramFontCss) };
          return svg ? [file] : [];
        }),
      ),
  },
  permalink: ({ file }: { file: SvgFile }) => file.path,
  eleventyExcludeFromCollections: true,
};

export function render({ file }: { file: SvgFile }) {
  return file.svg;
}
