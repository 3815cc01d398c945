// (protocol, sector, language) → everything a plan page prints, as plain
// strings and numbers. Templates format this; they decide nothing.
import type { Translate } from '../i18n/translator.ts';
import { SOURCE_LANGUAGE, type LocaleMeta } from '../i18n/load-locales.ts';
import { edgesOf } from '../protocol/graph.ts';
import {
  branchKey, contactAbbreviationKey, contactNameKey, creditKey, introductionKey, itemKey,
  moreInformationKey, sectorNameKey, sectorPartnerKey, stepTitleKey,
} from '../protocol/keys.ts';
import type { ItemKind, Phase, Protocol } from '../protocol/types.ts';
import type { Sector } from '../sectors/types.ts';
import type { ContactDetailsView, EditionView, LocalContactView } from '../editions/edition-view.ts';

export interface ItemView {
  id: string;
  kind: ItemKind;
  kindLabel: string;
  text: string;
}

export interface ExitView {
  /** The branch id; undefined for the plain next step. */
  branch?: string;
  /** The branch's question, as the source words it ("Is de thuissituatie veilig?"). */
  condition?: string;
  to: string;
  /** "Ga naar stap 3: …" */
  label: string;
}

export interface StepView {
  id: string;
  number: number;
  /** "Stap 3" */
  label: string;
  title: string;
  phase: Phase;
  responsibility: string;
  items: ItemView[];
  exits: ExitView[];
}

export interface PhaseView {
  phase: Phase;
  heading: string;
  steps: StepView[];
}

export interface ContactView {
  id: string;
  name: string;
  abbreviation: string;
  /** "Vertrouwenscentrum Kindermishandeling (VK)", or just the name when it is its own abbreviation. */
  heading: string;
  /** What kind of service it is: mandated, anonymous advice. */
  facts: string[];
  /** "In stap 4, 5, 6" */
  inSteps: string;
  /** A local edition's phone number, e-mail, web page and hours for this contact. */
  details?: ContactDetailsView;
}

export interface PlanView {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Where the plan is published (`<lang>/<id>/`) and its name: the sector's, or a local edition's. */
  sector: { id: string; name: string };
  title: string;
  introduction: string[];
  phases: PhaseView[];
  contacts: ContactView[];
  /** A local edition's own contacts (none for a sector). */
  localContacts: LocalContactView[];
  partners: string[];
  moreInformation: string;
  credit: string;
  edition: string;
  /** The source documents' titles and authors, as they are written: in the source language (`sourcesLang`). */
  sources: string[];
  sourcesLang: string;
  labels: Record<'introduction' | 'steps' | 'checklist' | 'decision' | 'contacts' | 'partners' | 'sources', string>;
  /** Labels of a local edition's contact details ('phone', 'email', 'url', 'hours', 'local-heading'); empty for a sector. */
  detailLabels: Partial<Record<DetailLabel, string>>;
}

export interface PlanInput {
  protocol: Protocol;
  sector: Sector;
  lang: string;
  meta: LocaleMeta;
  t: Translate;
  /** A local edition of the sector, in this language: its name, address and contact details. */
  edition?: EditionView;
}

export type DetailLabel = 'phone' | 'email' | 'url' | 'hours' | 'local-heading';

export function toPlanView({ protocol, sector, lang, meta, t, edition }: PlanInput): PlanView {
  const numberOf = new Map(protocol.steps.map((step, i) => [step.id, i + 1]));
  const titleOf = (id: string) => t(stepTitleKey(id));

  const steps: StepView[] = protocol.steps.map((step) => ({
    id: step.id,
    number: numberOf.get(step.id)!,
    label: t('ui:step.label', { number: numberOf.get(step.id)! }),
    title: titleOf(step.id),
    phase: step.phase,
    responsibility: t(`ui:responsibility.${step.responsibility}`),
    items: step.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      kindLabel: t(`ui:kind.${item.kind}`),
      text: t(itemKey(step.id, item.id)),
    })),
    exits: edgesOf(step).map((edge) => ({
      ...(edge.branch === undefined ? {} : { branch: edge.branch, condition: t(branchKey(step.id, edge.branch)) }),
      to: edge.to,
      label: t(edge.branch === undefined ? 'ui:step.then' : 'ui:step.go-to', {
        number: numberOf.get(edge.to)!,
        title: titleOf(edge.to),
      }),
    })),
  }));

  const phases: PhaseView[] = (['standard', 'follow-up'] as const).map((phase) => ({
    phase,
    heading: t(`ui:phase.${phase}`),
    steps: steps.filter((s) => s.phase === phase),
  }));

  const contacts: ContactView[] = protocol.contacts.map((contact) => {
    const inSteps = protocol.steps
      .filter((step) => step.items.some((item) => item.contacts?.includes(contact.id)))
      .map((step) => numberOf.get(step.id)!);
    const name = t(contactNameKey(contact.id));
    const abbreviation = t(contactAbbreviationKey(contact.id));
    return {
      id: contact.id,
      name,
      abbreviation,
      heading: abbreviation.toLocaleLowerCase(lang) === name.toLocaleLowerCase(lang) ? name : `${name} (${abbreviation})`,
      facts: [
        ...(contact.mandated ? [t('ui:contacts.mandated')] : []),
        ...(contact.anonymousConsultation ? [t('ui:contacts.anonymous')] : []),
      ],
      inSteps: t('ui:contacts.in-steps', { steps: inSteps.join(', ') }),
      ...(edition?.contacts[contact.id] ? { details: edition.contacts[contact.id] } : {}),
    };
  });

  const sectorName = edition?.name ?? t(sectorNameKey(sector.id));
  const usedSources = new Set([
    protocol.source,
    sector.source,
    ...protocol.steps.flatMap((s) => s.items.flatMap((i) => (i.source ? [i.source] : []))),
  ]);

  return {
    lang,
    dir: meta.dir,
    sector: { id: edition?.id ?? sector.id, name: sectorName },
    title: t('ui:plan.title', { sector: sectorName }),
    introduction: protocol.introduction.map((p) => t(introductionKey(p))),
    phases,
    contacts,
    localContacts: edition?.local ?? [],
    partners: (sector.partners ?? []).map((p) => t(sectorPartnerKey(sector.id, p))),
    moreInformation: t(moreInformationKey),
    credit: t(creditKey),
    edition: t('ui:edition.label', {
      version: protocol.version,
      date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(protocol.published)),
    }),
    sourcesLang: SOURCE_LANGUAGE,
    sources: protocol.sources.filter((s) => usedSources.has(s.id)).map((s) => `${s.title} (${s.issuedBy})`),
    labels: {
      introduction: t('ui:plan.introduction'),
      steps: t('ui:plan.steps'),
      checklist: t('ui:step.checklist'),
      decision: t('ui:step.decision'),
      contacts: t('ui:contacts.heading'),
      partners: t('ui:partners.heading'),
      sources: t('ui:edition.sources'),
    },
    detailLabels: edition
      ? Object.fromEntries((['phone', 'email', 'url', 'hours', 'local-heading'] as const).map((label) => [label, t(`ui:local.${label}`)]))
      : {},
  };
}
