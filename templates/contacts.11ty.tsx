// The services the plan tells you to contact, and when.
import type { ContactsPageView } from '../src/views/contacts.ts';
import { Detail, detailParts } from './_components/contact-details.tsx';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';

export const data = onePagePer('contacts');

export function render({ view }: { view: ContactsPageView }) {
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      {view.contacts.map((contact) => (
        <section class="kr-contact" id={`contact-${contact.id}`} aria-labelledby={`contact-${contact.id}-name`}>
          <h2 id={`contact-${contact.id}-name`}>{contact.heading}</h2>
          <ul class="kr-contact__notes">
            {contact.facts.map((fact) => (
              <li>{fact}</li>
            ))}
            {detailParts(contact.details, view.detailLabels).map((part) => (
              <li class={`kr-contact__detail kr-contact__detail--${part.field}`}>
                <Detail part={part} />
              </li>
            ))}
          </ul>
          <h3>{view.whenHeading}</h3>
          <ul class="kr-contact__uses">
            {contact.uses.map((use) => (
              <li>
                <a href={use.href}>{use.step}</a>
                {view.colon} {use.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {view.localContacts.length > 0 && (
        <section class="kr-contact kr-contact--local" aria-labelledby="contacts-local">
          <h2 id="contacts-local">{view.detailLabels['local-heading']}</h2>
          {view.localContacts.map((local) => (
            <section id={`contact-${local.id}`} aria-labelledby={`contact-${local.id}-name`}>
              <h3 id={`contact-${local.id}-name`}>{local.name}</h3>
              <ul class="kr-contact__notes">
                {local.person && <li>{local.person}</li>}
                {detailParts(local.details, view.detailLabels).map((part) => (
                  <li class={`kr-contact__detail kr-contact__detail--${part.field}`}>
                    <Detail part={part} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </Layout>
  );
}
