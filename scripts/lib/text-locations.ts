// Where each Dutch key's text appears: which kinds of page, which printed
// products, and, for products whose room is short (`roomIsShort` in
// src/products/registry.ts), how much room a translation has. Derived, not
// listed: the Dutch texts are marked, each with a character of its own, in a
// copy of locales/nl/; the publication is prepared from that copy; every site
// page's view model and every product's print page, rendered by its own
// template (templates/print/<id>.11ty.tsx, the flowchart it shows included),
// is searched for the marks. A text shown in a place means its key is used there.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { loadLocale, SOURCE_LANGUAGE } from '../../src/i18n/load-locales.ts';
import { roomFor, type TextLocation, type TextRoom } from '../../src/i18n/xliff/export.ts';
import { textLength, toRuns } from '../../src/i18n/xliff/placeholders.ts';
import { preparePublication, type Publication, type SitePages } from '../../src/pipeline/publication.ts';
import { PRODUCTS, type Product } from '../../src/products/registry.ts';
import { flatten } from '../../src/protocol/resources.ts';
import { NOTHING_RENDERED, type Rendered } from '../../src/views/rendered.ts';
import type { PrintPageView } from '../../src/views/print.ts';

/** The site's kinds of page, as a translator's note names them: a new kind of page does not type-check until named here. */
const PAGE_NAMES: Record<keyof SitePages, string> = {
  root: 'front door',
  homes: 'language home',
  overviews: 'overview',
  plans: 'whole plan',
  flowcharts: 'flowchart and presentation',
  steps: 'step pages',
  walks: 'decision walk',
  trainings: 'basic training and its knowledge check',
  contacts: 'contacts',
  glossaries: 'glossary',
  abouts: 'about',
  versions: 'version pages',
};

const FIRST_MARK = 0xf0000; // Supplementary Private Use Area-A: no text has these.
const MARKS = /[\u{F0000}-\u{FFFFD}]/gu;

/** The key indexes marked in a text; Mermaid's `#983040;` escapes included. */
function markedIn(text: string): Set<number> {
  const decoded = text.replace(/#(\d+);/g, (m, digits: string) => (Number(digits) >= FIRST_MARK ? String.fromCodePoint(Number(digits)) : m));
  return new Set([...decoded.matchAll(MARKS)].map((m) => m[0].codePointAt(0)! - FIRST_MARK));
}

/** A copy of the Dutch locale with every text marked, in a temporary folder. */
function markedLocales(localesDir: string): { dir: string; keys: string[] } {
  const source = loadLocale(localesDir, SOURCE_LANGUAGE);
  const keys: string[] = [];
  const mark = (node: unknown): unknown => {
    if (typeof node === 'string') return String.fromCodePoint(FIRST_MARK + keys.push('') - 1) + node;
    if (typeof node === 'object' && node !== null && !Array.isArray(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mark(v)]));
    return node;
  };
  const dir = mkdtempSync(join(tmpdir(), 'kindreflex-text-locations-'));
  mkdirSync(join(dir, SOURCE_LANGUAGE));
  for (const [namespace, tree] of Object.entries(source.resources)) {
    writeFileSync(join(dir, SOURCE_LANGUAGE, `${namespace}.json`), JSON.stringify(mark(tree)));
  }
  // As a draft, so that texts only drafts show (the draft notice) are found too.
  writeFileSync(join(dir, SOURCE_LANGUAGE, 'meta.json'), JSON.stringify({ ...source.meta, reviewed: false }));
  // mark() numbered the strings in flatten()'s order: the same walk.
  return { dir, keys: [...flatten(source.resources).keys()] };
}

/** A product in a note: its id and paper, from the registry. */
const productName = (product: Product) => `${product.id} (${product.kind === 'pdf' ? product.paper.format : product.format})`;

/** Each print page rendered by its product's template, the flowchart it shows as its Mermaid source. */
async function printedTexts(publication: Publication, products: readonly Product[], templatesDir: string): Promise<Map<Product, string>> {
  const sources = new Map(publication.flowcharts.flatMap((f) => Object.values(f.diagrams)).map((d) => [d.id, d.source]));
  const out = new Map<Product, string>();
  for (const product of products) {
    const template = (await import(pathToFileURL(join(templatesDir, 'print', `${product.id}.11ty.tsx`)).href)) as {
      render: (data: { view: PrintPageView; rendered: Rendered }) => unknown;
    };
    const pages = publication.prints.filter((view) => view.product === product.id);
    out.set(
      product,
      pages
        .map((view) => {
          const svgs = view.diagram ? { [view.diagram.id]: sources.get(view.diagram.id) ?? '' } : {};
          const html = renderToString(template.render({ view, rendered: { ...NOTHING_RENDERED, svgs } }) as VNode);
          // What is printed: the body, not the document's <title>.
          return html.slice(Math.max(0, html.indexOf('<body')));
        })
        .join('\n'),
    );
  }
  return out;
}

export interface TextLocations {
  locations: Map<string, TextLocation>;
  rooms: Map<string, TextRoom>;
}

/** Where every Dutch key of `localesDir` appears, and the room of those printed where it is short. */
export async function textLocations(localesDir: string, products: readonly Product[] = PRODUCTS, templatesDir = join(import.meta.dirname, '..', '..', 'templates')): Promise<TextLocations> {
  const { dir, keys } = markedLocales(localesDir);
  try {
    const publication = preparePublication({ localesDir: dir, products });
    const locations = new Map(keys.map((key) => [key, { pages: [] as string[], products: [] as string[] }]));
    for (const [list, name] of Object.entries(PAGE_NAMES) as [keyof SitePages, string][]) {
      for (const i of markedIn(JSON.stringify(publication[list]))) locations.get(keys[i]!)?.pages.push(name);
    }
    const rooms = new Map<string, TextRoom>();
    const dutch = flatten(loadLocale(localesDir, SOURCE_LANGUAGE).resources);
    for (const [product, html] of await printedTexts(publication, products, templatesDir)) {
      for (const i of markedIn(html)) {
        const key = keys[i]!;
        locations.get(key)?.products.push(productName(product));
        if (!product.roomIsShort) continue;
        const room = rooms.get(key) ?? { products: [], size: roomFor(textLength(toRuns(dutch.get(key)!))) };
        room.products.push(productName(product));
        rooms.set(key, room);
      }
    }
    return { locations, rooms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
