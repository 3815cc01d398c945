// Checks a protocol, its sectors and the Dutch source text before anything is
// rendered, and reports every problem at once, each with its path and a fix.
import { applySector, sectorTexts } from './apply-sector.ts';
import { edgesOf, reachableFrom, stepsReachingAnOutcome } from './graph.ts';
import { protocolTexts } from './keys.ts';
import { flatten, interpolationVariables, lookup, splitKey, type Resources } from './resources.ts';
import type { Protocol, Sector, Step } from './types.ts';

export interface Problem {
  /** Where: a path into the model (`steps[3].decision.branches[1].to`) or a locale file. */
  path: string;
  message: string;
  /** What would fix it. */
  hint: string;
}

export interface ValidationInput {
  protocol: Protocol;
  sectors: readonly Sector[];
  /** The Dutch source locale, by namespace. */
  source: Resources;
  /** The folder the source locale was read from, for messages. */
  sourceDir?: string;
}

const URL_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  - ${p.path}: ${p.message}\n    fix: ${p.hint}`);
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} found:\n${lines.join('\n')}`;
}

export function validate(input: ValidationInput): Problem[] {
  return [...checkStructure(input.protocol), ...checkSectors(input), ...checkSourceText(input)];
}

function checkIds(ids: readonly { id: string; path: string }[], what: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { id, path } of ids) {
    if (!URL_SAFE.test(id)) {
      problems.push({
        path: `${path}.id`,
        message: `${what} id '${id}' is not URL-safe`,
        hint: 'use lower-case letters, digits and single hyphens (e.g. "note-children"); ids end up in URLs and i18n keys',
      });
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        path: `${path}.id`,
        message: `duplicate ${what} id '${id}' (also at ${first})`,
        hint: `give each ${what} its own id; a published id never changes, so rename the newer one`,
      });
    } else seen.set(id, path);
  }
  return problems;
}

/** The model on its own: its ids, what they refer to, and its graph. */
function checkStructure(protocol: Protocol): Problem[] {
  const known = knownIds(protocol);
  return [
    ...checkProtocolIds(protocol, known),
    ...checkProtocolFields(protocol, known),
    ...protocol.steps.flatMap((step, s) => [...checkStep(step, `steps[${s}]`, known), ...checkItems(step, `steps[${s}]`, known)]),
    ...checkGraph(protocol, known),
  ];
}

