import { describe, expect, it } from 'vitest';
import { applySector } from './apply-sector.ts';
import { tinyProtocol, tinySector } from './test-fixtures.ts';

describe('applySector', () => {
  it('leaves the plan alone for a sector that only names its terms', () => {
    expect(applySector(tinyProtocol(), tinySector())).toEqual(tinyProtocol());
  });

  it('adds items after a named item, or at the end, with the sector as source', () => {
    const sector = tinySector({
      source: 'prison-sheet',
      addsItems: [
        { step: 'check', after: 'note', item: { id: 'visit', kind: 'do' } },
        { step: 'ask', item: { id: 'extra', kind: 'record', source: 'other' } },
      ],
    });
    const plan = applySector(tinyProtocol(), sector);
    expect(plan.steps[1]!.items).toEqual([{ id: 'note', kind: 'record' }, { id: 'visit', kind: 'do', source: 'prison-sheet' }]);
    expect(plan.steps[0]!.items.at(-1)).toEqual({ id: 'extra', kind: 'record', source: 'other' });
  });

  it('drops the items a sector leaves out, and adds its introduction paragraphs', () => {
    const plan = applySector(tinyProtocol(), tinySector({ dropsItems: [{ step: 'check', item: 'note' }], addsIntroduction: ['why'] }));
    expect(plan.steps[1]!.items).toEqual([]);
    expect(plan.introduction).toEqual(['about', 'why']);
  });
});
