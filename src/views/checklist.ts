// (plan, sector, language) → the working checklist: a paper form that is
// also fillable on screen. Every box the page prints carries the name, kind
// and accessible name of the PDF form field that will sit on it, derived
// from the model's ids (`step-4.consult-vk-ocj`), so the field names are as
// stable as the ids and the printer only measures where the boxes came out.
import type { Translate } from '../i18n/translator.ts';
import { assertUniqueFieldNames, type FieldKind, type FieldSpec } from './field-names.ts';
import type { Protocol } from '../protocol/types.ts';
import type { ExitView, ItemView, PlanView, StepView } from './plan.ts';

/** What the print page writes on a box for the form step: the field's name, kind and accessible names. */
export type ChecklistField = FieldSpec;

export type ChecklistEntry =
  // `lead` is the kind's label with the language's colon, absent when the text already starts with it (as on the A4 plan).
  | { kind: 'tick'; id: string; itemKind: 'do' | 'consult' | 'contact'; kindLabel: string; lead?: string; text: string; field: ChecklistField }
  | { kind: 'write'; id: string; kindLabel: string; lead?: string; text: string; field: ChecklistField }
  | { kind: 'caution'; id: string; kindLabel: string; lead?: string; text: string };

export interface ChecklistStep {
  id: string;
  /** "Stap 4" */
  label: string;
  title: string;
  /** "Stap 4: …", joined with the language's colon. */
  heading: string;
  phase: 'standard' | 'follow-up';
  entries: ChecklistEntry[];
  /** The step's decision as one choice; undefined for a step with a plain next step or none. */
  decision?: { heading: string; options: { branch: string; condition: string; goesTo: string; field: ChecklistField }[] };
  /** The plain way on of a step without a decision ("Daarna: stap 2: …"). */
  then?: string;
}

export interface ChecklistView {
  lang: string;
  dir: 'ltr' | 'rtl';
  brand: string;
  title: string;
  sectorName: string;
  /** "Kindreflex: Justitiehuizen", joined with the language's colon, for the footer. */
  footerName: string;
  edition: string;
  draftNotice?: string;
  intro: string;
  header: { id: 'date' | 'staff' | 'dossier'; label: string; field: ChecklistField }[];
  steps: ChecklistStep[];
  /** "Pagina {page} van {pages}": the printer fills the numbers in once the pages are laid out. */
  pageLabel: string;
  /** Every field, in reading order: the header, then each step's items and decision. */
  fields: ChecklistField[];
  /** A local edition's contacts with their numbers, printed after the steps; absent for a sector. */
  localContacts?: Pick<PlanView, 'contacts' | 'localContacts' | 'detailLabels' | 'colon'> & { heading: string };
}

/** The longest accessible name we give a field; longer item texts are cut at a word and end in "…". */
export const MAX_LABEL_LENGTH = 120;

/** The item's own words, shortened where long: the first sentence, cut at a word if still too long. */
export function shortLabel(text: string, max = MAX_LABEL_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentence = /^.+?[.?!](?=\s)/.exec(clean)?.[0];
  if (sentence && sentence.length <= max) return sentence;
  const cut = clean.slice(0, max - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max / 2)));
  return `${atWord.replace(/[\s,;:.]+$/, '')}…`;
}

export interface ChecklistInput {
  protocol: Protocol;
  plan: PlanView;
  t: Translate;
  draftNotice?: string;
}

export function toChecklistView({ protocol, plan, t, draftNotice }: ChecklistInput): ChecklistView {
  const header = headerFields(t);
  const steps = checklistSteps(protocol, plan, t);
  const fields = [...header.map((h) => h.field), ...steps.flatMap(stepFields)];
  assertUniqueFieldNames(fields);
  return {
    lang: plan.lang,
    dir: plan.dir,
    brand: t('ui:site.name'),
    title: t('ui:checklist.title', { sector: plan.sector.name }),
    sectorName: plan.sector.name,
    footerName: t('ui:punctuation.label-text', { label: t('ui:site.name'), text: plan.sector.name }),
    edition: plan.edition,
    ...(draftNotice ? { draftNotice } : {}),
    intro: t('ui:checklist.intro'),
    header,
    steps,
    pageLabel: t('ui:checklist.page', { page: '{page}', pages: '{pages}' }),
    fields,
    ...(plan.localContacts.length > 0 || plan.contacts.some((contact) => contact.details) ? { localContacts: localContacts(plan) } : {}),
  };
}

