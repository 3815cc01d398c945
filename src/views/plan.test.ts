import { describe, expect, it } from 'vitest';
import { loadLocales } from '../i18n/load-locales.ts';
import { createTranslator } from '../i18n/translator.ts';
import { applySector } from '../protocol/apply-sector.ts';
import { edges } from '../protocol/graph.ts';
import { kindreflex as definition } from '../protocol/kindreflex.ts';
import type { Sector } from '../protocol/types.ts';
import { gevangenis } from '../sectors/gevangenis.ts';
import { justitiehuis } from '../sectors/justitiehuis.ts';
import { startsWithLabel, toPlanView } from './plan.ts';

// As release 1.0 publishes it (releases/1.0.json): the build takes the version and date from the latest release.
const kindreflex = { ...definition, version: '1.0', published: '2026-11-29' };

const locales = loadLocales('locales');
const nl = locales[0]!;
const planFor = (sector: Sector) =>
  toPlanView({ protocol: applySector(kindreflex, sector), sector, lang: 'nl', meta: nl.meta, t: createTranslator(locales, 'nl', sector) });

describe('the Dutch plan view', () => {
  const house = planFor(justitiehuis);
  const prison = planFor(gevangenis);
  const allText = (plan: ReturnType<typeof planFor>) => JSON.stringify(plan);

  it('leads an item with its kind, unless the text already starts with it', () => {
    const items = house.phases.flatMap((p) => p.steps.flatMap((s) => s.items));
    const noted = items.find((i) => i.text.startsWith('Noteer in het dossier hoe'))!;
    expect(noted.lead).toBeUndefined();
    const other = items.find((i) => i.kind === 'record' && !i.text.startsWith('Noteer in het dossier'))!;
    expect(other.lead).toBe('Noteer in het dossier:');
  });

  it('fills every interpolation variable', () => {
    expect(allText(house)).not.toContain('{{');
    expect(allText(prison)).not.toContain('{{');
  });

  it('speaks of justitiabelen in justice houses and of gedetineerden in prisons', () => {
    const item = (plan: typeof house) => plan.phases[0]!.steps[0]!.items[1]!.text;
    expect(item(house)).toBe('Vraag tijdens het gesprek of de justitiabele zorg draagt voor kinderen of een kind verwacht.');
    expect(item(prison)).toBe('Vraag tijdens het gesprek of de gedetineerde zorg draagt voor kinderen of een kind verwacht.');
  });

  it('capitalises a term at the start of a sentence', () => {
    expect(house.introduction).toContain(
      'Justitieassistenten doen de Kindreflex standaard bij elke justitiabele. De eerste 2 stappen van het plan worden bij voorkeur bij aanvang van de begeleiding uitgevoerd.',
    );
  });

  it("uses the prison seed's own wording where it has one, and adds its paragraph and partners", () => {
    expect(prison.introduction[0]).toMatch(/^De Kindreflex stimuleert gevangenispersoneel en mogelijks ander personeel/);
    expect(prison.introduction.at(-1)).toMatch(/^Het hebben van een ouder in detentie/);
    expect(prison.partners).toEqual(['Gevangenissen', 'CAW', 'HVK', 'Over Kop Huizen', '1G1P']);
    expect(house.partners).toEqual([]);
    expect(house.introduction).toHaveLength(kindreflex.introduction.length);
  });

  it('shows every edge of the model as an exit, labelled with the target step', () => {
    const exits = house.phases.flatMap((p) => p.steps.flatMap((s) => s.exits.map((e) => `${s.id}->${e.to}`)));
    expect(exits).toEqual(edges(kindreflex).map((e) => `${e.from}->${e.to}`));
    const step4 = house.phases[1]!.steps.find((s) => s.id === 'step-4')!;
    expect(step4.exits.map((e) => e.label)).toEqual([
      'Ga naar stap 3: Ondersteun de justitiabele in zijn rol als ouder',
      'Ga naar stap 5: Herstel de veiligheid',
      'Ga naar stap 6: Betrek een gemandateerde voorziening',
    ]);
    expect(step4.exits[0]!.condition).toBe('Is de thuissituatie veilig?');
  });

  it('groups steps 1–2 as standard and 3–6 as follow-up', () => {
    expect(house.phases.map((p) => [p.heading, p.steps.map((s) => s.number)])).toEqual([
      ['Standaardstappen', [1, 2]],
      ['Vervolgstappen', [3, 4, 5, 6]],
    ]);
  });

  it('lists the contacts with the steps that name them', () => {
    expect(house.contacts.map((c) => [c.heading, c.inSteps])).toEqual([
      ['Vertrouwenscentrum Kindermishandeling (VK)', 'In stap 4, 5, 6'],
      ['Ondersteuningscentrum Jeugdhulp (OCJ)', 'In stap 4, 5, 6'],
      ['Parket', 'In stap 6'],
    ]);
  });

  it('states the edition and names the sources the sector uses', () => {
    expect(house.edition).toBe('Versie 1.0, gepubliceerd op 29 november 2026');
    expect(house.sources).toHaveLength(1);
    expect(prison.sources).toHaveLength(2);
  });
});

describe('startsWithLabel', () => {
  it('finds the label at the start of the text, whatever the case and the label\'s punctuation, as a whole word', () => {
    expect(startsWithLabel('Noteer in het dossier hoe je de justitiabele ondersteund hebt.', 'Noteer in het dossier', 'nl')).toBe(true);
    expect(startsWithLabel('  noteer in het dossier: de voortgang', 'Noteer in het dossier:', 'nl')).toBe(true);
    expect(startsWithLabel('Notez dans le dossier si la situation …', 'Notez dans le dossier', 'fr')).toBe(true);
    expect(startsWithLabel('Noteer relevante informatie', 'Noteer in het dossier', 'nl')).toBe(false);
    expect(startsWithLabel('Contacteer het VK', 'Contact', 'nl')).toBe(false);
    expect(startsWithLabel('Overleg steeds met andere collega’s', 'Overleg', 'nl')).toBe(true);
  });
});
