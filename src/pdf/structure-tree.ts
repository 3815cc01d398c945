// Walks a tagged PDF's structure tree with pdf-lib's object API: the elements,
// what each one holds (child elements, marked content on a page, annotations),
// and the ParentTree that maps content back to its element. Used by the
// PDF/UA pass to change the tree and by the tests to check it.
import { PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFRef, type PDFDocument, type PDFObject, type PDFContext } from '@cantoo/pdf-lib';

/** One entry of an element's /K, resolved. `raw` is the entry as written, to put back unchanged. */
export type Kid =
  | { kind: 'element'; ref: PDFRef; dict: PDFDict; raw: PDFObject }
  | { kind: 'mcid'; mcid: number; page: PDFRef | undefined; stream: PDFRef | undefined; raw: PDFObject }
  | { kind: 'objr'; obj: PDFRef; page: PDFRef | undefined; raw: PDFObject };

export interface Element {
  ref: PDFRef;
  dict: PDFDict;
  /** The structure type as written, e.g. `Strong`. */
  type: string;
  /** The page its marked content is on when a kid does not say (/Pg, inherited). */
  page: PDFRef | undefined;
  parent: PDFRef | undefined;
}

/**
 * The name `/key`. PDFName.of gives one object per name, but decodes its
 * argument's #-escapes on every call: the tree walks ask for /K, /Pg, /Type
 * and /S per element, thousands of times a PDF, so each is looked up once.
 */
const names = new Map<string, PDFName>();
export function pdfName(key: string): PDFName {
  let found = names.get(key);
  if (found === undefined) names.set(key, (found = PDFName.of(key)));
  return found;
}
const name = pdfName;
// Likewise its text is worked out once (decodeText does it on every call).
const nameTexts = new WeakMap<PDFName, string>();
export function nameText(name: PDFName): string {
  let text = nameTexts.get(name);
  if (text === undefined) nameTexts.set(name, (text = name.decodeText()));
  return text;
}
const nameOf = (obj: PDFObject | undefined) => (obj instanceof PDFName ? nameText(obj) : undefined);

export const structTreeRoot = (doc: PDFDocument) => doc.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);

