// The working checklist on A4: a paper form that is also fillable on screen.
// Every box carries its form field's name, kind and accessible names as
// data-field attributes; the printer lays the blocks out on A4 sheets (no
// block split over two), numbers the pages, measures the boxes and puts a
// PDF form field on each (src/browser/print-pdf.ts, src/pdf/form-fields.ts).
import type { ChecklistField, ChecklistStep, ChecklistView } from '../../src/views/checklist.ts';
import type { PrintPageView } from '../../src/views/print.ts';
import { Arrow } from '../_components/arrow.tsx';
import { InlineDetails, PrintedLocalContacts } from '../_components/contact-details.tsx';
import { onePrintPer } from '../_components/paginate.ts';
import { PrintLayout } from '../_components/print-layout.tsx';

export const data = onePrintPer('checklist');

/** The data attributes the printer reads a field from. */
function fieldData(field: ChecklistField) {
  return {
    'data-field': field.name,
    'data-field-kind': field.kind,
    'data-field-label': field.label,
    'data-field-origin': field.origin,
    ...(field.option === undefined ? {} : { 'data-field-option': field.option }),
    ...(field.optionLabel === undefined ? {} : { 'data-field-option-label': field.optionLabel }),
    ...(field.multiline ? { 'data-field-multiline': '' } : {}),
  };
}

function Step({ step }: { step: ChecklistStep }) {
  return (
    <section class={`kr-form__step kr-form__step--${step.phase}`} data-step={step.id} data-continued={step.heading}>
      <h2 class="kr-form__step-title" data-block data-keep-with-next>
        {step.heading}
      </h2>
      {step.entries.map((entry) => {
        if (entry.kind === 'caution') {
          return (
            <p class="kr-form__caution" data-block>
              {entry.lead && <strong>{entry.lead}</strong>} {entry.text}
            </p>
          );
        }
        if (entry.kind === 'write') {
          return (
            <div class="kr-form__write" data-block>
              <p class="kr-form__write-label">{entry.text}</p>
              {/* The lines are the field's rules: the printer measures them and puts typed lines on them. */}
              <div class="kr-form__lines" aria-hidden="true" {...fieldData(entry.field)}>
                {[1, 2, 3, 4].map(() => (
                  <span class="kr-form__line"></span>
                ))}
              </div>
            </div>
          );
        }
        return (
          <p class={`kr-form__tick kr-form__tick--${entry.itemKind}`} data-block>
            <span class="kr-form__box" aria-hidden="true" {...fieldData(entry.field)}></span>
            <span class="kr-form__tick-text">
              {entry.itemKind !== 'do' && entry.lead && <strong>{entry.lead} </strong>}
              {entry.text}
            </span>
          </p>
        );
      })}
      {step.decision && (
        <div class="kr-form__decision" data-block>
          <p class="kr-form__decision-heading">
            <strong>{step.decision.heading}</strong>
          </p>
          {step.decision.options.map((option) => (
            <p class="kr-form__option">
              <span class="kr-form__radio" aria-hidden="true" {...fieldData(option.field)}></span>
              <span>
                {option.condition}{' '}
                <strong class="kr-form__goes-to">
                  <Arrow /> {option.goesTo}
                </strong>
              </span>
            </p>
          ))}
        </div>
      )}
      {step.then && (
        <p class="kr-form__then" data-block>
          <strong>
            <Arrow /> {step.then}
          </strong>
        </p>
      )}
    </section>
  );
}

/** A local edition's numbers, where staff need them while filling in the sheet; a sector's checklist has none. */
function EditionContacts({ plan }: { plan: ChecklistView['localContacts'] }) {
  if (!plan) return null;
  return (
    <section class="kr-form__contacts" data-block>
      <h2 class="kr-form__step-title">{plan.heading}</h2>
      <ul>
        {plan.contacts.map((contact) => (
          <li>
            <strong>{contact.lead}</strong> <InlineDetails details={contact.details!} labels={plan.detailLabels} print />
          </li>
        ))}
        <PrintedLocalContacts contacts={plan.localContacts} labels={plan.detailLabels} colon={plan.colon} />
      </ul>
    </section>
  );
}

export function render({ view }: { view: PrintPageView }) {
  const form = view.checklist!;
  return (
    <PrintLayout lang={form.lang} dir={form.dir} title={view.title} stylesheets={view.stylesheets} bodyClass="kr-form-page">
      <div class="kr-form__sheet" data-sheet>
        <div class="kr-form__body" data-sheet-body>
          <header class="kr-form__header" data-block>
            <img class="kr-form__qr" src="../card/qr.svg" alt={view.card.qr.alt} width="68" height="68" />
            <p class="kr-form__brand">{form.brand}</p>
            <h1 class="kr-form__title">{form.title}</h1>
            <p class="kr-form__intro">{form.intro}</p>
          </header>
          <div class="kr-form__fields" data-block>
            {form.header.map((item) => (
              <p class="kr-form__field">
                <span class="kr-form__field-label">{item.label}</span>
                <span class="kr-form__field-line" aria-hidden="true" {...fieldData(item.field)}></span>
              </p>
            ))}
          </div>
          {form.steps.map((step) => (
            <Step step={step} />
          ))}
          <EditionContacts plan={form.localContacts} />
        </div>
        <footer class="kr-form__footer">
          <p>
            {form.footerName}. {form.edition}. <span data-page-label={form.pageLabel}></span>
          </p>
          {form.draftNotice && <p class="kr-form__draft">{form.draftNotice}</p>}
        </footer>
      </div>
    </PrintLayout>
  );
}
