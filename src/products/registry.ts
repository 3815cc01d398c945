// The products: everything the build publishes besides the site's pages, one
// entry each. The print jobs, the print pages, the overview's download list,
// the step pages' link, the render cache's keys and which Eleventy run makes
// which print page all follow from these entries; no stage names a product.
// Adding a product is an entry here, its template (templates/print/<id>.11ty.tsx,
// paginating with `onePrintPer('<id>')`) and its texts (its title key). A
// `pdf` entry's page is printed; a `package` entry's page is zipped with
// the files it loads.
import type { TextKey } from '../i18n/keys.ts';

export interface Paper {
  /** As the download link states it: A4, A6, … */
  format: string;
  widthMm: number;
  heightMm: number;
}

interface ProductBase {
  /** Stable: part of the product page's path and of the file name. */
  id: string;
  /** The text key of its title (the file's and the download link's), with `{{sector}}`. */
  titleKey: TextKey;
  /** The file's name in the sector's downloads folder; `{sector}` and `{lang}` are filled in. */
  fileName: string;
  /** What its page shows besides the card's content: the whole plan, the working checklist, or the training module. */
  content?: 'plan' | 'checklist' | 'training';
  /** Its page shows the print flowchart: it is made once that is drawn. */
  needsFlowchart: boolean;
  /** The step pages link it, with this text. */
  stepLinkKey?: TextKey;
  /** Its text has little room (a pocket card, a flowchart's boxes): `i18n:export` tells translators so, with a size restriction. */
  roomIsShort?: boolean;
}

/** A print page printed to PDF. */
export interface PdfProduct extends ProductBase {
  kind: 'pdf';
  paper: Paper;
  /** Its PDF is a form: the printer adds a field on every box the page marks with data-field. */
  form: boolean;
  /** Its PDF gets an outline (a bookmark per heading). */
  outline: boolean;
}

/** A product page zipped with the files it loads into a package (a SCORM 1.2 content package). */
export interface PackageProduct extends ProductBase {
  kind: 'package';
  /** As the download link states it: "SCORM 1.2". */
  format: string;
  /** The download link's text, with `{{title}}`, `{{format}}` and `{{size}}`. */
  downloadLabelKey: TextKey;
}

/** What the build makes of an entry: a PDF, or a package. */
export type Product = PdfProduct | PackageProduct;

const A6: Paper = { format: 'A6', widthMm: 105, heightMm: 148 };
const A4: Paper = { format: 'A4', widthMm: 210, heightMm: 297 };
const A3_LANDSCAPE: Paper = { format: 'A3', widthMm: 420, heightMm: 297 };

const pdf = (id: string, paper: Paper, titleKey: TextKey, rest: Partial<PdfProduct> = {}): PdfProduct => ({
  id,
  kind: 'pdf',
  paper,
  titleKey,
  fileName: `kindreflex-{sector}-{lang}-${id}.pdf`,
  needsFlowchart: false,
  form: false,
  outline: false,
  ...rest,
});

/** The Kindreflex's products, in the order the overview offers them for download. */
export const PRODUCTS: readonly Product[] = [
  // The pocket card, front and back.
  pdf('card', A6, 'ui:print.card-title', { roomIsShort: true }),
  // Four cards on a sheet, to cut.
  pdf('sheet', A4, 'ui:print.sheet-title', { roomIsShort: true }),
  // The whole plan, with the flowchart.
  pdf('plan', A4, 'ui:print.plan-title', { content: 'plan', needsFlowchart: true, outline: true }),
  // The flowchart on a poster.
  pdf('poster', A3_LANDSCAPE, 'ui:print.poster-title', { needsFlowchart: true, roomIsShort: true }),
  // The working checklist: a form, linked from every step page.
  pdf('checklist', A4, 'ui:checklist.title', { content: 'checklist', form: true, stepLinkKey: 'ui:checklist.download' }),
  // The basic training for a learning platform: lessons and a knowledge check, with the flowchart.
  {
    id: 'training',
    kind: 'package',
    format: 'SCORM 1.2',
    titleKey: 'ui:training.package-title',
    downloadLabelKey: 'ui:training.download-label',
    fileName: 'kindreflex-{sector}-{lang}-training-scorm12.zip',
    content: 'training',
    needsFlowchart: true,
  },
];

/** The entry of `id` in `products`. */
export function productOf(products: readonly Product[], id: string): Product {
  const product = products.find((p) => p.id === id);
  if (!product) throw new Error(`no product "${id}" in the registry (src/products/registry.ts)`);
  return product;
}

/** The entry of `id`, which must be a PDF. */
export function pdfProductOf(products: readonly Product[], id: string): PdfProduct {
  const product = productOf(products, id);
  if (product.kind !== 'pdf') throw new Error(`the product "${id}" is a ${product.kind}, not a PDF (src/products/registry.ts)`);
  return product;
}

/** Where a product's file lives in the site, e.g. nl/gevangenis/downloads/kindreflex-gevangenis-nl-card.pdf */
export function productPath(product: Product, lang: string, sector: string): string {
  return `${lang}/${sector}/downloads/${product.fileName.replaceAll('{sector}', sector).replaceAll('{lang}', lang)}`;
}
