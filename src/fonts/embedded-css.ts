// The typeface's @font-face rules with its files inlined, for the standalone
// SVG flowcharts the site offers for download.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fontFaceCss, fontFiles } from './faces.ts';

/**
 * The `@font-face` rules with the font files inlined as data: URLs, for
 * standalone SVG files: they open anywhere (a projector laptop, a print
 * shop) with the letters they were measured with, and load nothing.
 */
export function embeddedFontCss(): string {
  return fontFiles().reduce(
    (css, file) => css.replace(`url(${basename(file)})`, `url(data:font/woff2;base64,${readFileSync(file).toString('base64')})`),
    fontFaceCss(''),
  );
}
