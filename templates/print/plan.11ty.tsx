// The whole plan on A4: every step with all its items and decisions, the
// responsibility notes, the contacts and the flowchart. Each step is an h2,
// so the PDF's outline has a bookmark per step.
import type { PrintPageView } from '../../src/views/print.ts';
import type { Rendered } from '../../src/views/rendered.ts';
import { Arrow } from '../_components/arrow.tsx';
import { InlineDetails, PrintedLocalContacts } from '../_components/contact-details.tsx';
import { onePrintPer } from '../_components/paginate.ts';
import { PrintLayout } from '../_components/print-layout.tsx';

export const data = onePrintPer('plan');

export function render({ view, rendered }: { view: PrintPageView; rendered: Rendered }) {
  const svg = view.diagram && rendered.svgs[view.diagram.id];
  const plan = view.plan!;
  const { card } = view;
  return (
    <PrintLayout lang={card.lang} dir={card.dir} title={view.title} stylesheets={view.stylesheets} bodyClass="kr-a4-page">
      <header class="kr-a4__header">
        <img class="kr-a4__qr" src="../card/qr.svg" alt={card.qr.alt} width="76" height="76" />
        <p class="kr-a4__brand">{card.brand}</p>
        <h1 class="kr-a4__title">{plan.title}</h1>
        <p class="kr-a4__edition">{card.edition}</p>
        {card.draftNotice && <p class="kr-a4__draft">{card.draftNotice}</p>}
      </header>
      {plan.introduction.map((paragraph) => (
        <p class="kr-a4__intro">{paragraph}</p>
      ))}
      {plan.phases.flatMap((phase) =>
        phase.steps.map((step) => (
          <section class={`kr-a4__step kr-a4__step--${phase.phase}`} data-step={step.id}>
            <h2 class="kr-a4__step-title">
              {step.heading}
            </h2>
            <p class="kr-a4__meta">
              {phase.heading}. {step.responsibility}
            </p>
            <ul class="kr-a4__items">
              {step.items.map((item) => (
                <li class={`kr-a4__item kr-a4__item--${item.kind}`}>
                  {item.lead && <><strong>{item.lead}</strong> </>}
                  {item.text}
                </li>
              ))}
            </ul>
            {step.exits.length > 0 && (
              <ul class="kr-a4__exits">
                {step.exits.map((exit) => (
                  <li>
                    {exit.condition && <span>{exit.condition} </span>}
                    <strong>
                      <Arrow /> {exit.label}
                    </strong>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )),
      )}
      <section class="kr-a4__contacts">
        <h2>{plan.labels.contacts}</h2>
        <ul>
          {plan.contacts.map((contact) => (
            <li>
              <strong>{contact.lead}</strong> {contact.summary}
              {contact.details && (
                <>
                  {' '}
                  <InlineDetails details={contact.details} labels={plan.detailLabels} print />
                </>
              )}
            </li>
          ))}
          <PrintedLocalContacts contacts={plan.localContacts} labels={plan.detailLabels} colon={plan.colon} />
        </ul>
        <p class="kr-a4__more">{plan.moreInformation}</p>
        <p class="kr-a4__credit">{plan.credit}</p>
      </section>
      {svg && (
        <section class="kr-a4__flowchart">
          <h2>{view.diagram!.title}</h2>
          <div class="kr-a4__svg" dangerouslySetInnerHTML={{ __html: svg }} />
        </section>
      )}
    </PrintLayout>
  );
}
