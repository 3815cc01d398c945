// A language's keys as outgoing XLIFF units: the Dutch source, the present
// translation, the state `i18n:status` gives the key, and notes for context
// (where the text appears, the room it has, what its placeholders mean).
// Pure: where each key appears and how much room it has are handed in.
import { flatten, interpolationVariables } from '../../protocol/resources.ts';
import type { Locale } from '../load-locales.ts';
import { extraTermNames, keyState } from '../status.ts';
import { variableMeanings } from './meanings.ts';
import type { OutgoingFile, OutgoingUnit, UnitNote, UnitState, XliffVersion } from './model.ts';
import { textLength, toRuns } from './placeholders.ts';

export type ExportSelection = 'missing' | 'stale' | 'all';
export const EXPORT_SELECTIONS: readonly ExportSelection[] = ['missing', 'stale', 'all'];

/** Where a key's text appears, in words: kinds of page, printed products. */
export interface TextLocation {
  pages: string[];
  products: string[];
}

/** A key printed where room is short: on which products, and how many characters it may take. */
export interface TextRoom {
  products: string[];
  size: number;
}

/** A text printed where room is short may take this much more than the Dutch, at least `ROOM_EXTRA` characters more. */
export const ROOM_FACTOR = 1.3;
export const ROOM_EXTRA = 6;

/** The room a text of `dutchLength` characters leaves a translation. */
export function roomFor(dutchLength: number): number {
  return Math.max(Math.ceil(dutchLength * ROOM_FACTOR), dutchLength + ROOM_EXTRA);
}

export interface ExportInput {
  source: Locale;
  locale: Locale;
  version: XliffVersion;
  only: ExportSelection;
  locations: ReadonlyMap<string, TextLocation>;
  rooms: ReadonlyMap<string, TextRoom>;
}

/** The language's conventions, from its meta.json. */
export function conventionNotes(locale: Locale, extraTerms: readonly string[] = []): string[] {
  const notes = [`Target language: ${locale.meta.name} (${locale.lang}), written ${locale.meta.dir === 'rtl' ? 'right to left' : 'left to right'}.`];
  const marks = locale.meta.noBreakSpaceBefore;
  if (marks) notes.push(`A no-break space goes before ${[...marks].join(' ')} ("Étape 4 : …"). The publisher puts it in: a plain space or none is fine.`);
  if (locale.meta.intlLocale) notes.push(`Dates follow ${locale.meta.intlLocale}; the publisher formats them.`);
  notes.push('Keep every placeholder; move it where the sentence needs it. Markup is shown as text: add none.');
  if (extraTerms.length > 0) {
    notes.push(`This language's own forms of the sector terms may stand in for them, typed as they are: ${extraTerms.map((t) => `{{${t}}}`).join(', ')} (locales/${locale.lang}/sectors.json).`);
  }
  return notes;
}

function locationNote(location: TextLocation | undefined): UnitNote {
  const pages = location?.pages ?? [];
  const products = location?.products ?? [];
  if (pages.length === 0 && products.length === 0) return { category: 'location', text: 'Where: not on a page or product of the Dutch build (a text the publisher shows only in some cases).' };
  const parts = [pages.length > 0 ? `on the site: ${pages.join(', ')}` : '', products.length > 0 ? `printed on: ${products.join(', ')}` : ''].filter(Boolean);
  return { category: 'location', text: `Where: ${parts.join('; ')}.` };
}

function unitNotes(key: string, dutch: string, state: UnitState, input: ExportInput, meanings: Record<string, string>): UnitNote[] {
  const notes = [locationNote(input.locations.get(key))];
  const room = input.rooms.get(key);
  if (room) {
    const length = textLength(toRuns(dutch));
    notes.push({ category: 'room', text: `Room is short: printed on ${room.products.join(', ')}. The Dutch has ${length} characters; keep to ${room.size} at most (placeholders not counted).` });
  }
  const variables = [...new Set(interpolationVariables(dutch))];
  if (variables.length > 0) notes.push({ category: 'placeholders', text: variables.map((v) => `{{${v}}}: ${meanings[v] ?? 'a value the publisher fills in'}`).join(' | ') });
  if (state === 'stale') notes.push({ category: 'status', text: 'Review: the Dutch text changed since this translation was made, or nobody confirmed it. Check it against the Dutch.' });
  return notes;
}

/** The outgoing file of a language: every key `only` selects, in the Dutch order, grouped by namespace. */
export function exportFile(input: ExportInput): OutgoingFile {
  const { source, locale } = input;
  const texts = flatten(locale.resources);
  const extraTerms = extraTermNames(source.resources, locale.resources);
  const meanings = variableMeanings(source.resources, locale.resources, source.lang, locale.lang);
  const units: OutgoingUnit[] = [];
  for (const [key, dutch] of flatten(source.resources)) {
    const raw = keyState(key, dutch, texts.get(key), locale.sourceHashes, extraTerms);
    const state: UnitState = raw === 'invalid' ? 'stale' : raw === 'translated' && locale.meta.reviewed ? 'final' : raw;
    if (input.only === 'missing' && state !== 'missing') continue;
    if (input.only === 'stale' && state !== 'stale') continue;
    const colon = key.indexOf(':');
    const target = state === 'missing' ? undefined : texts.get(key);
    const room = input.rooms.get(key);
    units.push({
      namespace: key.slice(0, colon),
      path: key.slice(colon + 1),
      source: toRuns(dutch),
      ...(target === undefined ? {} : { target: toRuns(target) }),
      state,
      notes: unitNotes(key, dutch, state, input, meanings),
      ...(room ? { sizeRestriction: room.size } : {}),
      meanings,
    });
  }
  return { version: input.version, sourceLanguage: source.lang, targetLanguage: locale.lang, conventions: conventionNotes(locale, extraTerms), units };
}
