import { describe, expect, it } from 'vitest';
import { loadLocales } from '../i18n/load-locales.ts';
import { createTranslator } from '../i18n/translator.ts';
import { applySector } from '../protocol/apply-sector.ts';
import { kindreflex as definition } from '../protocol/kindreflex.ts';
import type { Protocol } from '../protocol/types.ts';
import { sectors } from '../sectors/index.ts';
import { FieldNameCollisionError } from './field-names.ts';
import { MAX_LABEL_LENGTH, shortLabel, toChecklistView } from './checklist.ts';
import { toPlanView } from './plan.ts';

// As release 1.0 publishes it (releases/1.0.json): the build takes the version and date from the latest release.
const kindreflex = { ...definition, version: '1.0', published: '2026-11-29' };

const locales = loadLocales('locales');

function checklistFor(lang: string, sector: (typeof sectors)[number], protocol: Protocol = applySector(kindreflex, sector)) {
  const locale = locales.find((l) => l.lang === lang)!;
  const t = createTranslator(locales, lang, sector);
  const plan = toPlanView({ protocol, sector, lang, meta: locale.meta, t });
  return toChecklistView({ protocol, plan, t, ...(locale.meta.reviewed ? {} : { draftNotice: t('ui:draft.notice') }) });
}

describe('the working checklist', () => {
  for (const sector of sectors) {
    it(`has a field for every item to act on, note or decide in ${sector.id}, named from the model's ids, in the plan's order`, () => {
      const steps = applySector(kindreflex, sector).steps;
      const expected = [
        'header.date', 'header.staff', 'header.dossier',
        ...steps.flatMap((step) => [
          ...step.items.filter((item) => item.kind !== 'caution').map((item) => `${step.id}.${item.id}`),
          ...(step.decision?.branches.map(() => `${step.id}.decision`) ?? []),
        ]),
      ];
      const view = checklistFor('nl', sector);
      expect(view.fields.map((f) => f.name)).toEqual(expected);
      const kinds = Object.fromEntries(steps.flatMap((s) => s.items.map((i) => [`${s.id}.${i.id}`, i.kind])));
      for (const field of view.fields) {
        if (field.name.startsWith('header.')) expect(field.kind).toBe('text');
        else if (field.name.endsWith('.decision')) expect(field.kind).toBe('radio');
        else expect(field.kind).toBe(kinds[field.name] === 'record' ? 'text' : 'checkbox');
        expect(field.label.length, field.name).toBeGreaterThan(3);
        expect(field.label.length, field.name).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
      }
    });
  }

  it('names each way on of a decision with the step it leads to, and prints cautions as such', () => {
    const view = checklistFor('nl', sectors[0]!);
    const step4 = view.steps.find((s) => s.id === 'step-4')!;
    expect(step4.decision!.options.map((o) => [o.branch, o.goesTo.slice(0, 16)])).toEqual([
      ['safe', 'Ga naar stap 3: '],
      ['worrying-willing', 'Ga naar stap 5: '],
      ['worrying-unable-or-danger', 'Ga naar stap 6: '],
    ]);
    expect(step4.entries.filter((e) => e.kind === 'caution').map((e) => e.kindLabel)).toEqual(['Let op']);
    expect(view.steps[0]!.then).toMatch(/^Daarna: stap 2/);
  });

  it('carries the draft notice in an unreviewed language, and a page label to number', () => {
    const de = checklistFor('de', sectors[0]!);
    expect(de.draftNotice).toBeTruthy();
    expect(de.pageLabel).toBe('Seite {page} von {pages}');
    expect(checklistFor('nl', sectors[0]!).draftNotice).toBeUndefined();
  });

  it('shortens a long item text to its first sentence, or at a word', () => {
    expect(shortLabel('Kort.')).toBe('Kort.');
    expect(shortLabel(`Eerste zin. ${'woord '.repeat(30)}`)).toBe('Eerste zin.');
    const cut = shortLabel('woord '.repeat(40));
    expect(cut.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
    expect(cut).toMatch(/woord…$/);
  });

  it('fails when two fields would share a name, naming both items', () => {
    // An item with the id 'decision' in a step with a decision: both would be 'step-4.decision'.
    const clash: Protocol = {
      ...kindreflex,
      steps: kindreflex.steps.map((s) => (s.id === 'step-4' ? { ...s, items: [...s.items, { id: 'decision', kind: 'do' as const }] } : s)),
    };
    const checklist = () => checklistFor('nl', sectors[0], applySector(clash, sectors[0]));
    expect(checklist).toThrow(FieldNameCollisionError);
    expect(checklist).toThrow(/both named 'step-4.decision': steps\[3\]\.items\[8\] \('decision' in step-4\) and steps\[3\]\.decision \('safe' in step-4\)/);
  });
});
