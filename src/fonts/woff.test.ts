import fontkit from '@cantoo/fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formFontFile } from './faces.ts';
import { woffToSfnt } from './woff.ts';

/** One font, not a collection: what a WOFF or a TrueType file holds. */
function fontOf(bytes: Uint8Array) {
  const font = fontkit.create(bytes);
  if (!('numGlyphs' in font)) throw new Error('a font collection, not one font');
  return font;
}

describe('woffToSfnt', () => {
  const woff = readFileSync(formFontFile());

  it('unpacks the typeface into a plain TrueType font with every glyph and letter of the WOFF', () => {
    const sfnt = woffToSfnt(woff);
    expect(Buffer.from(sfnt.subarray(0, 4)).readUInt32BE(0)).toBe(0x00010000);
    const unpacked = fontOf(Buffer.from(sfnt));
    const original = fontOf(woff);
    expect(unpacked.constructor.name).toBe('TTFFont');
    expect(unpacked.postscriptName).toBe('AtkinsonHyperlegibleNext-Regular');
    expect(unpacked.numGlyphs).toBe(original.numGlyphs);
    expect(unpacked.characterSet).toEqual(original.characterSet);
    expect(unpacked.layout('Überprüfung ß é').advanceWidth).toBe(original.layout('Überprüfung ß é').advanceWidth);
  });

  it('refuses a WOFF2 file, saying which file to give', () => {
    expect(() => woffToSfnt(readFileSync(formFontFile().replace(/\.woff$/, '.woff2')))).toThrow(/not a WOFF 1.0 font.*\.woff file/);
  });
});
