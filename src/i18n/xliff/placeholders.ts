// A translatable string as runs of text and `{{variable}}` placeholders, the
// way XLIFF carries it: the text for the translator, each placeholder as an
// inline element a CAT tool protects (`<ph>`), so it can be moved, not broken.
import { interpolationVariables } from '../../protocol/resources.ts';

/** A placeholder: the variable's name and its code exactly as written (`{{staffPlural, capitalize}}`). */
export interface Placeholder {
  variable: string;
  code: string;
}

export type Run = string | Placeholder;

const CODE = /\{\{[^{}]*\}\}/g;

/** `text` as runs: text between placeholders, never an empty text run. */
export function toRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE)) {
    if (match.index > last) runs.push(text.slice(last, match.index));
    const variable = interpolationVariables(match[0])[0] ?? match[0].slice(2, -2).trim();
    runs.push({ variable, code: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push(text.slice(last));
  return runs;
}

/** The runs as the string a locale file holds. */
export function fromRuns(runs: readonly Run[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : run.code)).join('');
}

export function placeholdersOf(runs: readonly Run[]): Placeholder[] {
  return runs.filter((run): run is Placeholder => typeof run !== 'string');
}

/**
 * An id per placeholder, stable between a unit's source and target: the
 * variable's name, with `-2`, `-3` for its next uses, so that a target's
 * `{{client}}` is the source's `{{client}}` however the words around it move.
 */
export function placeholderIds(runs: readonly Run[]): string[] {
  const seen = new Map<string, number>();
  return placeholdersOf(runs).map(({ variable }) => {
    const n = (seen.get(variable) ?? 0) + 1;
    seen.set(variable, n);
    return n === 1 ? variable : `${variable}-${n}`;
  });
}

/** The text a reader sees, without the placeholders: what the room on a card is measured on. */
export function textLength(runs: readonly Run[]): number {
  return runs.reduce((sum, run) => sum + (typeof run === 'string' ? [...run].length : 0), 0);
}
