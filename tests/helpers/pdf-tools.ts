// What a printer or a screen reader can check in a PDF, read with poppler
// (pdfinfo, pdffonts, pdftoppm; `npm run ensure-browser` installs them on Debian).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type jsQRModule from 'jsqr';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';

// jsqr is CommonJS whose typings declare an ES default export; under NodeNext that does not line up, so require it.
const jsQR = (createRequire(import.meta.url)('jsqr') as { default: typeof jsQRModule.default }).default;

export interface PdfInfo {
  title: string;
  pages: number;
  /** Page size in points, as pdfinfo prints it. */
  width: number;
  height: number;
  tagged: boolean;
}

export function pdfInfo(file: string): PdfInfo {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? '';
  const [width, height] = /([\d.]+) x ([\d.]+) pts/.exec(field('Page size'))!.slice(1).map(Number) as [number, number];
  return { title: field('Title'), pages: Number(field('Pages')), width, height, tagged: field('Tagged') === 'yes' };
}

/** Every font in the PDF with whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
    });
}

/** The language the PDF declares (/Lang in its catalog). */
export function pdfLanguage(file: string): string | undefined {
  return /\/Lang\s*\(([^)]*)\)/.exec(readFileSync(file, 'latin1'))?.[1];
}

/** Renders one page to PNG and decodes the QR code on it. */
export function decodeQr(file: string, page: number): string | undefined {
  // At 100 dpi a QR code of 2 cm has about 3 pixels a module, which jsQR
  // reads, in a tenth of the time 300 dpi takes on an A3 page (jsQR's time
  // grows with the pixels); a code it cannot read there is tried at 300 dpi.
  for (const dpi of [100, 300]) {
    const dir = mkdtempSync(join(tmpdir(), 'kr-qr-'));
    try {
      execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', file, join(dir, 'page')]);
      const png = PNG.sync.read(readFileSync(join(dir, readdirSync(dir)[0]!)));
      const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
      if (found !== undefined) return found;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return undefined;
}
