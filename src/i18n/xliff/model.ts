// What goes out to a translator and what comes back, independent of the XLIFF
// version: units of one language, keyed by namespace and dotted path.
import type { Run } from './placeholders.ts';

export type XliffVersion = '2.0' | '1.2';
export const XLIFF_VERSIONS: readonly XliffVersion[] = ['2.0', '1.2'];

/** A key's state as `i18n:status` sees it; `final` is a translated key of a reviewed language. */
export type UnitState = 'missing' | 'stale' | 'translated' | 'final';

export interface UnitNote {
  /** XLIFF 2.0's note category: where the text appears, how much room it has, what a placeholder means, why it needs review. */
  category: 'location' | 'room' | 'placeholders' | 'status';
  text: string;
}

export interface OutgoingUnit {
  namespace: string;
  /** The key's dotted path in its namespace: with the namespace, the unit's stable id. */
  path: string;
  source: Run[];
  /** The present translation (also when stale, for review); none when missing. */
  target?: Run[];
  state: UnitState;
  notes: UnitNote[];
  /** Characters of room (without placeholders), for text printed where room is short. */
  sizeRestriction?: number;
  /** What each variable stands for, by variable name: the `<ph>`'s display text. */
  meanings: Readonly<Record<string, string>>;
}

export interface OutgoingFile {
  version: XliffVersion;
  sourceLanguage: string;
  targetLanguage: string;
  /** The language's conventions, as notes on every file (namespace). */
  conventions: string[];
  units: OutgoingUnit[];
}

export interface ReturnedUnit {
  namespace: string;
  path: string;
  source: Run[];
  /** Absent or empty: not translated. */
  target?: Run[];
  /** Every segment `final` (2.0), or the target `final`/`signed-off` (1.2). */
  final: boolean;
}

export interface ReturnedFile {
  version: XliffVersion;
  sourceLanguage: string;
  targetLanguage: string;
  units: ReturnedUnit[];
  /** What was wrong in the file's own terms (markup in a target, a placeholder nobody can tell); empty when nothing was. */
  problems: string[];
}
