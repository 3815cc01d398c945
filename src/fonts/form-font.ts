// The font a PDF form's fields are drawn and typed in: the page's own
// regular face, embedded whole (typed text can be any letter) as TrueType,
// since pdf-lib embeds a whole font as the bytes it is given (see woff.ts).
import { readFileSync } from 'node:fs';
import { formFontFile } from './faces.ts';
import { woffToSfnt } from './woff.ts';

export interface FormFont {
  /** A whole TrueType/OpenType font (not WOFF: see woff.ts). */
  bytes: Uint8Array;
  /** The PostScript name it is embedded under. */
  name: string;
}

/** The form's typeface: the page's own regular face, whole, as TrueType (read once). */
let formFont: FormFont | undefined;
export function loadFormFont(): FormFont {
  return (formFont ??= { bytes: woffToSfnt(readFileSync(formFontFile())), name: 'AtkinsonHyperlegibleNext-Regular' });
}
