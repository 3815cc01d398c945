// The training's knowledge check, derived from the model: every question,
// its options and its right answers come from the (sector-applied) protocol
// and the plan's texts, so they change when the protocol changes. Each kind
// of question is data with its translatable template (`ui:training.question.*`)
// and the variables the template must use. No text here is invented: the
// questions quote the protocol's own words.
import type { UiKey } from '../i18n/keys.ts';
import type { Translate } from '../i18n/translator.ts';
import type { Protocol } from '../protocol/types.ts';
import type { PlanView, StepView } from './plan.ts';

export type QuestionKindId = 'decision' | 'item-step' | 'record' | 'contact' | 'standard-steps';

export interface QuestionKind {
  id: QuestionKindId;
  /** The question's text key. */
  templateKey: UiKey;
  /** The variables its text must use: the model fills them in. */
  variables: readonly string[];
  /** Check boxes (every right answer) instead of radio buttons (one). */
  multiple: boolean;
}

/** The kinds of question, in the order the check asks them. */
export const QUESTION_KINDS: readonly QuestionKind[] = [
  { id: 'standard-steps', templateKey: 'ui:training.question.standard-steps', variables: [], multiple: true },
  { id: 'item-step', templateKey: 'ui:training.question.item-step', variables: ['item'], multiple: false },
  { id: 'decision', templateKey: 'ui:training.question.decision', variables: ['step', 'condition'], multiple: false },
  { id: 'record', templateKey: 'ui:training.question.record', variables: ['step'], multiple: false },
  { id: 'contact', templateKey: 'ui:training.question.contact', variables: ['step'], multiple: true },
];

export interface OptionView {
  /** A letter, a–z: the SCORM response. */
  id: string;
  label: string;
  correct: boolean;
}

export interface QuestionView {
  /** Stable, from the model: `decision-step-4-safe`; the SCORM interaction's id. */
  id: string;
  kind: QuestionKindId;
  prompt: string;
  multiple: boolean;
  /** In a shuffled order, the same from one build to the next. */
  options: OptionView[];
  /** The step the answer comes from. */
  step: string;
}

export interface QuestionInput {
  protocol: Protocol;
  plan: PlanView;
  t: Translate;
  /** The file the question templates are read from, named in an error (locales/<lang>/ui.json). */
  textsFile: string;
  /** The file the protocol comes from, named in an error. */
  definitionFile: string;
}

/** The publication's training settings (publication.config.json, "training"). */
export interface TrainingSettings {
  /** The share of right answers, 0–100, that passes the check (the package's adlcp:masteryscore). */
  passMark: number;
}

export const DEFAULT_TRAINING: TrainingSettings = { passMark: 80 };

/** What a sector's training is made from besides the plan: the settings, and the files an error names. */
export interface TrainingContext {
  settings: TrainingSettings;
  /** The file the question templates are read from (locales/<lang>/ui.json). */
  textsFile: string;
  /** The file the protocol comes from. */
  definitionFile: string;
}

/** A question template or protocol the check cannot be made from. */
export class TrainingInputError extends Error {
  override name = 'TrainingInputError';
}

/** The least number of steps the questions choose from. */
const LEAST_STEPS = 2;

/** Every question of the check, kind by kind. Throws a TrainingInputError naming the file and field at fault. */
export function deriveQuestions(input: QuestionInput): QuestionView[] {
  const { protocol, definitionFile } = input;
  if (protocol.steps.length < LEAST_STEPS) {
    throw new TrainingInputError(
      `${definitionFile}: protocol "${protocol.id}", field "steps": the training's questions choose between steps, so it needs at least ${LEAST_STEPS} steps (it has ${protocol.steps.length}). Add a step, or publish without the training package.`,
    );
  }
  const templates = new Map(QUESTION_KINDS.map((kind) => [kind.id, checkedTemplate(kind, input)]));
  const tools = questionTools(input);
  const derive: Record<QuestionKindId, () => Derived[]> = {
    'standard-steps': () => standardStepsQuestions(tools, templates.get('standard-steps')!),
    'item-step': () => itemStepQuestions(tools, templates.get('item-step')!),
    decision: () => decisionQuestions(tools, templates.get('decision')!),
    record: () => recordQuestions(tools, templates.get('record')!),
    contact: () => contactQuestions(tools, templates.get('contact')!),
  };
  return QUESTION_KINDS.flatMap((kind) => derive[kind.id]()).map((question) => ({
    ...question,
    options: shuffled(fewerOptions(question), question.id).map((option, i) => ({ id: String.fromCharCode(97 + i), ...option })),
  }));
}

