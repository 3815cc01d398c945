import type { FlowchartPageView } from '../../src/views/flowchart-page.ts';
import type { FlowchartThemeName } from '../../src/views/flowchart-themes.ts';
import type { Rendered } from '../../src/views/rendered.ts';

/**
 * A rendered flowchart, inline. The SVG comes from our own build (Mermaid in
 * strict mode, every label escaped by src/views/mermaid.ts), so it is
 * inserted as markup; it carries role="img" and is named and described by
 * its own <title> and <desc>.
 */
export function FlowchartFigure({ page, theme, rendered }: { page: FlowchartPageView; theme: FlowchartThemeName; rendered: Rendered }) {
  const svg = rendered.svgs[page.diagrams[theme].id];
  return (
    <figure class={`kr-flowchart kr-flowchart--${theme}`}>
      {svg ? (
        <div class="kr-flowchart__svg" dangerouslySetInnerHTML={{ __html: svg }} />
      ) : (
        // `npm run dev` renders no diagrams (no browser); the text alternative still says it all.
        <p class="kr-flowchart__missing">{page.graph.title}</p>
      )}
    </figure>
  );
}