/** The ids a protocol's references may name. */
interface KnownIds {
  steps: ReadonlySet<string>;
  contacts: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

function knownIds(protocol: Protocol): KnownIds {
  return {
    steps: new Set(protocol.steps.map((s) => s.id)),
    contacts: new Set(protocol.contacts.map((c) => c.id)),
    sources: new Set(protocol.sources.map((s) => s.id)),
  };
}

/** The ids of the protocol and its top-level lists (and the glossary's sources, checked in between). */
function checkProtocolIds(protocol: Protocol, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  problems.push(...checkIds([{ id: protocol.id, path: 'protocol' }], 'protocol'));
  problems.push(...checkIds(protocol.steps.map((s, i) => ({ id: s.id, path: `steps[${i}]` })), 'step'));
  problems.push(...checkIds(protocol.contacts.map((c, i) => ({ id: c.id, path: `contacts[${i}]` })), 'contact'));
  problems.push(...checkIds(protocol.sources.map((s, i) => ({ id: s.id, path: `sources[${i}]` })), 'source'));
  problems.push(...checkIds(protocol.glossary.map((g, i) => ({ id: g.id, path: `glossary[${i}]` })), 'glossary entry'));
  protocol.glossary.forEach((entry, i) => {
    if (entry.source !== undefined && !known.sources.has(entry.source)) {
      problems.push({ path: `glossary[${i}].source`, message: `unknown source '${entry.source}'`, hint: `name one of the sources: ${[...known.sources].join(', ')}` });
    }
  });
  problems.push(...checkIds(protocol.introduction.map((id, i) => ({ id, path: `introduction[${i}]` })), 'introduction paragraph'));
  return problems;
}

/** The protocol's date, source and start, and that both outcomes have a step. */
function checkProtocolFields(protocol: Protocol, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  if (protocol.published !== undefined && (!ISO_DATE.test(protocol.published) || Number.isNaN(Date.parse(protocol.published)))) {
    problems.push({ path: 'published', message: `'${protocol.published}' is not a date`, hint: 'write the publication date as YYYY-MM-DD' });
  }
  if (!known.sources.has(protocol.source)) {
    problems.push({ path: 'source', message: `unknown source '${protocol.source}'`, hint: `name one of the sources: ${[...known.sources].join(', ')}` });
  }
  if (!known.steps.has(protocol.start)) {
    problems.push({ path: 'start', message: `unknown step '${protocol.start}'`, hint: `start at one of: ${[...known.steps].join(', ')}` });
  }
  for (const outcome of ['support', 'escalation'] as const) {
    if (!protocol.steps.some((s) => s.outcome === outcome)) {
      problems.push({ path: 'steps', message: `no step has outcome '${outcome}'`, hint: `mark the step where the plan ends in ${outcome} with outcome: '${outcome}'` });
    }
  }
  return problems;
}

/** A step's item and branch ids, and its ways out. */
function checkStep(step: Step, at: string, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const steps = [...known.steps].join(', ');
  problems.push(...checkIds(step.items.map((item, i) => ({ id: item.id, path: `${at}.items[${i}]` })), 'item'));
  if (step.decision) {
    problems.push(...checkIds(step.decision.branches.map((b, i) => ({ id: b.id, path: `${at}.decision.branches[${i}]` })), 'branch'));
    if (step.next !== undefined) {
      problems.push({ path: `${at}.next`, message: `step '${step.id}' has both next and a decision`, hint: 'keep the decision and add the plain next step as one of its branches, or drop the decision' });
    }
    if (step.decision.branches.length === 0) {
      problems.push({ path: `${at}.decision.branches`, message: `step '${step.id}' has a decision without branches`, hint: 'add the branches, or remove the decision' });
    }
  }
  step.decision?.branches.forEach((branch, b) => {
    if (!known.steps.has(branch.to)) {
      problems.push({ path: `${at}.decision.branches[${b}].to`, message: `unknown step '${branch.to}'`, hint: `branch to one of: ${steps}` });
    }
  });
  if (step.next !== undefined && !known.steps.has(step.next)) {
    problems.push({ path: `${at}.next`, message: `unknown step '${step.next}'`, hint: `continue to one of: ${steps}` });
  }
  if (step.items.length === 0 && edgesOf(step).length === 0) {
    problems.push({ path: at, message: `step '${step.id}' has neither items nor exits`, hint: 'give it its checklist items, or remove the step and the branches to it' });
  }
  if (step.outcome && edgesOf(step).length > 0) {
    problems.push({ path: `${at}.outcome`, message: `outcome step '${step.id}' has exits`, hint: 'an outcome is where the plan comes to rest: remove its next/decision, or its outcome' });
  }
  return problems;
}

/** A step's items: the services a contact item names, and the sources. */
function checkItems(step: Step, at: string, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const contacts = [...known.contacts].join(', ');
  step.items.forEach((item, i) => {
    const itemAt = `${at}.items[${i}]`;
    if (item.kind === 'contact' && !item.contacts?.length) {
      problems.push({ path: `${itemAt}.contacts`, message: `contact item '${item.id}' names no service`, hint: `list the services it contacts: ${contacts}` });
    }
    if (item.kind !== 'contact' && item.contacts?.length) {
      problems.push({ path: `${itemAt}.kind`, message: `item '${item.id}' names services but is of kind '${item.kind}'`, hint: "make it kind 'contact', or drop its contacts" });
    }
    item.contacts?.forEach((c, ci) => {
      if (!known.contacts.has(c)) problems.push({ path: `${itemAt}.contacts[${ci}]`, message: `unknown contact '${c}'`, hint: `use one of: ${contacts}, or add it to contacts` });
    });
    if (item.source !== undefined && !known.sources.has(item.source)) {
      problems.push({ path: `${itemAt}.source`, message: `unknown source '${item.source}'`, hint: `name one of the sources: ${[...known.sources].join(', ')}` });
    }
  });
  return problems;
}

/** Every step reachable from the start, and every step able to reach support or escalation. */
function checkGraph(protocol: Protocol, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const reachable = reachableFrom(protocol, protocol.start);
  const reachingOutcome = stepsReachingAnOutcome(protocol);
  protocol.steps.forEach((step, s) => {
    if (known.steps.has(protocol.start) && !reachable.has(step.id)) {
      problems.push({ path: `steps[${s}]`, message: `step '${step.id}' cannot be reached from the start ('${protocol.start}')`, hint: `add a branch or next to '${step.id}', or remove it` });
    } else if (!reachingOutcome.has(step.id)) {
      const what = step.phase === 'follow-up' ? 'follow-up step' : 'step';
      problems.push({ path: `steps[${s}]`, message: `${what} '${step.id}' can never reach support or escalation`, hint: 'add a branch that leads on to a support or escalation step; as it is, the plan loops or stops here' });
    }
  });
  return problems;
}

function checkSectors({ protocol, sectors }: ValidationInput): Problem[] {
  const problems = checkIds(sectors.map((s, i) => ({ id: s.id, path: `sectors[${i}]` })), 'sector');
  if (sectors.length === 0) {
    problems.push({ path: 'sectors', message: 'the publication has no sector', hint: 'list at least one sector in the definition (`sectors: [...]`): every page belongs to one' });
  }
  const sourceIds = new Set(protocol.sources.map((s) => s.id));
  sectors.forEach((sector, x) => {
    const at = `sectors[${x}]`;
    if (!sourceIds.has(sector.source)) {
      problems.push({ path: `${at}.source`, message: `unknown source '${sector.source}'`, hint: `name one of the protocol's sources: ${[...sourceIds].join(', ')}` });
    }
    sector.terms.forEach((term, t) => {
      if (!VARIABLE_NAME.test(term)) problems.push({ path: `${at}.terms[${t}]`, message: `term '${term}' is not a valid variable name`, hint: 'use letters and digits, starting with a letter (e.g. staffPlural)' });
    });
    problems.push(...checkIds((sector.partners ?? []).map((id, i) => ({ id, path: `${at}.partners[${i}]` })), 'partner'));
    const stepById = new Map(protocol.steps.map((s) => [s.id, s]));
    sector.addsItems?.forEach((add, i) => {
      const step = stepById.get(add.step);
      if (!step) problems.push({ path: `${at}.addsItems[${i}].step`, message: `unknown step '${add.step}'`, hint: `add to one of: ${[...stepById.keys()].join(', ')}` });
      else if (add.after !== undefined && !step.items.some((it) => it.id === add.after)) {
        problems.push({ path: `${at}.addsItems[${i}].after`, message: `step '${add.step}' has no item '${add.after}'`, hint: `place it after one of: ${step.items.map((it) => it.id).join(', ')}` });
      }
    });
    sector.dropsItems?.forEach((drop, i) => {
      const step = stepById.get(drop.step);
      if (!step) problems.push({ path: `${at}.dropsItems[${i}].step`, message: `unknown step '${drop.step}'`, hint: `drop from one of: ${[...stepById.keys()].join(', ')}` });
      else if (!step.items.some((it) => it.id === drop.item)) {
        problems.push({ path: `${at}.dropsItems[${i}].item`, message: `step '${drop.step}' has no item '${drop.item}'`, hint: `drop one of: ${step.items.map((it) => it.id).join(', ')}` });
      }
    });
    // Items the sector adds must not clash with the plan's (the plan's own clashes are reported once, above).
    if (sector.addsItems?.length) {
      const applied = applySector(protocol, sector);
      applied.steps.forEach((step, s) => {
        problems.push(...checkIds(step.items.map((item, i) => ({ id: item.id, path: `${at} → steps[${s}].items[${i}]` })), 'item'));
      });
    }
  });
  return problems;
}

function checkSourceText({ protocol, sectors, source, sourceDir = 'locales/nl' }: ValidationInput): Problem[] {
  const problems: Problem[] = [];
  const fileOf = (key: string) => `${sourceDir}/${splitKey(key).namespace}.json`;
  const missing = new Map<string, { sectors: string[]; path: string }>();

  sectors.forEach((sector, x) => {
    const terms = new Set(sector.terms);
    const texts = [...protocolTexts(applySector(protocol, sector)), ...sectorTexts(sector, x)];
    for (const { key, path } of texts) {
      const found = lookup(source, key, sector.id);
      if (!found) {
        const entry = missing.get(key) ?? { sectors: [], path };
        entry.sectors.push(sector.id);
        missing.set(key, entry);
        continue;
      }
      for (const variable of interpolationVariables(found.value)) {
        if (!terms.has(variable)) {
          problems.push({
            path: `${fileOf(found.key)}: ${splitKey(found.key).path.join('.')}`,
            message: `uses {{${variable}}}, which sector '${sector.id}' does not define`,
            hint: `use one of the sector's terms (${sector.terms.join(', ')}), or add '${variable}' to the terms of src/sectors/${sector.id}.ts and its word to sectors.json`,
          });
        }
      }
    }
  });
  for (const [key, { sectors: which, path }] of missing) {
    const all = which.length === sectors.length;
    problems.push({
      path: `${fileOf(key)}: ${splitKey(key).path.join('.')}`,
      message: `missing Dutch text${all ? '' : ` for sector ${which.join(', ')}`} (needed by ${path})`,
      hint: `add the key to ${fileOf(key)}, with the text from the source document`,
    });
  }

  const sectorIds = new Set(sectors.map((s) => s.id));
  for (const key of flatten(source).keys()) {
    const last = splitKey(key).path.at(-1)!;
    const underscore = last.lastIndexOf('_');
    if (underscore === -1) continue;
    const context = last.slice(underscore + 1);
    if (!sectorIds.has(context)) {
      problems.push({
        path: `${fileOf(key)}: ${splitKey(key).path.join('.')}`,
        message: `'_${context}' is not a sector, so this text is never used`,
        hint: `a key ending in _<sector> is that sector's wording; sectors are: ${[...sectorIds].join(', ')}`,
      });
    }
  }
  return problems;
}
