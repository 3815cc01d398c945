// A step's page: its checklist grouped by kind (a check box per item to act
// on), the ways on, previous and next, a map of all steps, and the link to
// the sector's working checklist.
import type { ContactDetailsView } from '../editions/edition-view.ts';
import type { ItemKind } from '../protocol/types.ts';
import { describe } from './chrome.ts';
import type { PlanView } from './plan.ts';
import { sectorPageTools, type PageBase, type PhaseLinksView, type SectorContext } from './sector-page.ts';
import type { DownloadView } from './overview.ts';
import { productPath } from '../products/registry.ts';
import { assetHref, href, sitePaths } from './urls.ts';

export interface StepPageView extends PageBase {
  id: string;
  label: string;
  phaseHeading: string;
  responsibility: string;
  /** `tickable`: the items are done (not cautions), so the page offers a check box for each. */
  groups: {
    kind: ItemKind;
    heading: string;
    tickable: boolean;
    items: { id: string; text: string; reach?: { id: string; name: string; details: ContactDetailsView }[] }[];
  }[];
  /** Says that the check boxes are for the screen only: nothing stored, nothing sent. */
  tickNote: string;
  /** The product the step pages link (the working checklist, src/products/registry.ts); shown once the build has made it. */
  checklist?: DownloadView;
  exits: { condition?: string; label: string; href: string }[];
  restsNote?: string;
  previous?: { label: string; href: string };
  next?: { label: string; href: string };
  map: PhaseLinksView[];
  headings: { checklist: string; decision: string; pagination: string; map: string; current: string };
  /** Labels of a local edition's contact details (empty for a sector). */
  detailLabels: PlanView['detailLabels'];
}

/** Items of a step are grouped by kind in this order on its page; within a kind, the source's order. */
const KIND_ORDER: readonly ItemKind[] = ['do', 'consult', 'contact', 'record', 'caution'];

export function toStepPages(context: SectorContext): StepPageView[] {
  const { lang, t, protocol, plan } = context;
  /** How to reach the contacts an item names, where a local edition gives their details. */
  const reach = (stepId: string, itemId: string) =>
    (protocol.steps.find((s) => s.id === stepId)?.items.find((i) => i.id === itemId)?.contacts ?? []).flatMap((id) => {
      const contact = plan.contacts.find((c) => c.id === id);
      return contact?.details ? [{ id, name: contact.abbreviation, details: contact.details }] : [];
    });
  const s = plan.sector.id;
  const linked = context.products.find((product) => product.stepLinkKey);
  const { steps, chrome, phaseLinks } = sectorPageTools(context);
  return steps.map((step, index) => {
    const path = sitePaths.step(lang, s, step.id);
    const neighbour = (other: (typeof steps)[number] | undefined, key: 'ui:step.previous' | 'ui:step.next') =>
      other && { label: t(key, { number: other.number, title: other.title }), href: href(path, sitePaths.step(lang, s, other.id)) };
    const previous = neighbour(steps[index - 1], 'ui:step.previous');
    const next = neighbour(steps[index + 1], 'ui:step.next');
    return {
      chrome: chrome(path, step.heading, describe([step.heading, ...step.items.map((item) => item.text)]), (l, x) => sitePaths.step(l, x, step.id)),
      path,
      id: step.id,
      title: step.title,
      label: step.label,
      phaseHeading: plan.phases.find((p) => p.phase === step.phase)!.heading,
      responsibility: step.responsibility,
      groups: KIND_ORDER.map((kind) => ({
        kind,
        heading: t(`ui:kind-group.${kind}`),
        tickable: kind !== 'caution',
        items: step.items
          .filter((item) => item.kind === kind)
          .map(({ id, text }) => {
            const contacts = reach(step.id, id);
            return { id, text, ...(contacts.length > 0 ? { reach: contacts } : {}) };
          }),
      })).filter((group) => group.items.length > 0),
      exits: step.exits.map((exit) => ({
        ...(exit.condition === undefined ? {} : { condition: exit.condition }),
        label: exit.label,
        href: href(path, sitePaths.step(lang, s, exit.to)),
      })),
      tickNote: t('ui:checklist.tick-note'),
      ...(linked ? { checklist: { pdf: productPath(linked, lang, s), type: linked.kind === 'pdf' ? ('application/pdf' as const) : ('application/zip' as const), href: assetHref(path, productPath(linked, lang, s)), labelTemplate: t(linked.stepLinkKey!) } } : {}),
      ...(step.exits.length === 0 ? { restsNote: t('ui:step.rests') } : {}),
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
      map: phaseLinks(path, step.id),
      headings: {
        checklist: t('ui:step.checklist'),
        decision: t('ui:step.decision'),
        pagination: t('ui:step.pagination'),
        map: t('ui:step.map'),
        current: t('ui:step.current'),
      },
      detailLabels: plan.detailLabels,
    };
  });
}
