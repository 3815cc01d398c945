// The trainers' presentation: output/site/<lang>/<sector>/presentation/.
// The projector flowchart fills the screen; js/presentation.js steps through
// it with the keyboard and shows the current step's checklist beside it.
// Without script: the whole flowchart, then every step with its checklist.
import type { SiteFlowchartPageView as FlowchartPageView } from '../src/views/flowchart-page.ts';
import { BareLayout } from './_components/layout.tsx';
import { FlowchartFigure } from './_components/flowchart-figure.tsx';

export const data = {
  pagination: { data: 'publication.flowcharts', size: 1, alias: 'flowchart' },
  permalink: ({ flowchart }: { flowchart: FlowchartPageView }) => `${flowchart.presentationPath}index.html`,
};

export function render({ flowchart: page }: { flowchart: FlowchartPageView }) {
  const { labels, graph } = page;
  return (
    <BareLayout chrome={page.presentation.chrome} script={page.presentation.script} bodyClass="kr-presentation">
      <main id="content" class="kr-presentation__main">
        <h1 class="kr-presentation__title">{page.presentationTitle}</h1>
        <div class="kr-presentation__stage">
          <div class="kr-presentation__diagram">
            <FlowchartFigure page={page} theme="projector" />
          </div>
          <section class="kr-presentation__steps" aria-labelledby="presentation-steps" aria-live="polite">
            <h2 id="presentation-steps" class="kr-presentation__steps-heading">{labels.allSteps}</h2>
            <p class="kr-presentation__keys">{labels.keys}</p>
            {page.steps.map((step) => {
              const node = graph.nodes.find((n) => n.id === step.id);
              return (
                <article id={`present-${step.id}`} class={`kr-presentation__step kr-presentation__step--${node?.kind ?? step.phase}`} data-step={step.id}>
                  <p class="kr-presentation__position">{page.positions[step.id]}</p>
                  <h3 class="kr-presentation__step-title">{step.title}</h3>
                  <ul class="kr-presentation__checklist">
                    {step.items.map((item) => (
                      <li class={`kr-presentation__item kr-presentation__item--${item.kind}`}>
                        {item.lead && <><strong>{item.lead}</strong> </>}
                        {item.text}
                      </li>
                    ))}
                  </ul>
                  {step.exits.length > 0 && (
                    <>
                      <h4 class="kr-presentation__decision">{labels.decision}</h4>
                      <ul class="kr-presentation__exits">
                        {step.exits.map((exit) => (
                          <li data-branch={exit.branch}>
                            {exit.condition && <span class="kr-presentation__condition">{exit.condition} </span>}
                            <a href={`#present-${exit.to}`}>{exit.label}</a>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </article>
              );
            })}
          </section>
        </div>
        <nav class="kr-presentation__nav">
          <a href={page.links.flowchartFromPresentation}>{page.title}</a> · <a href={page.links.overviewFromPresentation}>{labels.backToPlan}</a>
        </nav>
        <p class="kr-footer__edition kr-presentation__edition">{page.presentation.chrome.edition}</p>
      </main>
    </BareLayout>
  );
}
