// An edition in one language, as the pages and the card print it: names in
// the language (or in Dutch, marked), phone numbers as Belgians write them
// with a tel: link in E.164, e-mail as mailto:.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { markFallback } from '../i18n/fallback-marks.ts';
import { DEFAULT_COUNTRY, type ContactDetails, type Edition, type Texts } from './edition.ts';

export interface LinkedText {
  text: string;
  href: string;
}

export interface ContactDetailsView {
  phone?: LinkedText;
  email?: LinkedText;
  url?: LinkedText;
  hours?: string;
}

export interface LocalContactView {
  id: string;
  name: string;
  person?: string;
  details: ContactDetailsView;
}

export interface EditionView {
  id: string;
  /** The sector it is an edition of. */
  sector: string;
  name: string;
  /** Details of the plan's contacts, by contact id. */
  contacts: Record<string, ContactDetailsView>;
  local: LocalContactView[];
}

/** `texts` in `lang`, or the Dutch text with the language's marker ("[NL]"). */
export function localText(texts: Texts, lang: string, marker: string): string {
  const own = texts[lang];
  if (own !== undefined) return own;
  return lang === 'nl' ? texts.nl : markFallback(marker, texts.nl);
}

/** A phone number as written in Belgium ("09 210 10 10"; others internationally), and its tel: link in E.164. */
export function phoneView(phone: string): LinkedText {
  const parsed = parsePhoneNumberFromString(phone, DEFAULT_COUNTRY);
  // Validation let only valid numbers through; keep the text as given if that ever changes.
  if (!parsed) return { text: phone, href: `tel:${phone.replace(/[^+0-9]/g, '')}` };
  const text = parsed.country === DEFAULT_COUNTRY ? parsed.formatNational() : parsed.formatInternational();
  // Non-breaking spaces: a number is never split over two lines.
  return { text: text.replace(/ /g, '\u00A0'), href: parsed.getURI() };
}

export function detailsView(details: ContactDetails, lang: string, marker: string): ContactDetailsView {
  return {
    ...(details.phone ? { phone: phoneView(details.phone) } : {}),
    ...(details.email ? { email: { text: details.email, href: `mailto:${details.email}` } } : {}),
    ...(details.url ? { url: { text: details.url.replace(/^https?:\/\//, '').replace(/\/$/, ''), href: details.url } } : {}),
    ...(details.hours ? { hours: localText(details.hours, lang, marker) } : {}),
  };
}

export function toEditionView(edition: Edition, lang: string, marker: string): EditionView {
  return {
    id: edition.id,
    sector: edition.sector,
    name: localText(edition.name, lang, marker),
    contacts: Object.fromEntries(Object.entries(edition.contacts).map(([id, details]) => [id, detailsView(details, lang, marker)])),
    local: edition.local.map((local) => ({
      id: local.id,
      name: localText(local.name, lang, marker),
      ...(local.person ? { person: local.person } : {}),
      details: detailsView(local, lang, marker),
    })),
  };
}
