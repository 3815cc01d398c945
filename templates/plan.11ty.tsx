// The whole plan of one sector on one page, to read through or print.
import type { PlanPageView } from '../src/views/plan-page.ts';
import { Detail, detailParts } from './_components/contact-details.tsx';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';
import { PhasedSteps } from './_components/step.tsx';

export const data = onePagePer('plans');

export function render({ view }: { view: PlanPageView }) {
  const { plan } = view;
  const { labels } = plan;
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
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
        <PhasedSteps phases={plan.phases} labels={labels} />
      </section>
      <section aria-labelledby="contacts">
        <h2 id="contacts">{labels.contacts}</h2>
        <dl class="kr-contacts">
          {plan.contacts.map((contact) => (
            <div class="kr-contacts__contact" id={`contact-${contact.id}`}>
              <dt>{contact.heading}</dt>
              {[...contact.facts, contact.inSteps].map((note) => (
                <dd>{note}</dd>
              ))}
              {detailParts(contact.details, plan.detailLabels).map((part) => (
                <dd>
                  <Detail part={part} />
                </dd>
              ))}
            </div>
          ))}
          {plan.localContacts.map((local) => (
            <div class="kr-contacts__contact" id={`contact-${local.id}`}>
              <dt>{local.name}</dt>
              {local.person && <dd>{local.person}</dd>}
              {detailParts(local.details, plan.detailLabels).map((part) => (
                <dd>
                  <Detail part={part} />
                </dd>
              ))}
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="sources" class="kr-plan__sources">
        <h2 id="sources">{labels.sources}</h2>
        <p>{plan.moreInformation}</p>
        <p>{plan.credit}</p>
        <ul>
          {plan.sources.map((source) => (
            <li lang={plan.sourcesLang}>{source}</li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
