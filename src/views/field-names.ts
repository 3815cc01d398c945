// The form fields a printed form declares, and the rule that their names are
// unique: apart from pdf-lib, so the views can check the names while the
// publication is prepared, before anything is printed.

export type FieldKind = 'checkbox' | 'text' | 'radio';

/** A field as the print page declares it (data-field, data-field-kind, … on the box). */
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** The accessible name (/TU): for a radio group, the group's; `optionLabel` names each button. */
  label: string;
  /** A radio button's export value. */
  option?: string;
  /** A radio button's own accessible name. */
  optionLabel?: string;
  /** Where the field comes from in the model, to name it in an error. */
  origin: string;
  /** A text field that takes more than one line (the "note in the file" areas). */
  multiline?: boolean;
}

export class FieldNameCollisionError extends Error {
  override name = 'FieldNameCollisionError';
  readonly retry = false;
}

/**
 * Fails when two fields would share a name (only the buttons of one radio
 * group may, each with its own option), naming both, so an id change in the
 * model can never merge two fields of the form silently.
 */
export function assertUniqueFieldNames(fields: readonly Pick<FieldSpec, 'name' | 'kind' | 'option' | 'origin'>[]): void {
  const byName = new Map<string, Pick<FieldSpec, 'name' | 'kind' | 'option' | 'origin'>[]>();
  for (const field of fields) {
    const earlier = byName.get(field.name) ?? [];
    const clash = earlier.find((other) => !(other.kind === 'radio' && field.kind === 'radio' && other.option !== field.option));
    if (clash) {
      throw new FieldNameCollisionError(
        `two form fields of the checklist are both named '${field.name}': ${clash.origin} and ${field.origin}.\n` +
          '  fix: give one of them another id in src/protocol/kindreflex.ts (field names are "<step id>.<item id>", "<step id>.decision" and "header.<name>").',
      );
    }
    byName.set(field.name, [...earlier, field]);
  }
}
