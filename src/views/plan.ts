// (protocol, sector, language) → everything a plan page prints, as plain
// strings and numbers. Templates format this; they decide nothing.
import type { Translate } from '../i18n/translator.ts';
import { SOURCE_LANGUAGE, type LocaleMeta } from '../i18n/load-locales.ts';
import { edgesOf, type Edge } from '../protocol/graph.ts';
import {
  branchKey, contactAbbreviationKey, contactNameKey, creditKey, introductionKey, itemKey,
  moreInformationKey, sectorNameKey, sectorPartnerKey, stepTitleKey,
} from '../protocol/keys.ts';
import type { ChecklistItem, Contact, ItemKind, Phase, Protocol, Sector, Step } from '../protocol/types.ts';
import type { ContactDetailsView, EditionView, LocalContactView } from '../editions/edition-view.ts';

export interface ItemView {
  id: string;
  kind: ItemKind;
  kindLabel: string;
  /**
   * The kind's label as it leads the item, with the language's colon
   * ("Noteer in het dossier:"); absent when the text already starts with
   * the label ("Noteer in het dossier hoe …"), so it is not said twice.
   */
  lead?: string;
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
  /** Label and title joined the language's way: "Stap 3: …", "Étape 3 : …". */
  heading: string;
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
  /** The heading with the language's colon, to lead `summary`. */
  lead: string;
  /** What kind of service it is: mandated, anonymous advice. */
  facts: string[];
  /** "In stap 4, 5, 6" */
  inSteps: string;
  /** Facts and steps as sentences: "Gemandateerde dienst. In stap 4, 5, 6." */
  summary: string;
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
  /** The language's colon after a bold name ("VK:", "VK :"). */
  colon: string;
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

/**
 * Whether `text` already starts with `label` (its punctuation trimmed), as a
 * whole word and whatever the case: "Noteer in het dossier hoe …" starts with
 * "Noteer in het dossier", "Contacteer …" does not start with "Contact".
 */
export function startsWithLabel(text: string, label: string, lang: string): boolean {
  const bare = label.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
  if (!bare) return false;
  const start = text.trimStart();
  if (start.slice(0, bare.length).toLocaleLowerCase(lang) !== bare.toLocaleLowerCase(lang)) return false;
  return !/^[\p{L}\p{M}\p{N}]/u.test(start.slice(bare.length));
}

/** A local edition's detail labels, and the language's colon after them. */
export type DetailLabel = 'phone' | 'email' | 'url' | 'hours' | 'local-heading' | 'colon';

export function toPlanView({ protocol, sector, lang, meta, t, edition }: PlanInput): PlanView {
  const words = planWords(protocol, lang, t);
  const phases = phaseViews(protocol.steps.map((step) => stepView(step, words)), t);
  const contacts = protocol.contacts.map((contact) => contactView(contact, protocol, words, edition));
  const sectorName = edition?.name ?? t(sectorNameKey(sector.id));
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
    edition: editionLabel(protocol, lang, meta, t),
    colon: words.colon,
    sourcesLang: SOURCE_LANGUAGE,
    sources: sourceTitles(protocol, sector),
    labels: planLabels(t),
    detailLabels: edition ? localDetailLabels(t, words.colon) : {},
  };
}

/** What every part of the plan words the same way: step numbers and titles, the language's colon. */
interface PlanWords {
  lang: string;
  t: Translate;
  colon: string;
  numberOf: ReadonlyMap<string, number>;
  titleOf: (id: string) => string;
}

function planWords(protocol: Protocol, lang: string, t: Translate): PlanWords {
  return {
    lang,
    t,
    colon: t('ui:punctuation.colon'),
    numberOf: new Map(protocol.steps.map((step, i) => [step.id, i + 1])),
    titleOf: (id) => t(stepTitleKey(id)),
  };
}

function stepView(step: Step, words: PlanWords): StepView {
  const { t, numberOf } = words;
  const label = t('ui:step.label', { number: numberOf.get(step.id)! });
  const title = words.titleOf(step.id);
  return {
    id: step.id,
    number: numberOf.get(step.id)!,
    label,
    title,
    heading: t('ui:punctuation.label-text', { label, text: title }),
    phase: step.phase,
    responsibility: t(`ui:responsibility.${step.responsibility}`),
    items: step.items.map((item) => itemView(step, item, words)),
    exits: edgesOf(step).map((edge) => exitView(step, edge, words)),
  };
}

