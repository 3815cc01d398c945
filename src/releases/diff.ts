// What changed between two releases of one sector or local edition, in one
// language: steps, items and branches added, removed or reworded (old and
// new wording), a branch that now leads to another step, a contact's name,
// number or address, a glossary term; and which products print each change.
// Computed from the snapshots, never written by hand. Pure.
import type { Product } from '../products/registry.ts';
import type { StepSnapshot, UnitSnapshot } from './snapshot.ts';

export type ChangeKind = 'added' | 'removed' | 'reworded' | 'redirected' | 'changed';
export type ChangeSubject = 'name' | 'step' | 'item' | 'branch' | 'contact' | 'glossary';

export interface Change {
  kind: ChangeKind;
  subject: ChangeSubject;
  /** The step it is in (or is), and its number in the newer release (the older one's if removed). */
  step?: { id: string; number: number };
  /** The item's, branch's, contact's or glossary entry's id (the step's for a step). */
  id: string;
  /** A contact's name, or a glossary entry's term, in the newer release (the older one's if removed). */
  name?: string;
  /** A contact's field (name, phone, email, url, hours, person) or a glossary entry's (term, definition). */
  field?: string;
  /** The words before and after, in the language (absent when added or removed). */
  before?: string;
  after?: string;
  /** A redirected branch: the number of the step it led to, and of the one it leads to now. */
  redirect?: { from: number; to: number };
  /** The products that print what changed (their ids, in the registry's order); none: it is on no product. */
  products: string[];
}

/** What of a product decides whether a change is on it. */
export type ProductShape = Pick<Product, 'id' | 'content' | 'needsFlowchart'>;

/** A text of `unit` in `lang`, falling back to Dutch (a language the older release did not have). */
function textOf(unit: UnitSnapshot, lang: string): (key: string) => string | undefined {
  const own = unit.texts[lang] ?? {};
  const dutch = unit.texts['nl'] ?? {};
  return (key) => own[key] ?? dutch[key];
}

/** Which products show which part: the card (and sheet) its steps, key actions and contacts; the poster the flowchart; the plan all; the checklist steps and items. */
function productsFor(products: readonly ProductShape[]) {
  const cardLike = (p: ProductShape) => p.content === undefined && !p.needsFlowchart;
  const ids = (keep: (p: ProductShape) => boolean) => products.filter(keep).map((p) => p.id);
  return {
    flow: ids(() => true),
    item: (onCard: boolean) => ids((p) => p.content !== undefined || (onCard && cardLike(p))),
    contact: ids((p) => p.content === 'plan' || cardLike(p)),
  };
}

/** Every change from `before` to `after` (the same sector or edition) in `lang`, step by step, then contacts, then glossary. */
export function diffUnits(before: UnitSnapshot, after: UnitSnapshot, lang: string, products: readonly ProductShape[]): Change[] {
  const old = textOf(before, lang);
  const now = textOf(after, lang);
  const on = productsFor(products);
  const changes: Change[] = [];
  if (old('name') !== now('name')) changes.push({ kind: 'changed', subject: 'name', id: after.id, ...words(old('name'), now('name')), products: on.flow });
  const numberOf = (unit: UnitSnapshot, id: string) => unit.steps.findIndex((s) => s.id === id) + 1;
  for (const step of after.steps) {
    const was = before.steps.find((s) => s.id === step.id);
    const at = { id: step.id, number: numberOf(after, step.id) };
    if (!was) {
      changes.push({ kind: 'added', subject: 'step', step: at, id: step.id, after: now(`step.${step.id}.title`) ?? step.id, products: on.flow });
      continue;
    }
    changes.push(...stepChanges(was, step, at, { old, now, on, numberIn: (id) => numberOf(after, id) || numberOf(before, id) }));
  }
  for (const step of before.steps.filter((s) => !after.steps.some((a) => a.id === s.id))) {
    changes.push({ kind: 'removed', subject: 'step', step: { id: step.id, number: numberOf(before, step.id) }, id: step.id, before: old(`step.${step.id}.title`) ?? step.id, products: on.flow });
  }
  changes.push(...contactChanges(before, after, old, now, on.contact));
  changes.push(...glossaryChanges(before, after, old, now));
  return changes;
}

