import { describe, expect, it } from 'vitest';
import type { Protocol, Step } from './types.ts';
import { formatProblems, validate } from './validate.ts';
import { textsFor, tinyProtocol, tinySector, validInput } from './test-fixtures.ts';

/** The tiny protocol with one step changed. */
function withStep(id: string, change: (step: Step) => Step, protocol = tinyProtocol()): Protocol {
  return { ...protocol, steps: protocol.steps.map((s) => (s.id === id ? change(s) : s)) };
}

function problemsOf(protocol: Protocol) {
  return validate(validInput(protocol));
}

describe('validate', () => {
  it('accepts the tiny fixture protocol', () => {
    expect(validate(validInput())).toEqual([]);
  });

  it('reports a branch to an unknown step with its path and the known steps', () => {
    const protocol = withStep('check', (s) => ({ ...s, decision: { branches: [{ id: 'fine', to: 'support' }, { id: 'worried', to: 'step-7' }] } }));
    const problems = problemsOf(protocol);
    expect(problems).toContainEqual({
      path: 'steps[1].decision.branches[1].to',
      message: "unknown step 'step-7'",
      hint: 'branch to one of: ask, check, support, escalate',
    });
  });

  it('reports a plain next step that does not exist', () => {
    const problems = problemsOf(withStep('ask', (s) => ({ ...s, next: 'nowhere' })));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toContain("steps[0].next: unknown step 'nowhere'");
  });

  it('reports an unreachable step', () => {
    const protocol = tinyProtocol();
    const orphan: Step = { id: 'orphan', phase: 'follow-up', responsibility: 'team-or-network', items: [{ id: 'x', kind: 'do' }], next: 'support' };
    const problems = problemsOf({ ...protocol, steps: [...protocol.steps, orphan] });
    expect(problems.map((p) => p.message)).toContain("step 'orphan' cannot be reached from the start ('ask')");
  });

  it('reports a step with neither items nor exits', () => {
    const problems = problemsOf(withStep('support', (s) => ({ ...s, items: [] })));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'steps[2]', message: "step 'support' has neither items nor exits" }));
  });

  it('reports follow-up steps that loop without reaching support or escalation', () => {
    const protocol = tinyProtocol();
    const loop: Step[] = [
      { id: 'loop-a', phase: 'follow-up', responsibility: 'team-or-network', items: [{ id: 'x', kind: 'do' }], next: 'loop-b' },
      { id: 'loop-b', phase: 'follow-up', responsibility: 'team-or-network', items: [{ id: 'y', kind: 'do' }], next: 'loop-a' },
    ];
    const entered = withStep('check', (s) => ({ ...s, decision: { branches: [...s.decision!.branches, { id: 'unsure', to: 'loop-a' }] } }), {
      ...protocol,
      steps: [...protocol.steps, ...loop],
    });
    const messages = problemsOf(entered).map((p) => p.message);
    expect(messages).toContain("follow-up step 'loop-a' can never reach support or escalation");
    expect(messages).toContain("follow-up step 'loop-b' can never reach support or escalation");
  });

  it('reports duplicate step, item and branch ids', () => {
    const protocol = tinyProtocol();
    const duplicateStep = { ...protocol, steps: protocol.steps.map((s) => (s.id === 'support' ? { ...s, id: 'ask' } : s)) };
    expect(problemsOf(duplicateStep).map((p) => p.message)).toContain("duplicate step id 'ask' (also at steps[0])");

    const duplicateItem = withStep('ask', (s) => ({ ...s, items: [...s.items, { id: 'talk', kind: 'record' }] }));
    expect(problemsOf(duplicateItem)).toContainEqual(expect.objectContaining({ path: 'steps[0].items[1].id' }));

    const duplicateBranch = withStep('check', (s) => ({ ...s, decision: { branches: [{ id: 'fine', to: 'support' }, { id: 'fine', to: 'escalate' }] } }));
    expect(problemsOf(duplicateBranch).map((p) => p.message)).toContain("duplicate branch id 'fine' (also at steps[1].decision.branches[0])");
  });

  it('reports ids that are not URL-safe', () => {
    const problems = problemsOf(withStep('ask', (s) => ({ ...s, items: [{ id: 'Talk to them', kind: 'do' }] })));
    expect(problems).toContainEqual(expect.objectContaining({ path: 'steps[0].items[0].id', message: "item id 'Talk to them' is not URL-safe" }));
  });

  it('reports a key the model needs that Dutch lacks, naming the file and the key', () => {
    const input = validInput();
    const protocolTexts = input.source['protocol'] as { steps: { check: { items: Record<string, string> } } };
    delete protocolTexts.steps.check.items['note'];
    const problems = validate({ ...input, sourceDir: 'locales/nl' });
    expect(problems).toEqual([
      {
        path: 'locales/nl/protocol.json: steps.check.items.note',
        message: 'missing Dutch text (needed by steps[1].items[0])',
        hint: 'add the key to locales/nl/protocol.json, with the text from the source document',
      },
    ]);
  });

  it('accepts a key that only exists in a sector context, for that sector', () => {
    const input = validInput();
    const items = (input.source['protocol'] as { steps: { check: { items: Record<string, string> } } }).steps.check.items;
    items['note_house'] = items['note']!;
    delete items['note'];
    expect(validate(input)).toEqual([]);
  });

  it('reports an interpolation variable the sector does not define', () => {
    const input = validInput();
    (input.source['protocol'] as { steps: { ask: { items: Record<string, string> } } }).steps.ask.items['talk'] = 'Praat met de {{clent}}.';
    const problems = validate(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe("uses {{clent}}, which sector 'house' does not define");
    expect(problems[0]!.hint).toContain('client');
  });

  it('accepts a variable with a formatter when the sector defines it', () => {
    const input = validInput();
    (input.source['protocol'] as { steps: { ask: { items: Record<string, string> } } }).steps.ask.items['talk'] = '{{client, capitalize}} praat.';
    expect(validate(input)).toEqual([]);
  });

  it('reports a context key for a sector that does not exist', () => {
    const input = validInput();
    (input.source['protocol'] as { steps: { ask: { items: Record<string, string> } } }).steps.ask.items['talk_prsion'] = 'typo';
    expect(validate(input).map((p) => p.message)).toEqual(["'_prsion' is not a sector, so this text is never used"]);
  });

  it('reports a sector that drops or adds against items that do not exist', () => {
    const sector = tinySector({
      dropsItems: [{ step: 'ask', item: 'shout' }],
      addsItems: [{ step: 'nowhere', item: { id: 'extra', kind: 'do' } }],
    });
    const protocol = tinyProtocol();
    const problems = validate({ protocol, sectors: [sector], source: textsFor(protocol, [tinySector()]) });
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['sectors[0].dropsItems[0].item', 'sectors[0].addsItems[0].step']));
  });

  it('reports an item a sector adds with an id the step already has', () => {
    const protocol = tinyProtocol();
    const sector = tinySector({ addsItems: [{ step: 'ask', item: { id: 'talk', kind: 'record' } }] });
    const problems = validate({ protocol, sectors: [sector], source: textsFor(protocol, [sector]) });
    expect(problems.map((p) => p.message)).toContain("duplicate item id 'talk' (also at sectors[0] → steps[0].items[0])");
  });

  it('reports every problem at once', () => {
    const protocol = withStep('check', (s) => ({ ...s, items: [{ id: 'Bad Id', kind: 'do' }], decision: { branches: [{ id: 'fine', to: 'gone' }, { id: 'worried', to: 'escalate' }] } }));
    const problems = problemsOf(protocol);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(formatProblems(problems)).toMatch(/^\d+ problems found:\n {2}- steps\[1\]/);
  });
});
