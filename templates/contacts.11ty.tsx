// The services the plan tells you to contact, and when.
import type { ContactsPageView } from '../src/views/contacts.ts';
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
          </ul>
          <h3>{view.whenHeading}</h3>
          <ul class="kr-contact__uses">
            {contact.uses.map((use) => (
              <li>
                <a href={use.href}>{use.step}</a>: {use.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
