// Stage 2, draw: renders the flowcharts of some themes to SVG, in the
// build's one browser (or from the render cache).
import { withRetry } from '../../browser/retry.ts';
import type { RenderedDiagram } from '../../browser/render-diagrams.ts';
import { cachedDiagrams, type RenderCount } from '../../cache/cached-render.ts';
import { diagramSources, type DiagramSource } from '../../views/flowchart-page.ts';
import type { FlowchartThemeName } from '../../views/flowchart-themes.ts';
import type { BuildContext } from '../context.ts';
import type { Publication } from '../publication.ts';

export interface Drawn {
  /** SVG by diagram id. */
  svgs: Map<string, string>;
  count: RenderCount;
}

/** Draws the publication's flowcharts in `themes`. */
export async function draw(context: BuildContext, publication: Publication, themes: readonly FlowchartThemeName[]): Promise<Drawn> {
  const sources = diagramSources(publication.flowcharts).filter((source) => themes.includes(source.theme));
  if (sources.length === 0) return { svgs: new Map(), count: { rendered: 0, reused: 0, keys: {} } };
  const started = performance.now();
  const cache = (await context.caches).diagrams;
  const render = renderer(context);
  const { rendered, count } = cache
    ? await cachedDiagrams(sources, render, cache)
    : { rendered: await render(sources), count: { rendered: sources.length, reused: 0, keys: {} } };
  const each = rendered.filter((d) => d.ms > 0).map((d) => d.ms);
  context.timings.diagramMs.push(...each);
  const sorted = [...each].sort((a, b) => a - b);
  context.log(
    `diagrams (${themes.join(', ')}): ${count.rendered} rendered, ${count.reused} reused` +
      (sorted.length > 0 ? `, ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms per diagram (median)` : '') +
      `, ${Math.round(performance.now() - started)} ms in all`,
  );
  return { svgs: new Map(rendered.map((d) => [d.id, d.svg])), count };
}

/** The options' stand-in, or the build's browser session, given a generous time. */
function renderer({ options, session, log }: BuildContext): (sources: readonly DiagramSource[]) => Promise<RenderedDiagram[]> {
  return (
    options.renderDiagrams ??
    ((sources) =>
      withRetry('rendering the flowcharts', () => session.renderDiagrams(sources), {
        // Generous: the cards print on the other core meanwhile, and the machine may be shared.
        timeoutMs: 60_000 + 10_000 * sources.length,
        log,
      }))
  );
}