/** The date, the worker and the file the form is about, at its top. */
function headerFields(t: Translate): ChecklistView['header'] {
  return (['date', 'staff', 'dossier'] as const).map((id) => {
    const label = t(`ui:checklist.${id}`);
    return { id, label, field: { name: `header.${id}`, kind: 'text' as const, label, origin: `the checklist's header (${id})` } };
  });
}

/** The plan's steps in the model's order, `s` being a step's index in the model (for the fields' origins). */
function checklistSteps(protocol: Protocol, plan: PlanView, t: Translate): ChecklistStep[] {
  const steps = plan.phases.flatMap((p) => p.steps);
  return protocol.steps.map((modelStep, s) => {
    const step = steps.find((candidate) => candidate.id === modelStep.id)!;
    const branches = step.exits.filter((exit) => exit.branch !== undefined);
    const plain = step.exits.find((exit) => exit.branch === undefined);
    return {
      id: step.id,
      label: step.label,
      title: step.title,
      heading: step.heading,
      phase: step.phase,
      entries: step.items.map((item, i) => checklistEntry(step, item, s, i)),
      ...(modelStep.decision && branches.length > 0 ? { decision: decisionChoice(step, branches, s, t) } : {}),
      ...(plain ? { then: plain.label } : {}),
    };
  });
}

/** A caution is only read; a record item gets lines to write on; any other item a box to tick. */
function checklistEntry(step: StepView, item: ItemView, s: number, i: number): ChecklistEntry {
  const field = (kind: FieldKind): ChecklistField => ({
    name: `${step.id}.${item.id}`,
    kind,
    label: shortLabel(item.text),
    origin: `steps[${s}].items[${i}] ('${item.id}' in ${step.id})`,
    ...(kind === 'text' ? { multiline: true } : {}),
  });
  const common = { id: item.id, kindLabel: item.kindLabel, ...(item.lead ? { lead: item.lead } : {}), text: item.text };
  if (item.kind === 'caution') return { kind: 'caution', ...common };
  if (item.kind === 'record') return { kind: 'write', ...common, field: field('text') };
  return { kind: 'tick', itemKind: item.kind, ...common, field: field('checkbox') };
}

/** The step's branches as one radio group: a single choice, named after the step. */
function decisionChoice(step: StepView, branches: ExitView[], s: number, t: Translate): NonNullable<ChecklistStep['decision']> {
  const decisionLabel = t('ui:punctuation.label-text', { label: step.label, text: t('ui:step.decision') });
  return {
    heading: t('ui:checklist.decision'),
    options: branches.map((exit) => ({
      branch: exit.branch!,
      condition: exit.condition!,
      goesTo: exit.label,
      field: {
        name: `${step.id}.decision`,
        kind: 'radio' as const,
        label: decisionLabel,
        option: exit.branch!,
        optionLabel: `${exit.condition} ${exit.label}`,
        origin: `steps[${s}].decision ('${exit.branch}' in ${step.id})`,
      },
    })),
  };
}

/** A step's fields in reading order: its items', then its decision's. */
function stepFields(step: ChecklistStep): ChecklistField[] {
  return [
    ...step.entries.flatMap((entry) => (entry.kind === 'caution' ? [] : [entry.field])),
    ...(step.decision?.options.map((option) => option.field) ?? []),
  ];
}

/** A local edition's contacts with their numbers, from the plan. */
function localContacts(plan: PlanView): NonNullable<ChecklistView['localContacts']> {
  return {
    heading: plan.labels.contacts,
    contacts: plan.contacts.filter((contact) => contact.details),
    localContacts: plan.localContacts,
    detailLabels: plan.detailLabels,
    colon: plan.colon,
  };
}
