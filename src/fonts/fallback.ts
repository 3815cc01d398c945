// Fallback faces that take the typeface's measurements, so that text set in
// a system font while the woff2 is still on its way takes the same room, and
// does not move when the typeface arrives (no layout shift). The overrides
// (size-adjust, ascent-, descent-, line-gap-override) are computed by Capsize
// from the fonts' own metrics: the typeface's from its @fontsource files,
// the system fonts' from @capsizecss/metrics, DejaVu Sans (Linux) from its
// @fontsource files. Nothing here is a hand-tuned number.
// The faces are read from their WOFF files, not the woff2 we serve: the same
// fonts with the same tables, but unpacked by Node's zlib in a few ms, where
// woff2's Brotli is unpacked in JavaScript (0.7 s a build).
import { createFontStack, type FontMetrics } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import roboto from '@capsizecss/metrics/roboto';
import { fromBuffer } from '@capsizecss/unpack';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { woffToSfnt } from './woff.ts';
import { FONT_FAMILY, fontPackageDir, primaryFontFile } from './faces.ts';

type Metrics = Pick<FontMetrics, 'familyName' | 'ascent' | 'descent' | 'lineGap' | 'unitsPerEm' | 'xWidthAvg'> & {
  fullName?: string;
  postscriptName?: string;
  subsets?: FontMetrics['subsets'];
};

export interface FontFallback {
  /** The @font-face rules of the fallback faces, one per system font and weight. */
  css: string;
  /** The font-family stack: the typeface, then its measured fallbacks, then the generic family. */
  fontFamily: string;
}

/**
 * The system fonts stood in for the typeface, in the order they are tried:
 * Arial (Windows, macOS), Roboto (Android), DejaVu Sans (most Linux). Per
 * weight, the local font names to ask for and the metrics to measure from.
 * For Arial and Roboto only the regular's metrics are published, so their
 * bold faces are scaled as the regular (`measuredAt: 400`): the typeface and
 * they widen alike in bold, near enough; DejaVu has both measured.
 */
async function fallbacks(): Promise<{ weight: number; metrics: Metrics; measuredAt: 400 | 700 }[]> {
  const dejavu = fontPackageDir('@fontsource/dejavu-sans');
  const dejavuMetrics = async (weight: 400 | 700) => metricsOf(join(dejavu, 'files', `dejavu-sans-latin-${weight}-normal.woff2`));
  return [
    { weight: 400, metrics: arial, measuredAt: 400 },
    { weight: 700, metrics: { ...arial, fullName: 'Arial Bold', postscriptName: 'Arial-BoldMT' }, measuredAt: 400 },
    { weight: 400, metrics: roboto, measuredAt: 400 },
    { weight: 700, metrics: { ...roboto, fullName: 'Roboto Bold', postscriptName: 'Roboto-Bold' }, measuredAt: 400 },
    { weight: 400, metrics: await dejavuMetrics(400), measuredAt: 400 },
    { weight: 700, metrics: await dejavuMetrics(700), measuredAt: 700 },
  ];
}

/** Capsize's metrics of a woff2 face, read from the WOFF file beside it (see above). */
async function metricsOf(woff2File: string): Promise<Metrics> {
  return fromBuffer(Buffer.from(woffToSfnt(readFileSync(woff2File.replace(/\.woff2$/, '.woff')))));
}

let cached: Promise<FontFallback> | undefined;

/** The fallback faces and the font stack (computed once per process: the inputs are installed files). */
export function fontFallback(): Promise<FontFallback> {
  return (cached ??= computeFallback());
}

async function computeFallback(): Promise<FontFallback> {
  const primary: Record<400 | 700, Metrics> = { 400: await metricsOf(primaryFontFile(400)), 700: await metricsOf(primaryFontFile(700)) };
  const faces: string[] = [];
  const families: string[] = [];
  for (const { weight, metrics, measuredAt } of await fallbacks()) {
    const { fontFaces } = createFontStack([{ ...primary[measuredAt], familyName: FONT_FAMILY }, metrics], {
      fontFaceFormat: 'styleObject',
      fontFaceProperties: { fontWeight: weight, fontStyle: 'normal' },
    });
    // One family per system font, its weights as faces: a face whose local()
    // font is missing is skipped, and the browser tries the next family.
    const family = `${FONT_FAMILY} Fallback: ${metrics.familyName}`;
    if (!families.includes(family)) families.push(family);
    for (const face of fontFaces) faces.push(fontFaceRule({ ...face['@font-face'], fontFamily: `"${family}"` }));
  }
  return {
    css: faces.join('\n'),
    fontFamily: [FONT_FAMILY, ...families].map((family) => `"${family}"`).concat('sans-serif').join(', '),
  };
}

/** A @font-face rule from Capsize's style object (camelCase properties → CSS). */
function fontFaceRule(properties: Record<string, unknown>): string {
  const declarations = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `  ${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${String(value)};`);
  return `@font-face {\n${declarations.join('\n')}\n}\n`;
}
