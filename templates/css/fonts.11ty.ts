// css/fonts.css: the @font-face rules of the self-hosted typeface.
import { fontFaceCss } from '../../src/site/fonts.ts';

export const data = { permalink: 'css/fonts.css' };

export function render(): string {
  return fontFaceCss('../fonts/');
}