function itemView(step: Step, item: ChecklistItem, { t, lang, colon }: PlanWords): ItemView {
  const kindLabel = t(`ui:kind.${item.kind}`);
  const text = t(itemKey(step.id, item.id));
  return { id: item.id, kind: item.kind, kindLabel, ...(startsWithLabel(text, kindLabel, lang) ? {} : { lead: `${kindLabel}${colon}` }), text };
}

function exitView(step: Step, edge: Edge, { t, numberOf, titleOf }: PlanWords): ExitView {
  return {
    ...(edge.branch === undefined ? {} : { branch: edge.branch, condition: t(branchKey(step.id, edge.branch)) }),
    to: edge.to,
    label: t(edge.branch === undefined ? 'ui:step.then' : 'ui:step.go-to', {
      number: numberOf.get(edge.to)!,
      title: titleOf(edge.to),
    }),
  };
}

function phaseViews(steps: StepView[], t: Translate): PhaseView[] {
  return (['standard', 'follow-up'] as const).map((phase) => ({
    phase,
    heading: t(`ui:phase.${phase}`),
    steps: steps.filter((s) => s.phase === phase),
  }));
}

function contactView(contact: Contact, protocol: Protocol, { t, lang, colon, numberOf }: PlanWords, edition?: EditionView): ContactView {
  const inSteps = protocol.steps
    .filter((step) => step.items.some((item) => item.contacts?.includes(contact.id)))
    .map((step) => numberOf.get(step.id)!);
  const name = t(contactNameKey(contact.id));
  const abbreviation = t(contactAbbreviationKey(contact.id));
  const heading = abbreviation.toLocaleLowerCase(lang) === name.toLocaleLowerCase(lang) ? name : `${name} (${abbreviation})`;
  const facts = [
    ...(contact.mandated ? [t('ui:contacts.mandated')] : []),
    ...(contact.anonymousConsultation ? [t('ui:contacts.anonymous')] : []),
  ];
  const inStepsText = t('ui:contacts.in-steps', { steps: inSteps.join(', ') });
  return {
    id: contact.id,
    name,
    abbreviation,
    heading,
    lead: `${heading}${colon}`,
    facts,
    inSteps: inStepsText,
    summary: `${[...facts, inStepsText].join('. ')}.`,
    ...(edition?.contacts[contact.id] ? { details: edition.contacts[contact.id] } : {}),
  };
}

function editionLabel(protocol: Protocol, lang: string, meta: LocaleMeta, t: Translate): string {
  // The publication sets both from the latest release (or the definition) before any view is made.
  if (protocol.version === undefined || protocol.published === undefined) throw new Error(`the protocol '${protocol.id}' has no version and date: make a release (npm run release -- 1.0)`);
  return t('ui:edition.label', {
    version: protocol.version,
    // The audience's conventions: "29 November 2026" in English (meta.json's intlLocale, en-GB), not the US order.
    date: new Intl.DateTimeFormat(meta.intlLocale ?? lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(protocol.published)),
  });
}

/** The titles and authors of the sources the plan's text comes from: the protocol's, the sector's, its items'. */
function sourceTitles(protocol: Protocol, sector: Sector): string[] {
  const usedSources = new Set([
    protocol.source,
    sector.source,
    ...protocol.steps.flatMap((s) => s.items.flatMap((i) => (i.source ? [i.source] : []))),
  ]);
  return protocol.sources.filter((s) => usedSources.has(s.id)).map((s) => `${s.title} (${s.issuedBy})`);
}

function planLabels(t: Translate): PlanView['labels'] {
  return {
    introduction: t('ui:plan.introduction'),
    steps: t('ui:plan.steps'),
    checklist: t('ui:step.checklist'),
    decision: t('ui:step.decision'),
    contacts: t('ui:contacts.heading'),
    partners: t('ui:partners.heading'),
    sources: t('ui:edition.sources'),
  };
}

function localDetailLabels(t: Translate, colon: string): PlanView['detailLabels'] {
  return { ...Object.fromEntries((['phone', 'email', 'url', 'hours', 'local-heading'] as const).map((label) => [label, t(`ui:local.${label}`)])), colon };
}
