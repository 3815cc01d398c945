// The site's one typeface, self-hosted from its @fontsource package: the
// regular and bold faces in the subsets the languages need (Latin and Latin
// Extended cover nl, fr, en, de), never from the system or the network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

export const FONT_FAMILY = 'Atkinson Hyperlegible Next';
const PACKAGE = '@fontsource/atkinson-hyperlegible-next';
const WEIGHTS = [400, 700] as const;
const SUBSETS = ['latin', 'latin-ext'] as const;

export class FontMissingError extends Error {
  override name = 'FontMissingError';
}

/** Where an installed @fontsource package is; a clear error when it is not installed. */
export function fontPackageDir(name: string = PACKAGE): string {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    throw new FontMissingError(
      `The typeface package ${name} is not installed, and the site, flowcharts and PDFs are set in it. ` +
        'Run `npm ci` (it is in package.json); the build never falls back to a system font.',
    );
  }
}

let packageDir: string | undefined;
const fontDir = () => (packageDir ??= fontPackageDir());

/** The woff2 files the site serves, as absolute paths. */
export function fontFiles(): string[] {
  return WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => join(fontDir(), 'files', `atkinson-hyperlegible-next-${subset}-${weight}-normal.woff2`)),
  );
}

/**
 * The file every page needs first: the regular Latin face (the pages preload
 * it, and the bold one for their headings).
 */
export function primaryFontFile(weight: 400 | 700 = 400): string {
  return join(fontDir(), 'files', `atkinson-hyperlegible-next-latin-${weight}-normal.woff2`);
}

/**
 * The package's own @font-face rules for our weights and subsets, pointing
 * at `fontsDir` (a URL relative to the stylesheet) and at woff2 only, which
 * every browser we support reads. `rename` gives a file's published name
 * (the site's are content-hashed, see src/site/assets.ts).
 */
export function fontFaceCss(fontsDir: string, rename: (file: string) => string = (file) => file): string {
  const wanted = new Set(fontFiles().map((file) => basename(file)));
  return WEIGHTS.map((weight) => readFileSync(join(fontDir(), `${weight}.css`), 'utf8'))
    .join('\n')
    .split(/(?=\/\* )/)
    .filter((block) => [...wanted].some((file) => block.includes(file)))
    .map((block) =>
      block
        .replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(, url\([^)]+\) format\('woff'\))?/, (_match, file: string) => `url(${fontsDir}${rename(file)}) format('woff2')`)
        .trim(),
    )
    .join('\n\n')
    .concat('\n');
}

/**
 * The regular face as WOFF 1.0, for the PDF forms: it is embedded whole
 * (typed text can be any letter), and pdf-lib embeds a whole font as given,
 * so it is turned into TrueType first (woff.ts), which WOFF2 cannot
 * be without a Brotli and glyph-transform decoder. Latin covers what staff
 * type in nl, fr, en and de.
 */
export function formFontFile(): string {
  return join(fontDir(), 'files', 'atkinson-hyperlegible-next-latin-400-normal.woff');
}
