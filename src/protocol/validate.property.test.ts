// Property-based: graphs built to be valid always pass; the same graphs with
// one defect of any kind are always rejected. (The real Kindreflex passing:
// src/sectors/index.test.ts, which reads its locales.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validInput, tinySector } from './test-fixtures.ts';
import type { Protocol, Step } from './types.ts';
import { validate } from './validate.ts';

/**
 * A random valid protocol: steps s1..sn, the last two the outcomes; every
 * other step branches only forward and always to the next step, so every
 * step is reachable and every path ends at an outcome. The last step before
 * the outcomes branches to both, so both outcomes are reachable.
 */
const validProtocol: fc.Arbitrary<Protocol> = fc
  .integer({ min: 3, max: 9 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.array(fc.integer({ min: 1, max: n }), { maxLength: 3 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
    ),
  )
  .map(([n, extraTargets, itemCounts]) => {
    const id = (i: number) => `s${i}`;
    const steps: Step[] = Array.from({ length: n }, (_, k) => {
      const i = k + 1;
      const items = Array.from({ length: itemCounts[k]! }, (_, j) => ({ id: `item-${j}`, kind: 'do' as const }));
      if (i >= n - 1) {
        return { id: id(i), phase: 'follow-up', responsibility: 'team-or-network', outcome: i === n ? 'escalation' : 'support', items };
      }
      const last = i === n - 2 ? [n] : []; // the last step before the outcomes leads to both
      const targets = [...new Set([i + 1, ...last, ...extraTargets[k]!.filter((t) => t > i)])];
      const step: Step = { id: id(i), phase: i <= 2 ? 'standard' : 'follow-up', responsibility: 'every-worker', items };
      return targets.length === 1
        ? { ...step, next: id(targets[0]!) }
        : { ...step, decision: { branches: targets.map((t) => ({ id: `to-${t}`, to: id(t) })) } };
    });
    return {
      id: 'random',
      version: '1',
      published: '2026-01-01',
      source: 'seed',
      sources: [{ id: 'seed', title: 'Seed', issuedBy: 'Tests', location: 'here' }],
      introduction: ['about'],
      start: 's1',
      steps,
      contacts: [],
      glossary: [],
    };
  });

type Defect = (protocol: Protocol, pick: number) => Protocol;

const replaceStep = (protocol: Protocol, index: number, change: (s: Step) => Step): Protocol => ({
  ...protocol,
  steps: protocol.steps.map((s, i) => (i === index ? change(s) : s)),
});

/** Each defect breaks a valid protocol in one way the validator must catch. */
const defects: Record<string, Defect> = {
  'branch to an unknown step': (p, pick) => replaceStep(p, pick % (p.steps.length - 2), (s) => ({ ...s, next: undefined, decision: { branches: [{ id: 'lost', to: 'step-99' }] } })),
  'unreachable step': (p) => ({
    ...p,
    steps: [...p.steps, { id: 'orphan', phase: 'follow-up', responsibility: 'team-or-network', items: [{ id: 'x', kind: 'do' }], next: p.steps.at(-1)!.id }],
  }),
  'cycle with no way out': (p, pick) => {
    const from = pick % (p.steps.length - 2);
    const withLoop = replaceStep(p, from, (s) => ({ ...s, next: undefined, decision: { branches: [{ id: 'into-loop', to: 'loop-a' }] } }));
    return {
      ...withLoop,
      steps: [
        ...withLoop.steps,
        { id: 'loop-a', phase: 'follow-up', responsibility: 'team-or-network', items: [{ id: 'x', kind: 'do' }], next: 'loop-b' },
        { id: 'loop-b', phase: 'follow-up', responsibility: 'team-or-network', items: [{ id: 'y', kind: 'do' }], next: 'loop-a' },
      ],
    };
  },
  'duplicate step id': (p, pick) => replaceStep(p, 1 + (pick % (p.steps.length - 1)), (s) => ({ ...s, id: p.steps[0]!.id })),
  'step with neither items nor exits': (p, pick) => replaceStep(p, pick % (p.steps.length - 2), (s) => ({ ...s, items: [], next: undefined, decision: undefined })),
  'id that is not URL-safe': (p, pick) => replaceStep(p, pick % p.steps.length, (s) => ({ ...s, items: [{ id: 'Not Safe!', kind: 'do' }] })),
  'unknown start': (p) => ({ ...p, start: 'nowhere' }),
};

describe('validate, on random graphs', () => {
  it('accepts every graph built to be valid', () => {
    fc.assert(
      fc.property(validProtocol, (protocol) => {
        expect(validate(validInput(protocol, [tinySector()]))).toEqual([]);
      }),
    );
  });

  it('rejects every graph with a defect, whatever the graph', () => {
    fc.assert(
      fc.property(validProtocol, fc.constantFrom(...Object.keys(defects)), fc.nat(), (protocol, defect, pick) => {
        const broken = defects[defect]!(protocol, pick);
        // Text is generated for the broken graph too, so only the defect itself can fail it.
        expect(validate(validInput(broken, [tinySector()])).length).toBeGreaterThan(0);
      }),
    );
  });
});
