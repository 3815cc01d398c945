import { describe, expect, it } from 'vitest';
import { loadLocales, type Locale } from '../i18n/load-locales.ts';
import { createTranslator } from '../i18n/translator.ts';
import { applySector } from '../protocol/apply-sector.ts';
import { kindreflex as definition } from '../protocol/kindreflex.ts';
import type { Resources } from '../protocol/resources.ts';
import { textsFor, tinyProtocol, tinySector } from '../protocol/test-fixtures.ts';
import type { Protocol, Sector } from '../protocol/types.ts';
import { gevangenis } from '../sectors/gevangenis.ts';
import { justitiehuis } from '../sectors/justitiehuis.ts';
import { toPlanView, type PlanView } from './plan.ts';
import { deriveQuestions, QUESTION_KINDS, shuffled, TrainingInputError, trainingSettings, type QuestionView } from './training-questions.ts';

// As release 1.0 publishes it (releases/1.0.json): the build takes the version and date from the latest release.
const kindreflex = { ...definition, version: '1.0', published: '2026-11-29' };

const locales = loadLocales('locales');
const nl = locales[0]!;
const nlUi = nl.resources['ui'] as Record<string, unknown>;

/** The tiny fixture protocol, with a second contact and a note in three steps, so that every kind of question has something to ask. */
function fixtureProtocol(): Protocol {
  const protocol = tinyProtocol();
  const [ask, check, support, escalate] = protocol.steps as [Protocol['steps'][number], Protocol['steps'][number], Protocol['steps'][number], Protocol['steps'][number]];
  return {
    ...protocol,
    steps: [
      ask,
      check,
      { ...support, items: [...support.items, { id: 'note-help', kind: 'record' }] },
      { ...escalate, items: [{ id: 'call', kind: 'contact', contacts: ['vk', 'ocj'] }, { id: 'note-call', kind: 'record' }] },
    ],
    contacts: [...protocol.contacts, { id: 'ocj', mandated: true, anonymousConsultation: true }],
  };
}

/** Dutch only: the fixture's texts ("tekst voor …"), and the real Dutch page texts (or `ui`). */
function fixtureLocales(protocol: Protocol, sector: Sector, ui: Record<string, unknown> = nlUi): Locale[] {
  return [{ lang: 'nl', meta: nl.meta, resources: { ...textsFor(protocol, [sector]), ui } as Resources, sourceHashes: {} }];
}

function derive(protocol: Protocol, sector: Sector, fixture = true, ui?: Record<string, unknown>) {
  const these = fixture ? fixtureLocales(protocol, sector, ui) : locales;
  const t = createTranslator(these, 'nl', sector);
  const plan = toPlanView({ protocol, sector, lang: 'nl', meta: nl.meta, t });
  return { plan, questions: deriveQuestions({ protocol, plan, t, textsFile: 'locales/nl/ui.json', definitionFile: 'fixture.ts' }) };
}

/** The fixture sector, with the staff term the every-worker question names. */
const sector = () => tinySector({ terms: ['client', 'staff'] });

const rightLabels = (question: QuestionView) => question.options.filter((o) => o.correct).map((o) => o.label).sort();
const stepsOf = (plan: PlanView) => plan.phases.flatMap((p) => p.steps);