/** The /K of a dict as a list (a single kid is written without an array). */
export function rawKids(dict: PDFDict): PDFObject[] {
  const k = dict.get(name('K'));
  if (k === undefined || k === PDFNull) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

export function setRawKids(context: PDFContext, dict: PDFDict, kids: readonly PDFObject[]): void {
  if (kids.length === 0) dict.delete(name('K'));
  else dict.set(name('K'), kids.length === 1 ? kids[0]! : context.obj([...kids]));
}

/** The kids of an element, resolved; `page` is the element's effective /Pg. */
export function kidsOf(context: PDFContext, dict: PDFDict, page: PDFRef | undefined): Kid[] {
  return rawKids(dict).flatMap((raw): Kid[] => {
    if (raw instanceof PDFNumber) return [{ kind: 'mcid', mcid: raw.asNumber(), page, stream: undefined, raw }];
    const resolved = raw instanceof PDFRef ? context.lookup(raw) : raw;
    if (!(resolved instanceof PDFDict)) return [];
    const type = nameOf(resolved.get(name('Type')));
    const ownPage = resolved.get(name('Pg'));
    const kidPage = ownPage instanceof PDFRef ? ownPage : page;
    if (type === 'MCR' || (type === undefined && resolved.has(name('MCID')))) {
      const stream = resolved.get(name('Stm'));
      return [{ kind: 'mcid', mcid: resolved.lookup(name('MCID'), PDFNumber).asNumber(), page: kidPage, stream: stream instanceof PDFRef ? stream : undefined, raw }];
    }
    if (type === 'OBJR') return [{ kind: 'objr', obj: resolved.get(name('Obj')) as PDFRef, page: kidPage, raw }];
    if (raw instanceof PDFRef) return [{ kind: 'element', ref: raw, dict: resolved, raw }];
    return [];
  });
}

/** Every structure element, depth first in document order (the reading order). */
export function elements(doc: PDFDocument): Element[] {
  const root = structTreeRoot(doc);
  if (!root) return [];
  const out: Element[] = [];
  const seen = new Set<string>();
  const visit = (dict: PDFDict, page: PDFRef | undefined, parent: PDFRef | undefined) => {
    for (const kid of kidsOf(doc.context, dict, page)) {
      if (kid.kind !== 'element' || seen.has(kid.ref.toString())) continue;
      seen.add(kid.ref.toString());
      const ownPage = kid.dict.get(name('Pg'));
      const elementPage = ownPage instanceof PDFRef ? ownPage : page;
      out.push({ ref: kid.ref, dict: kid.dict, type: nameOf(kid.dict.get(name('S'))) ?? '', page: elementPage, parent });
      visit(kid.dict, elementPage, kid.ref);
    }
  };
  visit(root, undefined, undefined);
  return out;
}

/** /RoleMap as a plain map, type → the type it stands for. */
export function roleMap(doc: PDFDocument): Map<string, string> {
  const map = structTreeRoot(doc)?.lookupMaybe(name('RoleMap'), PDFDict);
  const out = new Map<string, string>();
  for (const [key, value] of map?.entries() ?? []) {
    const target = nameOf(value);
    if (target) out.set(nameText(key), target);
  }
  return out;
}

/** A type as a standard type, following the role map (a chain ends at a standard type or gives up). */
export function standardTypeOf(type: string, roles: ReadonlyMap<string, string>): string | undefined {
  let current = type;
  for (let hops = 0; hops < 8; hops++) {
    if (STANDARD_TYPES.has(current)) return current;
    const next = roles.get(current);
    if (!next) return undefined;
    current = next;
  }
  return undefined;
}

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4), which PDF/UA-1 builds on. */
export const STANDARD_TYPES: ReadonlySet<string> = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

/** Where content lives: a page (or form XObject) and the MCID in it. */
const contentKey = (where: PDFRef, mcid: number) => `${where.toString()}#${mcid}`;

export interface Ownership {
  /** `page ref#mcid` → the element whose /K holds it. */
  mcids: Map<string, PDFRef>;
  /** annotation ref → the element whose /K holds an OBJR to it. */
  objects: Map<string, PDFRef>;
}

/** Who owns each piece of marked content and each annotation, read from the elements' /K. */
export function ownership(doc: PDFDocument): Ownership {
  const mcids = new Map<string, PDFRef>();
  const objects = new Map<string, PDFRef>();
  for (const element of elements(doc)) {
    for (const kid of kidsOf(doc.context, element.dict, element.page)) {
      if (kid.kind === 'mcid') {
        const where = kid.stream ?? kid.page;
        if (!where) throw new Error(`structure element ${element.ref} (${element.type}) holds MCID ${kid.mcid} without a page (/Pg)`);
        const key = contentKey(where, kid.mcid);
        const other = mcids.get(key);
        if (other && other !== element.ref) throw new Error(`MCID ${kid.mcid} on ${where} is claimed by both ${other} and ${element.ref}`);
        mcids.set(key, element.ref);
      } else if (kid.kind === 'objr') {
        objects.set(kid.obj.toString(), element.ref);
      }
    }
  }
  return { mcids, objects };
}

