// The whole plan for one sector in one language: output/site/<lang>/<sector>/.
import type { PlanView } from '../src/views/plan.ts';
import { Page } from './_components/page.tsx';
import { Step } from './_components/step.tsx';
import { FlowchartLink } from './_components/flowchart-link.tsx';
import type { FlowchartPageView } from '../src/views/flowchart-page.ts';

export const data = {
  pagination: { data: 'publication.plans', size: 1, alias: 'plan' },
  permalink: ({ plan }: { plan: PlanView }) => `${plan.path}index.html`,
};

export function render({ plan, publication }: { plan: PlanView; publication: { flowcharts: FlowchartPageView[] } }) {
  const { labels } = plan;
  return (
    <Page lang={plan.lang} dir={plan.dir} title={plan.title} root="../../" skipToContent={labels.skipToContent}>
      <header class="kr-header">
        <a class="kr-header__home" href="../../">Kindreflex</a>
      </header>
      <main id="content" class="kr-main">
        <h1>{plan.title}</h1>
        <FlowchartLink flowcharts={publication.flowcharts} planPath={plan.path} />
        <section aria-labelledby="introduction">
          <h2 id="introduction">{labels.introduction}</h2>
          {plan.introduction.map((paragraph) => (
            <p>{paragraph}</p>
          ))}
          {plan.partners.length > 0 && (
            <>
              <h3>{labels.partners}</h3>
              <ul class="kr-partners">
                {plan.partners.map((partner) => (
                  <li>{partner}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="steps">
          <h2 id="steps">{labels.steps}</h2>
          {plan.phases.map((phase) => (
            <section class={`kr-phase kr-phase--${phase.phase}`} aria-labelledby={`phase-${phase.phase}`}>
              <h3 id={`phase-${phase.phase}`}>{phase.heading}</h3>
              <ol class="kr-steps" start={phase.steps[0]?.number}>
                {phase.steps.map((step) => (
                  <li class="kr-steps__item">
                    <Step step={step} labels={labels} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
        <section aria-labelledby="contacts">
          <h2 id="contacts">{labels.contacts}</h2>
          <dl class="kr-contacts">
            {plan.contacts.map((contact) => (
              <div class="kr-contacts__contact" id={`contact-${contact.id}`}>
                <dt>{contact.heading}</dt>
                {contact.notes.map((note) => (
                  <dd>{note}</dd>
                ))}
              </div>
            ))}
          </dl>
        </section>
      </main>
      <footer class="kr-footer">
        <p>{plan.moreInformation}</p>
        <p>{plan.credit}</p>
        <p class="kr-footer__edition">{plan.edition}</p>
        <h2 class="kr-footer__heading">{labels.sources}</h2>
        <ul>
          {plan.sources.map((source) => (
            <li>{source}</li>
          ))}
        </ul>
      </footer>
    </Page>
  );
}
