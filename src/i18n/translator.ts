// One i18next instance per language; a sector's wording is an i18next context
// (`key_<sector>`) falling back to the generic key, and its terms fill the
// interpolation variables. Text is not HTML-escaped here: the templates
// escape everything they print, once.
import i18next from 'i18next';
import type { Sector } from '../sectors/types.ts';
import { sectorTermKey } from '../protocol/keys.ts';
import type { TextKey } from './keys.ts';
import { SOURCE_LANGUAGE, type Locale } from './load-locales.ts';

/** Turns a text key into text for one language and sector. */
export type Translate = (key: TextKey, values?: Record<string, string | number>) => string;

export function createTranslator(locales: readonly Locale[], lang: string, sector: Sector): Translate {
  const resources = Object.fromEntries(locales.map((l) => [l.lang, l.resources]));
  const namespaces = [...new Set(locales.flatMap((l) => Object.keys(l.resources)))];
  const instance = i18next.createInstance();
  instance.init({
    lng: lang,
    fallbackLng: SOURCE_LANGUAGE,
    resources: resources as Parameters<typeof instance.init>[0]['resources'],
    ns: namespaces,
    defaultNS: 'ui',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  instance.services.formatter?.add('capitalize', (value: unknown, lng: string | undefined) => {
    const text = String(value);
    return text.charAt(0).toLocaleUpperCase(lng) + text.slice(1);
  });

  const terms = Object.fromEntries(sector.terms.map((term) => [term, instance.t(sectorTermKey(sector.id, term))]));
  return (key, values) => instance.t(key, { ...terms, ...values, context: sector.id }) as string;
}
