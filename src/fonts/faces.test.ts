import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFaceCss, fontFiles, FONT_FAMILY, fontPackageDir, FontMissingError } from './faces.ts';

describe('the self-hosted font', () => {
  it('has its woff2 files in the package', () => {
    expect(fontFiles()).toHaveLength(4);
    for (const file of fontFiles()) expect(existsSync(file), file).toBe(true);
  });

  it('writes one @font-face per weight and subset, pointing at our fonts folder, woff2 only', () => {
    const css = fontFaceCss('../fonts/');
    expect(css.match(/@font-face/g)).toHaveLength(4);
    expect(css).toContain(`font-family: '${FONT_FAMILY}'`);
    expect(css).toContain("url(../fonts/atkinson-hyperlegible-next-latin-700-normal.woff2) format('woff2')");
    expect(css).not.toContain('.woff)');
    expect(css).not.toContain('./files/');
    expect(css).toMatch(/unicode-range: U\+0000-00FF/);
  });
});

describe('a missing font package', () => {
  it('is a clear error naming the package and the fix, not a fallback to a system font', () => {
    expect(() => fontPackageDir('@fontsource/not-installed')).toThrow(FontMissingError);
    expect(() => fontPackageDir('@fontsource/not-installed')).toThrow(/@fontsource\/not-installed is not installed.*Run `npm ci`/);
  });
});
