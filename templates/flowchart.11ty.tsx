// The flowchart of one plan: output/site/<lang>/<sector>/flowchart/, with the
// screen theme inline, a text alternative, and links to the print and
// projector SVGs and the presentation.
import type { FlowchartPageView } from '../src/views/flowchart-page.ts';
import { FlowchartDocument } from './_components/flowchart-document.tsx';
import { FlowchartFigure } from './_components/flowchart-figure.tsx';
import { FlowchartText } from './_components/flowchart-text.tsx';

export const data = {
  pagination: { data: 'publication.flowcharts', size: 1, alias: 'flowchart' },
  permalink: ({ flowchart }: { flowchart: FlowchartPageView }) => `${flowchart.path}index.html`,
};

export function render({ flowchart: page }: { flowchart: FlowchartPageView }) {
  const { labels } = page;
  return (
    <FlowchartDocument
      lang={page.lang}
      dir={page.dir}
      title={page.title}
      root="../../../"
      skipToContent={labels.skipToContent}
      styles={['flowchart.css']}
    >
      <header class="kr-header">
        <a class="kr-header__home" href="../../../">Kindreflex</a>
      </header>
      <main id="content" class="kr-main kr-main--flowchart">
        <h1>{page.title}</h1>
        <p>
          <a href="../">{labels.backToPlan}</a>
        </p>
        <FlowchartFigure page={page} theme="screen" />
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
              <a href="../presentation/">{labels.presentation}</a>
            </li>
            <li>
              <a href={page.diagrams.projector.file} type="image/svg+xml">{labels.projector}</a>
            </li>
            <li>
              <a href={page.diagrams.print.file} type="image/svg+xml">{labels.print}</a>
            </li>
          </ul>
        </section>
      </main>
    </FlowchartDocument>
  );
}
