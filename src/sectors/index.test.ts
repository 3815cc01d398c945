// The Kindreflex publication passes validation with its Dutch text. Here, not
// beside validate.ts: the protocol folder imports no folder above it.
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/load-locales.ts';
import { validate } from '../protocol/validate.ts';
import { kindreflexPublication } from './index.ts';

describe('the Kindreflex publication', () => {
  it('passes validation with its Dutch text', () => {
    const nl = loadLocale('locales', 'nl');
    const { protocol, sectors } = kindreflexPublication;
    expect(validate({ protocol, sectors, source: nl.resources })).toEqual([]);
  });
});