type Template = (values: Record<string, string>) => string;

/** The kind's template, once its text is known to use every variable the kind fills in. */
function checkedTemplate(kind: QuestionKind, { t, textsFile }: QuestionInput): Template {
  const marks = Object.fromEntries(kind.variables.map((name) => [name, `\u0000${name}\u0000`]));
  const text = t(kind.templateKey, marks);
  const missing = kind.variables.filter((name) => !text.includes(marks[name]!));
  if (missing.length > 0) {
    const field = kind.templateKey.slice('ui:'.length);
    throw new TrainingInputError(
      `${textsFile}: "${field}" must use ${missing.map((name) => `{{${name}}}`).join(' and ')}: the question kind "${kind.id}" fills ${missing.length > 1 ? 'them' : 'it'} in from the protocol. Put ${missing.length > 1 ? 'them' : 'it'} back into the text.`,
    );
  }
  return (values) => t(kind.templateKey, values);
}

interface Tools {
  protocol: Protocol;
  steps: StepView[];
  stepById: Map<string, StepView>;
  /** "stap 4", as a sentence names a step. */
  stepRef: (step: StepView) => string;
  /** "Stap 4: Ga na …", as an option names a step. */
  stepOption: (step: StepView, correct: boolean) => Omit<OptionView, 'id'>;
  contactLabel: Map<string, string>;
}

function questionTools({ protocol, plan, t }: QuestionInput): Tools {
  const steps = plan.phases.flatMap((phase) => phase.steps);
  return {
    protocol,
    steps,
    stepById: new Map(steps.map((step) => [step.id, step])),
    stepRef: (step) => t('ui:print.goes-to', { number: step.number }),
    stepOption: (step, correct) => ({ label: step.heading, correct }),
    contactLabel: new Map(plan.contacts.map((contact) => [contact.id, contact.heading])),
  };
}

type Derived = Omit<QuestionView, 'options'> & { options: Omit<OptionView, 'id'>[] };

/** Which steps every staff member must be able to take: one question, a check box per step. */
function standardStepsQuestions({ protocol, steps, stepOption }: Tools, template: Template): Derived[] {
  const everyWorker = new Set(protocol.steps.filter((s) => s.responsibility === 'every-worker').map((s) => s.id));
  if (everyWorker.size === 0) return [];
  return [{ id: 'standard-steps', kind: 'standard-steps', prompt: template({}), multiple: true, options: steps.map((step) => stepOption(step, everyWorker.has(step.id))), step: [...everyWorker][0]! }];
}

/** "In which step do you do this?": the first item of each step that is in no other step (by id and by text). */
function itemStepQuestions({ steps, stepOption }: Tools, template: Template): Derived[] {
  const count = new Map<string, number>();
  for (const item of steps.flatMap((step) => step.items)) for (const key of [`id:${item.id}`, `text:${item.text}`]) count.set(key, (count.get(key) ?? 0) + 1);
  const once = (item: StepView['items'][number]) => count.get(`id:${item.id}`) === 1 && count.get(`text:${item.text}`) === 1;
  return steps.flatMap((step) => {
    const item = step.items.find((i) => (i.kind === 'do' || i.kind === 'consult') && once(i)) ?? step.items.find(once);
    if (!item) return [];
    return [{ id: `item-step-${step.id}-${item.id}`, kind: 'item-step', prompt: template({ item: item.text }), multiple: false, options: steps.map((s) => stepOption(s, s.id === step.id)), step: step.id }];
  });
}