function words(before: string | undefined, after: string | undefined): Pick<Change, 'before' | 'after'> {
  return { ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

interface StepDiffTools {
  old: (key: string) => string | undefined;
  now: (key: string) => string | undefined;
  on: ReturnType<typeof productsFor>;
  numberIn: (id: string) => number;
}

/** A step in both releases: its title, its items, its ways on. */
function stepChanges(was: StepSnapshot, step: StepSnapshot, at: { id: string; number: number }, { old, now, on, numberIn }: StepDiffTools): Change[] {
  const changes: Change[] = [];
  const title = `step.${step.id}.title`;
  if (old(title) !== now(title)) changes.push({ kind: 'reworded', subject: 'step', step: at, id: step.id, ...words(old(title), now(title)), products: on.flow });
  for (const item of step.items) {
    const key = `step.${step.id}.item.${item.id}`;
    const prior = was.items.find((i) => i.id === item.id);
    if (!prior) changes.push({ kind: 'added', subject: 'item', step: at, id: item.id, ...words(undefined, now(key)), products: on.item(item.card) });
    else if (old(key) !== now(key)) changes.push({ kind: 'reworded', subject: 'item', step: at, id: item.id, ...words(old(key), now(key)), products: on.item(item.card || prior.card) });
  }
  for (const item of was.items.filter((i) => !step.items.some((s) => s.id === i.id))) {
    changes.push({ kind: 'removed', subject: 'item', step: at, id: item.id, ...words(old(`step.${step.id}.item.${item.id}`), undefined), products: on.item(item.card) });
  }
  const exitId = (exit: StepSnapshot['exits'][number]) => exit.branch ?? '';
  for (const exit of step.exits) {
    const prior = was.exits.find((e) => exitId(e) === exitId(exit));
    const key = `step.${step.id}.branch.${exitId(exit)}`;
    const id = exitId(exit) || 'next';
    if (!prior) changes.push({ kind: 'added', subject: 'branch', step: at, id, ...words(undefined, now(key)), redirect: { from: 0, to: numberIn(exit.to) }, products: on.flow });
    else {
      if (prior.to !== exit.to) changes.push({ kind: 'redirected', subject: 'branch', step: at, id, ...words(old(key), now(key)), redirect: { from: numberIn(prior.to), to: numberIn(exit.to) }, products: on.flow });
      if (exit.branch !== undefined && old(key) !== now(key)) changes.push({ kind: 'reworded', subject: 'branch', step: at, id, ...words(old(key), now(key)), products: on.flow });
    }
  }
  for (const exit of was.exits.filter((e) => !step.exits.some((s) => exitId(s) === exitId(e)))) {
    changes.push({ kind: 'removed', subject: 'branch', step: at, id: exitId(exit) || 'next', ...words(old(`step.${step.id}.branch.${exitId(exit)}`), undefined), products: on.flow });
  }
  return changes;
}

const CONTACT_FIELDS = ['name', 'person', 'phone', 'email', 'url', 'hours'] as const;

function contactChanges(before: UnitSnapshot, after: UnitSnapshot, old: StepDiffTools['old'], now: StepDiffTools['now'], products: string[]): Change[] {
  const changes: Change[] = [];
  for (const id of after.contacts) {
    if (!before.contacts.includes(id)) {
      changes.push({ kind: 'added', subject: 'contact', id, ...words(undefined, now(`contact.${id}.name`)), products });
      continue;
    }
    const name = now(`contact.${id}.name`) ?? id;
    for (const field of CONTACT_FIELDS) {
      const key = `contact.${id}.${field}`;
      if (old(key) !== now(key)) changes.push({ kind: 'changed', subject: 'contact', id, name, field, ...words(old(key), now(key)), products });
    }
  }
  for (const id of before.contacts.filter((c) => !after.contacts.includes(c))) {
    changes.push({ kind: 'removed', subject: 'contact', id, ...words(old(`contact.${id}.name`), undefined), products });
  }
  return changes;
}

/** Glossary entries are on no product: listed, but no card goes out of date for them. */
function glossaryChanges(before: UnitSnapshot, after: UnitSnapshot, old: StepDiffTools['old'], now: StepDiffTools['now']): Change[] {
  const changes: Change[] = [];
  for (const id of after.glossary) {
    if (!before.glossary.includes(id)) {
      changes.push({ kind: 'added', subject: 'glossary', id, ...words(undefined, now(`glossary.${id}.term`)), products: [] });
      continue;
    }
    for (const field of ['term', 'definition']) {
      const key = `glossary.${id}.${field}`;
      if (old(key) !== now(key)) changes.push({ kind: 'reworded', subject: 'glossary', id, name: now(`glossary.${id}.term`) ?? id, field, ...words(old(key), now(key)), products: [] });
    }
  }
  for (const id of before.glossary.filter((g) => !after.glossary.includes(g))) {
    changes.push({ kind: 'removed', subject: 'glossary', id, ...words(old(`glossary.${id}.term`), undefined), products: [] });
  }
  return changes;
}

/** The products (ids, in `products`' order) that one of `changes` is on: those out of date. */
export function outOfDate(changes: readonly Change[], products: readonly ProductShape[]): string[] {
  const touched = new Set(changes.flatMap((change) => change.products));
  return products.map((p) => p.id).filter((id) => touched.has(id));
}
