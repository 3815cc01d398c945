// The trainers' presentation: output/site/<lang>/<sector>/presentation/.
// Without script it is a plain page: title, the whole projector chart, then
// every step with its checklist and ways on. js/presentation.js turns it into
// slides that fill the screen: the whole chart with the key list first, then
// each step (split into follow-on slides when it does not fit) beside the
// chart with the step highlighted.
import type { SiteFlowchartPageView as FlowchartPageView } from '../src/views/flowchart-page.ts';
import { BareLayout } from './_components/layout.tsx';
import type { Rendered } from '../src/views/rendered.ts';
import { FlowchartFigure } from './_components/flowchart-figure.tsx';

export const data = {
  pagination: { data: 'publication.flowcharts', size: 1, alias: 'flowchart' },
  permalink: ({ flowchart }: { flowchart: FlowchartPageView }) => `${flowchart.presentationPath}index.html`,
};

export function render({ flowchart: page, rendered }: { flowchart: FlowchartPageView; rendered: Rendered }) {
  const { labels, graph, slides } = page;
  const chrome = page.presentation.chrome;
  return (
    <BareLayout chrome={chrome} script={page.presentation.script} bodyClass="kr-presentation" draftNotice={false}>
      <main id="content" class="kr-presentation__main" data-overview={labels.overview} data-part={slides.part} data-black={slides.blackScreen}>
        <div class="kr-presentation__intro">
          <h1 class="kr-presentation__title">{page.presentationTitle}</h1>
          {chrome.draftNotice && (
            <p class="kr-draft-notice kr-presentation__draft" role="note">
              {chrome.draftNotice}
            </p>
          )}
          <section class="kr-presentation__keys" aria-labelledby="presentation-keys">
            <h2 id="presentation-keys" class="kr-presentation__keys-heading">{slides.keysHeading}</h2>
            <dl class="kr-presentation__key-list">
              {slides.keys.map((key) => (
                <div class="kr-presentation__key">
                  <dt>
                    <kbd>{key.keys}</kbd>
                  </dt>
                  <dd>{key.does}</dd>
                </div>
              ))}
            </dl>
          </section>
          <nav class="kr-presentation__nav" aria-label={chrome.labels.navigation}>
            <a href={page.links.flowchartFromPresentation}>{page.title}</a> · <a href={page.links.overviewFromPresentation}>{labels.backToPlan}</a>
          </nav>
          <p class="kr-footer__edition kr-presentation__edition">{chrome.edition}</p>
        </div>
        <div class="kr-presentation__diagram">
          <FlowchartFigure page={page} theme="projector" rendered={rendered} />
        </div>
        <section class="kr-presentation__steps" aria-labelledby="presentation-steps">
          <h2 id="presentation-steps" class="kr-presentation__steps-heading">{labels.allSteps}</h2>
          {page.steps.map((step) => {
            const node = graph.nodes.find((n) => n.id === step.id);
            return (
              <article id={`present-${step.id}`} class={`kr-presentation__step kr-presentation__step--${node?.kind ?? step.phase}`} data-step={step.id}>
                <p class="kr-presentation__position">
                  {page.positions[step.id]}
                  <span class="kr-presentation__part" />
                </p>
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
                  <div class="kr-presentation__ways">
                    <h4 class="kr-presentation__decision">{labels.decision}</h4>
                    <ul class="kr-presentation__exits">
                      {step.exits.map((exit) => (
                        <li class="kr-presentation__exit" data-branch={exit.branch}>
                          {exit.condition && <span class="kr-presentation__condition">{exit.condition} </span>}
                          <a href={`#present-${exit.to}`}>{exit.label}</a>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </article>
            );
          })}
        </section>
        {/* Filled by the script with the slide shown, for screen readers. */}
        <p class="kr-presentation__live" aria-live="polite" aria-atomic="true" />
      </main>
      <div class="kr-presentation__black" hidden />
    </BareLayout>
  );
}