/** One question per branch: which step follows when its condition holds; the options are every other step. */
function decisionQuestions({ steps, stepRef, stepOption }: Tools, template: Template): Derived[] {
  return steps.flatMap((step) =>
    step.exits
      .filter((exit) => exit.branch !== undefined && exit.condition !== undefined)
      .map((exit) => ({
        id: `decision-${step.id}-${exit.branch!}`,
        kind: 'decision' as const,
        prompt: template({ step: stepRef(step), condition: exit.condition! }),
        multiple: false,
        options: steps.filter((s) => s.id !== step.id).map((s) => stepOption(s, s.id === exit.to)),
        step: step.id,
      })),
  );
}

/** What a step has you note in the dossier; the options are what the other steps have you note. */
function recordQuestions({ steps, stepRef }: Tools, template: Template): Derived[] {
  const recorded = steps.flatMap((step) => {
    const item = step.items.find((i) => i.kind === 'record');
    return item ? [{ step, text: item.text }] : [];
  });
  if (recorded.length < 2) return [];
  return recorded.map(({ step, text }, index) => {
    // Up to three others, the ones after it in the plan first: the same from one build to the next.
    const others = [...recorded.slice(index + 1), ...recorded.slice(0, index)].filter((o) => o.text !== text).slice(0, 3);
    return {
      id: `record-${step.id}`,
      kind: 'record' as const,
      prompt: template({ step: stepRef(step) }),
      multiple: false,
      options: [{ label: text, correct: true }, ...others.map((o) => ({ label: o.text, correct: false }))],
      step: step.id,
    };
  });
}

/** Whom a step asks you to contact: a check box per contact of the protocol. */
function contactQuestions({ protocol, stepById, stepRef, contactLabel }: Tools, template: Template): Derived[] {
  if (protocol.contacts.length < 2) return [];
  return protocol.steps.flatMap((modelStep) => {
    const named = new Set(modelStep.items.filter((item) => item.kind === 'contact').flatMap((item) => item.contacts ?? []));
    const step = stepById.get(modelStep.id);
    if (named.size === 0 || !step) return [];
    return [{
      id: `contact-${step.id}`,
      kind: 'contact' as const,
      prompt: template({ step: stepRef(step) }),
      multiple: true,
      options: protocol.contacts.map((contact) => ({ label: contactLabel.get(contact.id) ?? contact.id, correct: named.has(contact.id) })),
      step: step.id,
    }];
  });
}

/** Most options a one-answer question offers: its right answer and three others, picked the same way from one build to the next. */
const MOST_OPTIONS = 4;

function fewerOptions(question: Derived): Derived['options'] {
  if (question.multiple || question.options.length <= MOST_OPTIONS) return question.options;
  const wrong = shuffled(question.options.filter((o) => !o.correct), `${question.id}:others`).slice(0, MOST_OPTIONS - 1);
  return [...question.options.filter((o) => o.correct), ...wrong];
}

/** `items` in an order fixed by `seed`: shuffled, but the same bytes from one build to the next. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  let state = [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** The pass mark of publication.config.json's "training" (default 80); throws naming the file and field when it is not a number from 0 to 100. */
export function trainingSettings(config: { training?: unknown }, file: string): TrainingSettings {
  if (config.training === undefined) return DEFAULT_TRAINING;
  const passMark = typeof config.training === 'object' && config.training !== null ? (config.training as { passMark?: unknown }).passMark : undefined;
  if (passMark === undefined) return DEFAULT_TRAINING;
  if (typeof passMark !== 'number' || !Number.isFinite(passMark) || passMark < 0 || passMark > 100) {
    throw new TrainingInputError(`${file}: "training.passMark" must be a number from 0 to 100 (the share of right answers that passes), e.g. 80; it is ${JSON.stringify(passMark)}.`);
  }
  return { passMark };
}