/** The ParentTree's number tree read flat: key → the entry (an array of element refs, or one element ref). */
export function parentTreeEntries(doc: PDFDocument): Map<number, PDFObject> {
  const out = new Map<number, PDFObject>();
  const visit = (node: PDFDict) => {
    const nums = node.lookupMaybe(name('Nums'), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) out.set(nums.lookup(i, PDFNumber).asNumber(), nums.get(i + 1));
    const kids = node.lookupMaybe(name('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) visit(kids.lookup(i, PDFDict));
  };
  const tree = structTreeRoot(doc)?.lookupMaybe(name('ParentTree'), PDFDict);
  if (tree) visit(tree);
  return out;
}

/** The pages' annotations, with the page each is on. */
export function annotations(doc: PDFDocument): { page: PDFRef; pageDict: PDFDict; ref: PDFRef; dict: PDFDict }[] {
  return doc.getPages().flatMap((page) => {
    const annots = page.node.lookupMaybe(name('Annots'), PDFArray);
    return (annots?.asArray() ?? []).flatMap((raw) =>
      raw instanceof PDFRef ? [{ page: page.ref, pageDict: page.node, ref: raw, dict: doc.context.lookup(raw, PDFDict) }] : [],
    );
  });
}

/**
 * Writes the ParentTree again from the elements' /K, so it maps every MCID
 * and every annotation to the element that holds it, whatever was moved.
 * Pages and annotations keep their /StructParents and /StructParent keys;
 * those that have content in the tree but no key get the next free one.
 * Existing per-page arrays are overwritten in place, so no orphans are left.
 */
export function rebuildParentTree(doc: PDFDocument): void {
  const root = structTreeRoot(doc);
  if (!root) return;
  const { context } = doc;
  const { mcids, objects } = ownership(doc);
  const old = parentTreeEntries(doc);
  const usedKeys = [...old.keys()];
  for (const page of doc.getPages()) {
    const key = page.node.get(name('StructParents'));
    if (key instanceof PDFNumber) usedKeys.push(key.asNumber());
  }
  let nextKey = Math.max(-1, ...usedKeys, (root.lookupMaybe(name('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0) - 1) + 1;

  const entries = new Map<number, PDFObject>();
  // Content streams: pages, then any form XObject an MCR points into.
  const byStream = new Map<string, { ref: PDFRef; owners: Map<number, PDFRef> }>();
  for (const [key, owner] of mcids) {
    const [where, mcid] = key.split('#') as [string, string];
    let group = byStream.get(where);
    if (!group) byStream.set(where, (group = { ref: refFromString(where), owners: new Map() }));
    group.owners.set(Number(mcid), owner);
  }
  for (const { ref, owners } of byStream.values()) {
    const holder = context.lookup(ref);
    const holderDict = holder instanceof PDFDict ? holder : (holder as { dict?: PDFDict } | undefined)?.dict;
    if (!holderDict) continue;
    let key = holderDict.get(name('StructParents'));
    if (!(key instanceof PDFNumber)) {
      key = PDFNumber.of(nextKey++);
      holderDict.set(name('StructParents'), key);
    }
    const length = Math.max(...owners.keys()) + 1;
    const array = context.obj(Array.from({ length }, (_, mcid) => owners.get(mcid) ?? null));
    const previous = old.get((key as PDFNumber).asNumber());
    if (previous instanceof PDFRef) {
      context.assign(previous, array);
      entries.set((key as PDFNumber).asNumber(), previous);
    } else {
      entries.set((key as PDFNumber).asNumber(), context.register(array));
    }
  }
  for (const annot of annotations(doc)) {
    const owner = objects.get(annot.ref.toString());
    if (!owner) continue;
    let key = annot.dict.get(name('StructParent'));
    if (!(key instanceof PDFNumber)) {
      key = PDFNumber.of(nextKey++);
      annot.dict.set(name('StructParent'), key);
    }
    entries.set((key as PDFNumber).asNumber(), owner);
  }
  const nums = [...entries.keys()].sort((a, b) => a - b).flatMap((key) => [PDFNumber.of(key), entries.get(key)!]);
  const tree = context.obj({ Nums: context.obj(nums) });
  const treeRef = root.get(name('ParentTree'));
  if (treeRef instanceof PDFRef) context.assign(treeRef, tree);
  else root.set(name('ParentTree'), context.register(tree));
  root.set(name('ParentTreeNextKey'), PDFNumber.of(Math.max(nextKey, ...[...entries.keys()].map((k) => k + 1))));
}

function refFromString(text: string): PDFRef {
  const [objectNumber, generation] = text.split(' ').map(Number) as [number, number];
  return PDFRef.of(objectNumber, generation);
}
