// The computed change history on snapshot data: the scenario (an item
// of step 4 reworded, an item added to step 5, a branch of step 4 sent
// elsewhere), a contact's number, a glossary term, and which products each
// change is on.
import { describe, expect, it } from 'vitest';
import { PRODUCTS } from '../products/registry.ts';
import { diffUnits, outOfDate } from './diff.ts';
import type { UnitSnapshot } from './snapshot.ts';

function unit(): UnitSnapshot {
  return {
    id: 'justitiehuis',
    sector: 'justitiehuis',
    edition: false,
    steps: [
      { id: 'step-4', items: [{ id: 'talk', card: false }, { id: 'call-vk', card: true }], exits: [{ branch: 'safe', to: 'step-5' }, { branch: 'unsafe', to: 'step-6' }] },
      { id: 'step-5', items: [{ id: 'support', card: false }], exits: [] },
      { id: 'step-6', items: [{ id: 'report', card: true }], exits: [] },
    ],
    contacts: ['vk'],
    glossary: ['ocj'],
    texts: {
      nl: {
        name: 'Justitiehuizen',
        'step.step-4.title': 'Bespreek',
        'step.step-4.item.talk': 'Praat met de ouder.',
        'step.step-4.item.call-vk': 'Bel het VK.',
        'step.step-4.branch.safe': 'Is het veilig?',
        'step.step-4.branch.unsafe': 'Is het onveilig?',
        'step.step-5.title': 'Ondersteun',
        'step.step-5.item.support': 'Ondersteun de ouder.',
        'step.step-6.title': 'Meld',
        'step.step-6.item.report': 'Meld het.',
        'contact.vk.name': 'Vertrouwenscentrum (VK)',
        'glossary.ocj.term': 'OCJ',
        'glossary.ocj.definition': 'Ondersteuningscentrum.',
      },
      fr: {
        name: 'Maisons de justice',
        'step.step-4.item.talk': 'Parlez avec le parent.',
        'step.step-4.branch.safe': 'Est-ce sûr ?',
      },
    },
  };
}

/** 1.1: an item of step 4 reworded, an item added to step 5, a branch of step 4 sent to step 6. */
function scenario(): UnitSnapshot {
  const next = structuredClone(unit());
  next.texts['nl']!['step.step-4.item.talk'] = 'Praat met de ouder over de kinderen.';
  next.texts['fr']!['step.step-4.item.talk'] = 'Parlez des enfants avec le parent.';
  next.steps[1]!.items.push({ id: 'follow-up', card: false });
  next.texts['nl']!['step.step-5.item.follow-up'] = 'Volg op na een maand.';
  next.steps[0]!.exits[0]!.to = 'step-6';
  return next;
}

describe('the changes between two releases of a sector', () => {
  it('lists the reworded item, the new item and the redirected branch, with the old and new words in Dutch', () => {
    const changes = diffUnits(unit(), scenario(), 'nl', PRODUCTS);
    expect(changes.map(({ kind, subject, step, id }) => [kind, subject, step?.number, id])).toEqual([
      ['reworded', 'item', 1, 'talk'],
      ['redirected', 'branch', 1, 'safe'],
      ['added', 'item', 2, 'follow-up'],
    ]);
    expect(changes[0]).toMatchObject({ before: 'Praat met de ouder.', after: 'Praat met de ouder over de kinderen.' });
    expect(changes[1]).toMatchObject({ redirect: { from: 2, to: 3 }, after: 'Is het veilig?' });
    expect(changes[2]).toMatchObject({ after: 'Volg op na een maand.' });
  });

  it('gives the words in French where the release has them, and the Dutch where it has none', () => {
    const changes = diffUnits(unit(), scenario(), 'fr', PRODUCTS);
    expect(changes[0]).toMatchObject({ before: 'Parlez avec le parent.', after: 'Parlez des enfants avec le parent.' });
    expect(changes[1]).toMatchObject({ after: 'Est-ce sûr ?' });
    expect(changes[2]).toMatchObject({ after: 'Volg op na een maand.' });
  });

  it('finds nothing between a release and itself', () => {
    expect(diffUnits(unit(), unit(), 'nl', PRODUCTS)).toEqual([]);
  });

  it('puts an item that is not a key action on the plan, the checklist and the training only, and a redirected branch on every product', () => {
    const [reworded, redirected] = diffUnits(unit(), scenario(), 'nl', PRODUCTS);
    expect(reworded!.products).toEqual(['plan', 'checklist', 'training']);
    expect(redirected!.products).toEqual(['card', 'sheet', 'plan', 'poster', 'checklist', 'training']);
  });

  it('puts a key action on the card and the sheet too', () => {
    const next = structuredClone(unit());
    next.texts['nl']!['step.step-4.item.call-vk'] = 'Bel het VK meteen.';
    expect(diffUnits(unit(), next, 'nl', PRODUCTS)[0]!.products).toEqual(['card', 'sheet', 'plan', 'checklist', 'training']);
  });

  it("says a contact's new number, with the old one, on the products that print contacts", () => {
    const before = unit();
    before.texts['nl']!['contact.vk.phone'] = '09 210 10 10';
    const after = structuredClone(before);
    after.texts['nl']!['contact.vk.phone'] = '09 210 10 99';
    const changes = diffUnits(before, after, 'nl', PRODUCTS);
    expect(changes).toEqual([
      { kind: 'changed', subject: 'contact', id: 'vk', name: 'Vertrouwenscentrum (VK)', field: 'phone', before: '09 210 10 10', after: '09 210 10 99', products: ['card', 'sheet', 'plan'] },
    ]);
    expect(outOfDate(changes, PRODUCTS)).toEqual(['card', 'sheet', 'plan']);
  });

  it('lists a reworded glossary term, which makes no product out of date', () => {
    const after = structuredClone(unit());
    after.texts['nl']!['glossary.ocj.definition'] = 'Ondersteuningscentrum Jeugdzorg.';
    const changes = diffUnits(unit(), after, 'nl', PRODUCTS);
    expect(changes).toMatchObject([{ kind: 'reworded', subject: 'glossary', id: 'ocj', field: 'definition', products: [] }]);
    expect(outOfDate(changes, PRODUCTS)).toEqual([]);
  });

  it('lists a step removed and one added, an item removed and a branch removed', () => {
    const after = structuredClone(unit());
    after.steps = [
      { ...after.steps[0]!, items: [after.steps[0]!.items[1]!], exits: [after.steps[0]!.exits[1]!] },
      after.steps[2]!,
      { id: 'step-7', items: [], exits: [] },
    ];
    after.texts['nl']!['step.step-7.title'] = 'Evalueer';
    const changes = diffUnits(unit(), after, 'nl', PRODUCTS);
    expect(changes.map(({ kind, subject, id, before, after: now }) => [kind, subject, id, before ?? now])).toEqual([
      ['removed', 'item', 'talk', 'Praat met de ouder.'],
      ['removed', 'branch', 'safe', 'Is het veilig?'],
      ['added', 'step', 'step-7', 'Evalueer'],
      ['removed', 'step', 'step-5', 'Ondersteun'],
    ]);
  });
});
