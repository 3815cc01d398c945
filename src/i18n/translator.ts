// One i18next instance per language; a sector's wording is an i18next context
// (`key_<sector>`) falling back to the generic key, and its terms fill the
// interpolation variables. Text is not HTML-escaped here: the templates
// escape everything they print, once.
//
// A key the language lacks, or whose translation is stale (its Dutch text
// changed since, see status.ts) or uses unknown variables, is printed in
// Dutch with the language's `ui:draft.untranslated` marker ("[NL]"), wrapped
// so that the page marks it `lang="nl"` (fallback-marks.ts). A key Dutch
// lacks never gets here: validation fails the build first.
import i18next from 'i18next';
import { sectorTermKey } from '../protocol/keys.ts';
import { lookup } from '../protocol/resources.ts';
import type { Sector } from '../protocol/types.ts';
import type { TextKey } from './keys.ts';
import { SOURCE_LANGUAGE, type Locale } from './load-locales.ts';
import { markFallback } from './fallback-marks.ts';
import { applyTypography } from './typography.ts';
import { extraTermNames, keyState } from './status.ts';

/**
 * The marker of a Dutch fallback in `lang` ("[NL]"), for texts that are not
 * keys (a local edition's names): the language's own when translated.
 */
export function fallbackMarker(locales: readonly Locale[], lang: string, knownExtraTerms?: readonly string[]): string {
  const key = 'ui:draft.untranslated';
  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  const own = locales.find((l) => l.lang === lang)!;
  const dutch = lookup(source.resources, key)!.value;
  const text = lookup(own.resources, key)?.value;
  const extraTerms = knownExtraTerms ?? (lang === SOURCE_LANGUAGE ? [] : extraTermNames(source.resources, own.resources));
  return keyState(key, dutch, text, own.sourceHashes, extraTerms) === 'translated' ? text! : dutch;
}

/** Turns a text key into text for one language and sector. */
export type Translate = (key: TextKey, values?: Record<string, string | number>) => string;

type Values = Record<string, string | number>;

export function createTranslator(locales: readonly Locale[], lang: string, sector: Sector): Translate {
  // Each language's spacing before punctuation, applied to its own strings before interpolation (typography.ts).
  const resources = Object.fromEntries(locales.map((l) => [l.lang, applyTypography(l.resources, l.meta.noBreakSpaceBefore)]));
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

  const source = locales.find((l) => l.lang === SOURCE_LANGUAGE)!;
  const own = locales.find((l) => l.lang === lang)!;
  const extraTerms = lang === SOURCE_LANGUAGE ? [] : extraTermNames(source.resources, own.resources);

  /**
   * The text of `key` in this language, or in Dutch marked as such. The key
   * is resolved against Dutch first (`key_<sector>` or `key`), and only that
   * exact key counts as translated: a translation's generic text never stands
   * in for a sector wording it lacks.
   */
  const translate = (key: string, values: Values, dutchValues: () => Values): string => {
    const dutch = lookup(source.resources, key, sector.id);
    const exactKey = dutch?.key ?? key;
    if (lang === SOURCE_LANGUAGE || !dutch) return instance.t(exactKey, values) as string;
    const text = lookup(own.resources, exactKey)?.value;
    if (keyState(exactKey, dutch.value, text, own.sourceHashes, extraTerms) === 'translated') return instance.t(exactKey, values) as string;
    return markFallback(marker(), instance.t(exactKey, { ...dutchValues(), lng: SOURCE_LANGUAGE }) as string);
  };
  // The marker itself in the language when it is translated, else the Dutch "[NL]".
  const marker = () => fallbackMarker(locales, lang, extraTerms);

  // The language's terms fill its sentences, Dutch terms a Dutch fallback.
  const terms: Values = Object.fromEntries(
    [...new Set([...sector.terms, ...extraTerms])].map((term) => [term, translate(sectorTermKey(sector.id, term), {}, () => ({}))]),
  );
  const dutchTerms: Values = Object.fromEntries(
    sector.terms.map((term) => [term, instance.t(sectorTermKey(sector.id, term), { lng: SOURCE_LANGUAGE }) as string]),
  );
  // The same words are asked for on every page (the navigation, the labels):
  // each key with its values is worked out once per translator.
  const done = new Map<string, string>();
  return (key, values) => {
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let text = done.get(id);
    if (text === undefined) done.set(id, (text = translate(key, { ...terms, ...values }, () => ({ ...dutchTerms, ...values }))));
    return text;
  };
}
