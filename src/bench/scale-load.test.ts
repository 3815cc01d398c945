import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLocale } from '../i18n/load-locales.ts';
import { preparePublication, printsOf } from '../pipeline/publication.ts';
import { kindreflexPublication } from '../sectors/index.ts';
import { pseudoLanguageCode, scaleEdition, scaleSectors, writeScaleLoad } from './scale-load.ts';

describe('the scale load', () => {
  it('names extra sectors and languages without clashing with real ones', () => {
    expect(scaleSectors(4).map((s) => s.id)).toEqual(['justitiehuis', 'gevangenis', 'sector-03', 'sector-04']);
    expect([0, 1, 26].map(pseudoLanguageCode)).toEqual(['qaa', 'qab', 'qba']);
  });
  it.each([[1, 1], [3, 2]])('validates and prepares %i sectors × %i languages', (sectors, languages) => {
    const load = writeScaleLoad(join(import.meta.dirname, '..', '..', 'locales'), sectors, languages);
    const publication = preparePublication({ localesDir: load.localesDir, editionsDir: load.editionsDir, definition: { ...kindreflexPublication, sectors: load.sectors } });
    expect(printsOf(publication, 'card')).toHaveLength(sectors * languages);
    expect(publication.homes).toHaveLength(languages);
    expect(load.languages).toHaveLength(languages);
    // Accepted hashes: a pseudo-language falls back nowhere.
    if (languages > 1) expect(Object.keys(loadLocale(load.localesDir, 'qaa').sourceHashes).length).toBeGreaterThan(100);
  });
  it('adds valid local editions, taking turns among the sectors, in every language', () => {
    const load = writeScaleLoad(join(import.meta.dirname, '..', '..', 'locales'), 2, 2, 5);
    const publication = preparePublication({ localesDir: load.localesDir, editionsDir: load.editionsDir, definition: { ...kindreflexPublication, sectors: load.sectors } });
    expect(printsOf(publication, 'card')).toHaveLength((2 + 5) * 2);
    expect(publication.overviews.map((o) => o.path).filter((p) => p.startsWith('nl/'))).toEqual([
      'nl/justitiehuis/', 'nl/edition-001/', 'nl/edition-003/', 'nl/edition-005/', 'nl/gevangenis/', 'nl/edition-002/', 'nl/edition-004/',
    ]);
    // Distinct, valid numbers: the checker (libphonenumber-js) accepted every one.
    expect(new Set(Array.from({ length: 30 }, (_, i) => scaleEdition(i, load.sectors).contacts.vk.phone)).size).toBe(30);
  });
});
