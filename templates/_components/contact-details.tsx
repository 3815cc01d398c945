// A local edition's details of a contact: phone (tel: link, E.164), e-mail
// (mailto:), web page and hours. Nothing for a sector, which has none.
import type { ContactDetailsView, LocalContactView } from '../../src/editions/edition-view.ts';
import type { DetailLabel } from '../../src/views/plan.ts';

type Labels = Partial<Record<DetailLabel, string>>;

/** The details as label + link pairs, in a fixed order. */
export function detailParts(details: ContactDetailsView | undefined, labels: Labels) {
  if (!details) return [];
  return (['phone', 'email', 'url', 'hours'] as const).flatMap((field) => {
    const value = details[field];
    if (value === undefined) return [];
    return [{ field, label: labels[field] ?? field, colon: labels.colon ?? ':', text: typeof value === 'string' ? value : value.text, href: typeof value === 'string' ? undefined : value.href }];
  });
}

/** One detail: "Telefoon: 09 210 10 10", the number a link. */
export function Detail({ part }: { part: ReturnType<typeof detailParts>[number] }) {
  return (
    <>
      {part.label}
      {part.colon} {part.href ? <a href={part.href}>{part.text}</a> : part.text}
    </>
  );
}

/** The details inline, separated by commas: "09 210 10 10, vk@example.org"; `print`: as text, black on paper. */
export function InlineDetails({ details, labels, print }: { details: ContactDetailsView | undefined; labels: Labels; print?: boolean }) {
  const parts = detailParts(details, labels).map((part) => (print ? { ...part, href: undefined } : part));
  return (
    <>
      {parts.map((part, i) => (
        <>
          {i > 0 && ', '}
          {part.href ? (
            <a class={`kr-detail kr-detail--${part.field}`} href={part.href}>
              {part.text}
            </a>
          ) : (
            <span class={`kr-detail kr-detail--${part.field}`}>{part.text}</span>
          )}
        </>
      ))}
    </>
  );
}

/** A local edition's own contacts as printed list items: "Name: Person. 0470 10 20 30, …" (the A4 plan, the checklist). */
export function PrintedLocalContacts({ contacts, labels, colon }: { contacts: readonly LocalContactView[]; labels: Labels; colon: string }) {
  return (
    <>
      {contacts.map((local) => (
        <li>
          <strong>
            {local.name}
            {colon}
          </strong>{' '}
          {local.person && `${local.person}. `}
          <InlineDetails details={local.details} labels={labels} print />
        </li>
      ))}
    </>
  );
}
