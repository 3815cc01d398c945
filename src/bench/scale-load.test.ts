import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLocale } from '../i18n/load-locales.ts';
import { preparePublication } from '../build/publication.ts';
import { kindreflexPublication } from '../sectors/index.ts';
import { pseudoLanguageCode, scaleSectors, writeScaleLoad } from './scale-load.ts';

describe('the scale load', () => {
  it('names extra sectors and languages without clashing with real ones', () => {
    expect(scaleSectors(4).map((s) => s.id)).toEqual(['justitiehuis', 'gevangenis', 'sector-03', 'sector-04']);
    expect([0, 1, 26].map(pseudoLanguageCode)).toEqual(['qaa', 'qab', 'qba']);
  });
  it.each([[1, 1], [3, 2]])('validates and prepares %i sectors × %i languages', (sectors, languages) => {
    const load = writeScaleLoad(join(import.meta.dirname, '..', '..', 'locales'), sectors, languages);
    const publication = preparePublication({ localesDir: load.localesDir, definition: { ...kindreflexPublication, sectors: load.sectors } });
    expect(publication.cards).toHaveLength(sectors * languages);
    expect(publication.homes).toHaveLength(languages);
    expect(load.languages).toHaveLength(languages);
    // Accepted hashes: a pseudo-language falls back nowhere.
    if (languages > 1) expect(Object.keys(loadLocale(load.localesDir, 'qaa').sourceHashes).length).toBeGreaterThan(100);
  });
});
