// What the render cache stores files for, as plain data: a diagram to draw
// and a page to print, and what drawing or printing gave. The browser
// (src/browser) draws and prints them; the cache only keys and stores them.

/** The Mermaid configuration one diagram is rendered with (`mermaid.initialize`). */
export interface DiagramConfig {
  themeVariables: Record<string, string>;
  flowchart?: Record<string, number | string | boolean>;
  /** Extra CSS Mermaid adds to the SVG's own <style> (`themeCSS`). */
  css?: string;
}

export interface DiagramDrawing {
  /** Unique in the build; the SVG's id and the seed of its deterministic ids. */
  id: string;
  source: string;
  config: DiagramConfig;
}

export interface DiagramRequest extends DiagramDrawing {
  /**
   * A diagram with the same layout (its source differs only in colours and
   * line widths): this one is drawn as a restyle of that drawing
   * (restyle-diagram.ts), which is drawn too if this call has not drawn it.
   */
  layoutOf?: DiagramDrawing;
}

export interface RenderedDiagram {
  id: string;
  svg: string;
  ms: number;
}

export interface PrintJob {
  /** The print page on disk. */
  htmlFile: string;
  pdfFile: string;
  /** The PDF's path in the site, to link it. */
  sitePath: string;
  /** Names the product in messages: "pocket card gevangenis/fr". */
  name: string;
  /** The paper, in millimetres (Chromium rounds CSS page sizes to whole pixels; these are exact). */
  paper: { widthMm: number; heightMm: number };
  /** A bookmark per heading, for the long documents. */
  outline?: boolean;
  /** ISO date written as the PDF's creation and modification date, so two builds give the same bytes. */
  date: string;
  /**
   * A form (the working checklist): the page is laid out on sheets
   * ([data-sheet]) by the printer, and every box marked data-field gets a
   * PDF form field at the place the browser printed it.
   */
  form?: boolean;
}

export interface PrintedPdf {
  job: PrintJob;
  sitePath: string;
  pages: number;
  bytes: number;
  ms: number;
  /** Taken from the render cache instead of printed. */
  reused?: boolean;
  /** Every local file the page loaded while printing (the render cache checks its key covers them). */
  loaded?: string[];
}
