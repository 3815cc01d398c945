// One step: its checklist grouped by kind, the way on, and where it sits in the whole.
// The items to act on have native check boxes: no script, nothing stored or
// sent (the page says so), and printed as ticked (the print style keeps them).
import type { Rendered } from '../src/views/rendered.ts';
import type { StepPageView } from '../src/views/step.ts';
import { InlineDetails } from './_components/contact-details.tsx';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';
import { StepMap } from './_components/step-map.tsx';

export const data = onePagePer('steps');

export function render({ view, rendered }: { view: StepPageView; rendered: Rendered }) {
  const { headings } = view;
  // Linked once it exists: a build with stand-in printers has none.
  const checklist = view.checklist && rendered.files[view.checklist.pdf] ? view.checklist : undefined;
  return (
    <Layout chrome={view.chrome}>
      <article id={view.id} class="kr-step-page">
        <p class="kr-step-page__phase">{view.phaseHeading}</p>
        <h1 class="kr-step-page__title">
          <span class="kr-step-page__label">{view.label}</span> {view.title}
        </h1>
        <p class="kr-step-page__responsibility">{view.responsibility}</p>
        <h2>{headings.checklist}</h2>
        <p class="kr-tick-note">{view.tickNote}</p>
        {checklist && (
          <p class="kr-tick-download">
            <a href={checklist.href} type="application/pdf">
              {checklist.labelTemplate}
            </a>
          </p>
        )}
        {view.groups.map((group) => (
          <section class={`kr-checklist-group kr-checklist-group--${group.kind}`} aria-labelledby={`${view.id}-${group.kind}`}>
            <h3 id={`${view.id}-${group.kind}`} class="kr-checklist-group__heading">
              {group.heading}
            </h3>
            <ul class="kr-checklist">
              {group.items.map((item) => (
                <li id={`${view.id}-${item.id}`} class={`kr-checklist__item kr-checklist__item--${group.kind}`}>
                  {group.tickable && <input type="checkbox" class="kr-checklist__tick" id={`${view.id}-${item.id}-done`} />}
                  <div class="kr-checklist__body">
                    {group.tickable ? <label for={`${view.id}-${item.id}-done`}>{item.text}</label> : item.text}
                    {item.reach && (
                      <ul class="kr-checklist__reach">
                        {item.reach.map((contact) => (
                          <li data-contact={contact.id}>
                            {contact.name}
                            {view.detailLabels.colon ?? ':'} <InlineDetails details={contact.details} labels={view.detailLabels} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <h2>{headings.decision}</h2>
        {view.restsNote && <p>{view.restsNote}</p>}
        {view.exits.length > 0 && (
          <ul class="kr-decision">
            {view.exits.map((exit) => (
              <li class="kr-decision__branch">
                {exit.condition && <span class="kr-decision__condition">{exit.condition} </span>}
                <a class="kr-decision__link" href={exit.href}>
                  {exit.label}
                </a>
              </li>
            ))}
          </ul>
        )}
      </article>
      <nav class="kr-pagination" aria-label={headings.pagination}>
        <ul class="kr-pagination__list">
          {view.previous && (
            <li class="kr-pagination__previous">
              <a href={view.previous.href} rel="prev">
                {view.previous.label}
              </a>
            </li>
          )}
          {view.next && (
            <li class="kr-pagination__next">
              <a href={view.next.href} rel="next">
                {view.next.label}
              </a>
            </li>
          )}
        </ul>
      </nav>
      <nav class="kr-map" aria-labelledby={`${view.id}-map`}>
        <h2 id={`${view.id}-map`}>{headings.map}</h2>
        <StepMap phases={view.map} currentLabel={headings.current} />
      </nav>
    </Layout>
  );
}
