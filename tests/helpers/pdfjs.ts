// A PDF read and filled in as pdf.js reads and fills it: pdf.js is Firefox's
// PDF viewer (and many a web site's), and it reads a form in its own way, so
// what Acrobat or pdf-lib finds is no proof of what it shows or announces.
// pdfjs-dist's legacy build runs in Node without a worker thread.
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, type PDFNumber } from '@cantoo/pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A form widget as pdf.js hands it to its viewer (`page.getAnnotations()`). */
export interface PdfjsWidget {
  /** pdf.js's own id for it (the widget's object number), the key for filling it in. */
  id: string;
  /** Page number, from 1. */
  page: number;
  /** The field's full name, e.g. `step-4.decision`. */
  fieldName: string;
  /** `Tx` (text), `Btn` (check box or radio button). */
  fieldType: string;
  checkBox: boolean;
  radioButton: boolean;
  /** What a screen reader announces the field by: the /TU pdf.js finds on the widget. */
  alternativeText: string;
  multiLine: boolean;
  /** [x1, y1, x2, y2] in points. */
  rect: [number, number, number, number];
  /** The size of typed text, from the field's /DA. */
  fontSize: number;
}

interface RawAnnotation {
  id: string;
  subtype: string;
  fieldName?: string;
  fieldType?: string;
  checkBox?: boolean;
  radioButton?: boolean;
  alternativeText?: string;
  multiLine?: boolean;
  rect: number[];
  defaultAppearanceData?: { fontSize: number };
}

async function open<T>(pdf: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes the buffer over (detaches it): give it a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  try {
    return await use(doc);
  } finally {
    await doc.destroy();
  }
}

async function widgetsOf(doc: PDFDocumentProxy): Promise<PdfjsWidget[]> {
  const out: PdfjsWidget[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    for (const raw of (await page.getAnnotations()) as RawAnnotation[]) {
      if (raw.subtype !== 'Widget') continue;
      out.push({
        id: raw.id,
        page: number,
        fieldName: raw.fieldName ?? '',
        fieldType: raw.fieldType ?? '',
        checkBox: raw.checkBox === true,
        radioButton: raw.radioButton === true,
        alternativeText: raw.alternativeText ?? '',
        multiLine: raw.multiLine === true,
        rect: raw.rect as [number, number, number, number],
        fontSize: raw.defaultAppearanceData?.fontSize ?? 0,
      });
    }
  }
  return out;
}

/** Every form widget of the PDF, page by page, as pdf.js's viewer gets them. */
export function pdfjsWidgets(pdf: Uint8Array): Promise<PdfjsWidget[]> {
  return open(pdf, widgetsOf);
}

/**
 * Fills the form in as a person does in Firefox and saves it as Firefox does:
 * `values` maps a widget (pdf.js's id) to its text, or to true to tick a
 * check box or choose a radio button. pdf.js writes the values and draws
 * each changed field's appearance itself, in its own layout. Returns the saved PDF.
 */
export function pdfjsFill(pdf: Uint8Array, values: (widgets: PdfjsWidget[]) => Map<string, string | boolean>): Promise<Uint8Array> {
  return open(pdf, async (doc) => {
    for (const [id, value] of values(await widgetsOf(doc))) doc.annotationStorage.setValue(id, { value });
    return doc.saveDocument();
  });
}

/**
 * Where the lines of text in a widget's appearance stand: each baseline's
 * height on the page (points), top to bottom. Reads the appearance pdf.js
 * draws for a filled-in text field (`… 0 h Tm x dy Td (…) Tj x dy Td …`),
 * placed at the bottom of the widget's rectangle (pdf.js gives it no /Matrix).
 */
export function appearanceBaselines(widget: PDFDict): number[] {
  const stream = widget.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'));
  if (!(stream instanceof PDFRawStream)) throw new Error('the widget has no normal appearance stream');
  if (stream.dict.has(PDFName.of('Matrix'))) throw new Error('the appearance has a /Matrix: read its placement first');
  const [, y1, , y2] = widget.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => (n as PDFNumber).asNumber());
  // The typed text's strings out first: their bytes (glyph ids) could read as numbers and operators.
  const content = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()).replace(/\((?:\\[\s\S]|[^\\)])*\)/g, '()');
  const baselines: number[] = [];
  let y = Number.NaN;
  for (const [, dy, op] of content.matchAll(/(-?[\d.]+) (Tm|Td)\b/g)) {
    y = op === 'Tm' ? Number(dy) : y + Number(dy);
    if (op === 'Td') baselines.push(Math.min(y1!, y2!) + y);
  }
  return baselines;
}
