// What the browser renders, handed to the templates as data of its own (the
// Eleventy global `rendered`) beside the view models, which are final once
// prepared: the SVG of each diagram, the font rules a standalone SVG file
// inlines, and the facts of each printed file (its pages and size), which
// the download links state.

export interface RenderedFile {
  pages: number;
  bytes: number;
}

export interface Rendered {
  /** Each rendered diagram's SVG, by diagram id. */
  svgs: Record<string, string>;
  /** `@font-face` rules with the font inlined, for the standalone SVG files. */
  diagramFontCss: string;
  /** Each printed file, by its site path. */
  files: Record<string, RenderedFile>;
}

/** Nothing rendered: `npm run dev`, and the print pages that show no diagram. */
export const NOTHING_RENDERED: Rendered = { svgs: {}, diagramFontCss: '', files: {} };

export function formatSize(bytes: number, lang: string): string {
  const kb = bytes / 1024;
  return kb < 1024
    ? `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, kb))} KB`
    : `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}

/** A download link's text: its template with the file's pages and size, or undefined while the file was not made (stand-in printers). */
export function downloadLabel(labelTemplate: string, file: RenderedFile | undefined, lang: string): string | undefined {
  return file && labelTemplate.replace('{pages}', String(file.pages)).replace('{size}', formatSize(file.bytes, lang));
}