describe('the questions derived from a fixture protocol', () => {
  const protocol = fixtureProtocol();
  const { plan, questions } = derive(protocol, sector());
  const steps = stepsOf(plan);
  const heading = (id: string) => steps.find((s) => s.id === id)!.heading;
  const byKind = (kind: string) => questions.filter((q) => q.kind === kind);

  it('asks every kind, and the right answer of each question is the model’s', () => {
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(QUESTION_KINDS.map((k) => k.id)));
    // Decisions: one per branch, right answer its target.
    const branches = protocol.steps.flatMap((s) => (s.decision?.branches ?? []).map((b) => ({ step: s.id, ...b })));
    expect(byKind('decision').map((q) => q.id)).toEqual(branches.map((b) => `decision-${b.step}-${b.id}`));
    for (const branch of branches) expect(rightLabels(questions.find((q) => q.id === `decision-${branch.step}-${branch.id}`)!)).toEqual([heading(branch.to)]);
    // Items to steps: the right answer is the step the item is in.
    for (const q of byKind('item-step')) {
      const [, stepId] = /^item-step-(\w+)-/.exec(q.id)!;
      expect(rightLabels(q)).toEqual([heading(stepId!)]);
      expect(q.prompt).toContain(steps.find((s) => s.id === stepId)!.items.find((i) => q.id.endsWith(i.id))!.text);
    }
    // What you note: the step's own note.
    expect(byKind('record').map((q) => q.step)).toEqual(['check', 'support', 'escalate']);
    for (const q of byKind('record')) expect(rightLabels(q)).toEqual([steps.find((s) => s.id === q.step)!.items.find((i) => i.kind === 'record')!.text]);
    // Whom you contact: every contact the step's items name, out of all contacts.
    const [contact] = byKind('contact');
    expect(contact!.multiple).toBe(true);
    expect(rightLabels(contact!)).toEqual(plan.contacts.filter((c) => ['vk', 'ocj'].includes(c.id)).map((c) => c.heading).sort());
    // Every worker's steps.
    const [standard] = byKind('standard-steps');
    expect(rightLabels(standard!)).toEqual([heading('ask'), heading('check')].sort());
  });

  it('offers at least two options, lettered a, b, c …, one right answer for a radio question', () => {
    for (const q of questions) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.options.map((o) => o.id)).toEqual(q.options.map((_, i) => String.fromCharCode(97 + i)));
      expect(q.options.filter((o) => o.correct).length, q.id).toBeGreaterThanOrEqual(1);
      if (!q.multiple) expect(q.options.filter((o) => o.correct).length, q.id).toBe(1);
      expect(q.prompt, q.id).not.toMatch(/\{\{|\u0000/);
    }
  });

  it('shuffles the options, the same way from one build to the next', () => {
    expect(derive(protocol, sector()).questions).toEqual(questions);
    const decision = byKind('decision')[0]!;
    const inPlanOrder = steps.filter((s) => s.id !== 'check').map((s) => s.heading);
    expect(questions.some((q) => q.kind === 'decision' && q.options.map((o) => o.label).join() !== inPlanOrder.join())).toBe(true);
    expect(decision.options.map((o) => o.label).sort()).toEqual([...inPlanOrder].sort());
    expect(shuffled([1, 2, 3, 4, 5], 'x')).toEqual(shuffled([1, 2, 3, 4, 5], 'x'));
  });
});

describe('the Kindreflex’s questions', () => {
  for (const sector of [justitiehuis, gevangenis]) {
    it(`are at least 12 for the ${sector.id} sector, quote the protocol, and skip an item that is in two steps`, () => {
      const { questions } = derive(applySector(kindreflex, sector), sector, false);
      expect(questions.length).toBeGreaterThanOrEqual(12);
      expect(questions.find((q) => q.id === 'decision-step-4-worrying-willing')!.prompt).toContain('Is de thuissituatie verontrustend, maar zie je bereidheid bij de');
      expect(questions.filter((q) => q.id.endsWith('consult-vk-ocj'))).toEqual([]);
      expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    });
  }
});

describe('bad input', () => {
  it('a question template without one of its variables: names the file, the key and the variable', () => {
    const ui = structuredClone(nlUi) as { training: { question: Record<string, string> } };
    ui.training.question['decision'] = 'In {{step}}: naar welke stap ga je?';
    const run = () => derive(fixtureProtocol(), sector(), true, ui);
    expect(run).toThrow(TrainingInputError);
    expect(run).toThrow(/locales\/nl\/ui\.json: "training\.question\.decision" must use \{\{condition\}\}/);
  });

  it('a protocol with fewer than two steps to choose from: names the file and the field', () => {
    const protocol = tinyProtocol();
    const one: Protocol = { ...protocol, start: 'ask', steps: [{ ...protocol.steps[0]!, next: undefined }] };
    expect(() => derive(one, sector())).toThrow(/fixture\.ts: protocol "tiny", field "steps": .*at least 2 steps \(it has 1\)/);
  });

  it('a pass mark outside 0–100, or not a number: names the file and the field', () => {
    expect(trainingSettings({}, 'publication.config.json')).toEqual({ passMark: 80 });
    expect(trainingSettings({ training: { passMark: 65 } }, 'publication.config.json')).toEqual({ passMark: 65 });
    for (const passMark of [120, -1, '80']) {
      expect(() => trainingSettings({ training: { passMark } }, 'publication.config.json')).toThrow(/^publication\.config\.json: "training\.passMark" must be a number from 0 to 100/);
    }
  });
});
