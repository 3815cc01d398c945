import { describe, expect, it } from 'vitest';
import { acceptTranslations, extraTermNames, formatStatus, isComplete, keyState, languageStatus, percentTranslated, sourceHash } from './status.ts';

const nl = {
  ui: { step: { label: 'Stap {{number}}', next: 'Volgende' }, draft: { notice: 'Ontwerp' } },
  sectors: { a: { name: 'A', terms: { client: 'cliënt' } }, b: { name: 'B', terms: { client: 'gedetineerde' } } },
  protocol: { intro: 'Help de {{client}}.', intro_b: 'Help de gedetineerde.' },
};

const fr = {
  ui: { step: { label: 'Étape {{number}}', next: 'Suivante' }, draft: { notice: 'Projet' }, old: 'plus utilisé' },
  sectors: { a: { name: 'A', terms: { client: 'client', clientDative: 'client' } }, b: { name: 'B', terms: { client: 'détenu', clientDative: 'détenu' } } },
  protocol: { intro: 'Aidez le {{clientDative}}.' },
};

describe('languageStatus', () => {
  const hashes = { ...acceptTranslations(nl, { lang: 'fr', name: 'Français', reviewed: false, resources: fr }), 'ui:step.next': sourceHash('Vorige') };
  const status = languageStatus(nl, { lang: 'fr', name: 'Français', reviewed: false, resources: fr, sourceHashes: hashes });

  it('counts every Dutch key, translated or not', () => {
    expect(status.total).toBe(9);
    expect(status.translated).toBe(7);
    expect(percentTranslated(status)).toBe(77);
    expect(isComplete(status)).toBe(false);
  });
  it('lists the key the translation lacks as missing', () => expect(status.missing).toEqual(['protocol:intro_b']));
  it('lists the key whose Dutch text changed since it was translated as stale', () => expect(status.stale).toEqual(['ui:step.next']));
  it('lists keys Dutch does not have as unused, but not the language’s own forms of the terms', () => {
    expect(status.unused).toEqual(['ui:old']);
    expect(status.extraTerms).toEqual(['clientDative']);
  });
  it('prints a table and the keys to act on', () => {
    const text = formatStatus([status]);
    expect(text).toMatch(/^language\s+translated\s+%\s+missing\s+stale\s+invalid\s+unused\s+reviewed\n/);
    expect(text).toMatch(/fr Français\s+7\/9\s+77 %\s+1\s+1\s+0\s+1\s+no \(draft\)/);
    expect(text).toContain('fr: 1 stale');
    expect(text).toContain('  ui:step.next');
  });
});

describe('keyState', () => {
  const hash = { k: sourceHash('de {{client}}') };
  it('is missing when absent or empty', () => {
    expect(keyState('k', 'de {{client}}', undefined, hash, [])).toBe('missing');
    expect(keyState('k', 'de {{client}}', '  ', hash, [])).toBe('missing');
  });
  it('is invalid with a variable neither Dutch nor the language defines', () => {
    expect(keyState('k', 'de {{client}}', 'le {{klant}}', hash, [])).toBe('invalid');
    expect(keyState('k', 'de {{client}}', 'dem {{clientDative}}', hash, ['clientDative'])).toBe('translated');
  });
  it('is stale without a hash: nobody said it matches today’s Dutch', () => {
    expect(keyState('k', 'de {{client}}', 'le {{client}}', {}, [])).toBe('stale');
  });
});

describe('extraTermNames', () => {
  it('counts a term form only when every sector defines it', () => {
    const partial = { ...fr, sectors: { a: fr.sectors.a, b: { name: 'B', terms: { client: 'détenu' } } } };
    expect(extraTermNames(nl, partial)).toEqual([]);
  });
});
