// The Kindreflex as the seed states it, step by step: one describe per step,
// one expectation per branch (shared/seeds/000_bf3469d754b8055b.txt).
import { describe, expect, it } from 'vitest';
import { edgesOf } from './graph.ts';
import { kindreflex } from './kindreflex.ts';
import type { Step } from './types.ts';

const step = (id: string): Step => kindreflex.steps.find((s) => s.id === id)!;
const goesTo = (from: string, branch: string) => edgesOf(step(from)).find((e) => e.branch === branch)?.to;
const kinds = (id: string) => step(id).items.map((i) => i.kind);

describe('the Kindreflex plan', () => {
  it('has six steps, starting at step 1', () => {
    expect(kindreflex.steps.map((s) => s.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6']);
    expect(kindreflex.start).toBe('step-1');
  });

  it('expects every worker to take steps 1–2; steps 3–6 may be shared in a team or network', () => {
    expect(kindreflex.steps.map((s) => [s.id, s.phase, s.responsibility])).toEqual([
      ['step-1', 'standard', 'every-worker'],
      ['step-2', 'standard', 'every-worker'],
      ['step-3', 'follow-up', 'team-or-network'],
      ['step-4', 'follow-up', 'team-or-network'],
      ['step-5', 'follow-up', 'team-or-network'],
      ['step-6', 'follow-up', 'team-or-network'],
    ]);
  });

  it('names VK, OCJ and the parket as contacts; VK and OCJ can be consulted anonymously', () => {
    expect(kindreflex.contacts).toEqual([
      { id: 'vk', mandated: true, anonymousConsultation: true },
      { id: 'ocj', mandated: true, anonymousConsultation: true },
      { id: 'parket', mandated: false, anonymousConsultation: false },
    ]);
  });
});

describe('step 1: a positive conversation about the children', () => {
  it('has three items, the last recorded in the file', () => expect(kinds('step-1')).toEqual(['do', 'do', 'record']));
  it('always goes on to step 2', () => expect(step('step-1').next).toBe('step-2'));
});

describe('step 2: gauge safety at home', () => {
  it('consults a colleague or expert and records an uneasy feeling', () => expect(kinds('step-2')).toEqual(['consult', 'record']));
  it('goes to step 3 when there are no doubts', () => expect(goesTo('step-2', 'no-doubts')).toBe('step-3'));
  it('goes to step 4 on an uneasy feeling or when unclear', () => expect(goesTo('step-2', 'uneasy-or-unclear')).toBe('step-4'));
  it('has no other branch', () => expect(edgesOf(step('step-2'))).toHaveLength(2));
});

describe('step 3: support the client as a parent', () => {
  it('is where the plan rests in support', () => expect(step('step-3').outcome).toBe('support'));
  it('has no exits', () => expect(edgesOf(step('step-3'))).toEqual([]));
  it('ends by recording the support in the file', () => expect(kinds('step-3').at(-1)).toBe('record'));
});

describe('step 4: is there concern, and willingness?', () => {
  it('goes to step 3 when the home situation is safe', () => expect(goesTo('step-4', 'safe')).toBe('step-3'));
  it('goes to step 5 when worrying but the client is willing', () => expect(goesTo('step-4', 'worrying-willing')).toBe('step-5'));
  it('goes to step 6 on inability, resistance or acute danger', () => expect(goesTo('step-4', 'worrying-unable-or-danger')).toBe('step-6'));
  it('has no other branch', () => expect(edgesOf(step('step-4'))).toHaveLength(3));
  it('may consult VK and/or OCJ anonymously by phone', () => {
    expect(step('step-4').items.find((i) => i.kind === 'contact')).toEqual(
      expect.objectContaining({ contacts: ['vk', 'ocj'], anonymous: true }),
    );
  });
  it('ends with the caution not to exceed one’s competence', () => expect(kinds('step-4').at(-1)).toBe('caution'));
});

describe('step 5: restore safety', () => {
  it('goes to step 3 when the situation improves', () => expect(goesTo('step-5', 'improves')).toBe('step-3'));
  it('goes to step 6 when safety is not restored', () => expect(goesTo('step-5', 'not-restored')).toBe('step-6'));
  it('has no other branch', () => expect(edgesOf(step('step-5'))).toHaveLength(2));
});

describe('step 6: involve a mandated service', () => {
  it('is where the plan escalates', () => expect(step('step-6').outcome).toBe('escalation'));
  it('has no exits', () => expect(edgesOf(step('step-6'))).toEqual([]));
  it('contacts VK, OCJ or the parket', () => {
    expect(step('step-6').items.find((i) => i.kind === 'contact')?.contacts).toEqual(['vk', 'ocj', 'parket']);
  });
});
