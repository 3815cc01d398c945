import type { ChecklistItem } from '../protocol/types.ts';

/**
 * A sector applying the protocol (justice houses, prisons, ...). It states
 * only what differs from the plan: its terms, and items it adds or drops.
 * Its wording differences are i18next contexts (`key_<sector id>`) in the
 * locales, falling back to the generic key.
 */
export interface Sector<S extends string = string> {
  /** URL-safe; also the i18next context of its wording. */
  id: string;
  /** The document the sector's own wording and terms come from. */
  source: string;
  /**
   * Interpolation variables this sector defines, e.g. `client` for
   * "de {{client}}". Their words are in `locales/<lang>/sectors.json`
   * under `<sector id>.terms.<term>`.
   */
  terms: readonly string[];
  /** Introduction paragraphs only this sector has (keys `introduction.<id>_<sector id>`). */
  addsIntroduction?: readonly string[];
  /** Partner organisations the sector's source names (keys `sectors:<sector id>.partners.<id>`). */
  partners?: readonly string[];
  /** Checklist items only this sector has, placed after `after` (or at the end). */
  addsItems?: readonly { step: S; after?: string; item: ChecklistItem }[];
  /** Checklist items of the plan this sector leaves out. */
  dropsItems?: readonly { step: S; item: string }[];
}
