// Typed text keys. The page labels are checked at compile time against the
// Dutch source (`locales/nl/ui.json`): a label the code uses and Dutch lacks
// does not type-check. Protocol and sector keys are built from model ids, so
// validation checks those (src/protocol/validate.ts).
import type nlUi from '../../locales/nl/ui.json';

/** Every dotted path to a string in a JSON tree. */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];

export type UiKey = `ui:${Paths<typeof nlUi>}`;

/** Any key a view may ask for: a known page label, or a model text. */
export type TextKey = UiKey | `protocol:${string}` | `sectors:${string}`;
