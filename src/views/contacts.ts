// The contacts page: each service the plan names, and the steps that tell
// the worker to contact it.
import type { LocalContactView } from '../editions/edition-view.ts';
import type { ContactView, PlanView } from './plan.ts';
import { sectorPageTools, type PageBase, type SectorContext } from './sector-page.ts';
import { href, sitePaths } from './urls.ts';

export interface ContactsPageView extends PageBase {
  contacts: (ContactView & { uses: { step: string; href: string; text: string }[] })[];
  whenHeading: string;
  /** The language's colon, after a step's link: "Stap 4: …", "Étape 4 : …". */
  colon: string;
  /** A local edition's own contacts, and the labels of its details (empty for a sector). */
  localContacts: LocalContactView[];
  detailLabels: PlanView['detailLabels'];
}

export function toContactsPage(context: SectorContext): ContactsPageView {
  const { lang, t, protocol, plan } = context;
  const { section, stepById } = sectorPageTools(context);
  const page = section('contacts', t('ui:contacts.heading'), plan.contacts.map((c) => [c.heading, ...c.facts].join(': ')));
  return {
    ...page,
    whenHeading: t('ui:contacts.when'),
    colon: t('ui:punctuation.colon'),
    localContacts: plan.localContacts,
    detailLabels: plan.detailLabels,
    contacts: plan.contacts.map((contact) => ({
      ...contact,
      uses: protocol.steps.flatMap((modelStep) => {
        const step = stepById.get(modelStep.id)!;
        return modelStep.items
          .filter((item) => item.contacts?.includes(contact.id))
          .map((item) => ({
            step: step.label,
            href: href(page.path, sitePaths.step(lang, plan.sector.id, step.id)),
            text: step.items.find((i) => i.id === item.id)!.text,
          }));
      }),
    })),
  };
}
