// The flowchart of one plan: <lang>/<sector>/flowchart/, with the screen
// theme inline, a legend, the decision tree as text, and links to the print
// and projector SVGs and the presentation.
import type { SiteFlowchartPageView } from '../src/views/flowchart-page.ts';
import type { Rendered } from '../src/views/rendered.ts';
import { FlowchartFigure } from './_components/flowchart-figure.tsx';
import { FlowchartText } from './_components/flowchart-text.tsx';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';

export const data = onePagePer('flowcharts');

export function render({ view: page, rendered }: { view: SiteFlowchartPageView; rendered: Rendered }) {
  const { labels } = page;
  return (
    <Layout chrome={page.chrome}>
      <h1>{page.title}</h1>
      <FlowchartFigure page={page} theme="screen" rendered={rendered} />
      <section aria-labelledby="legend">
        <h2 id="legend">{labels.legendHeading}</h2>
        <ul class="kr-flowchart-legend">
          {page.legend.map((entry) => (
            <li class={`kr-flowchart-legend__item kr-flowchart-legend__item--${entry.kind}`}>{entry.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="text-alternative">
        <h2 id="text-alternative">{labels.textAlternative}</h2>
        <FlowchartText page={page} idPrefix="flow-" />
      </section>
      <section aria-labelledby="versions" class="kr-flowchart-versions">
        <h2 id="versions">{labels.versions}</h2>
        <ul>
          <li>
            <a href={page.links.presentation}>{labels.presentation}</a>
          </li>
          <li>
            <a href={page.diagrams.projector.file} type="image/svg+xml">
              {labels.projector}
            </a>
          </li>
          <li>
            <a href={page.diagrams.print.file} type="image/svg+xml">
              {labels.print}
            </a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}
