import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindreflexPublication } from '../sectors/index.ts';
import { editionChecker } from './edition.ts';
import { localText, phoneView, toEditionView } from './edition-view.ts';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'editions', 'edition.schema.json'), 'utf8')) as object;
const check = editionChecker(schema, kindreflexPublication);
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('phone numbers', () => {
  it('are written as Belgians write them, linked in E.164, whichever way the file writes them', () => {
    expect(phoneView('+32 9 210 10 10')).toEqual({ text: nbsp('09 210 10 10'), href: 'tel:+3292101010' });
    expect(phoneView('0470/10.20.30')).toEqual({ text: nbsp('0470 10 20 30'), href: 'tel:+32470102030' });
    expect(phoneView('+31 20 123 4567')).toEqual({ text: nbsp('+31 20 123 4567'), href: 'tel:+31201234567' });
  });
});

describe('an edition in one language', () => {
  it('uses the language’s name, or the Dutch one with the marker', () => {
    expect(localText({ nl: 'Gevangenis X', fr: 'Prison X' }, 'fr', '[NL]')).toBe('Prison X');
    expect(localText({ nl: 'Gevangenis X' }, 'nl', '[NL]')).toBe('Gevangenis X');
    expect(localText({ nl: 'Gevangenis X' }, 'de', '[NL]')).toBe('\uE000[NL]\uE001Gevangenis X\uE002');
  });

  it('links e-mail with mailto: and shows a web address without its scheme', () => {
    const view = toEditionView(
      { id: 'x', file: 'x.json', sector: 'gevangenis', name: { nl: 'X' }, contacts: { parket: { email: 'p@example.org', url: 'https://example.org/parket/' } }, local: [] },
      'nl',
      '[NL]',
    );
    expect(view.contacts['parket']).toEqual({ email: { text: 'p@example.org', href: 'mailto:p@example.org' }, url: { text: 'example.org/parket', href: 'https://example.org/parket/' } });
  });
});

describe('the edition checker', () => {
  const valid = { sector: 'gevangenis', name: { nl: 'Gevangenis X' }, contacts: { vk: { phone: '+32 50 40 71 00' } } };

  it('accepts a valid edition, with its file name as id', () => {
    expect(check('gevangenis-x', 'x.json', valid, new Set())).toMatchObject({ problems: [], edition: { id: 'gevangenis-x', sector: 'gevangenis', local: [] } });
  });

  it('rejects a field the schema does not know, naming it', () => {
    expect(check('gevangenis-x', 'x.json', { ...valid, contact: {} }, new Set()).problems.map((p) => p.path)).toEqual(['x.json: contact']);
  });

  it('rejects an id another edition has, and a local contact id the plan uses', () => {
    expect(check('gevangenis-x', 'x.json', valid, new Set(['gevangenis-x'])).problems[0]!.message).toContain('another edition');
    const local = { ...valid, local: [{ id: 'vk', name: { nl: 'VK' } }] };
    expect(check('gevangenis-x', 'x.json', local, new Set()).problems.map((p) => p.path)).toEqual(['x.json: local[0].id']);
  });
});
