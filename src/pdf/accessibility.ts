// Finishes a tagged PDF (Chromium's, with any form fields added after) so it
// meets PDF/UA-1 where the printer falls short, changing the structure tree
// and adding marked content, never the drawing or the text:
// - an XMP metadata stream with title, language, dates and pdfuaid:part 1;
// - a /RoleMap entry for every non-standard structure type in the tree;
// - list items whose kids are Lbl and LBody only;
// - decoration as artifacts: content painted outside any tag (aria-hidden
//   crop marks, numbers, arrows; the page background), and tagged sequences
//   that paint only paths (borders, rules) outside a Figure;
// - every form widget in a Form element, with an OBJR and a /StructParent;
// - the ParentTree written again from the tree, so it matches it exactly;
// - the header %PDF-1.7: PDF/UA-1 is built on PDF 1.7 (ISO 32000-1), and
//   Chromium writes 1.4 (pdf-lib 1.17 wrote 1.7 whatever it had read; its
//   fork @cantoo/pdf-lib keeps what it reads);
// - /MarkInfo, /DisplayDocTitle, /Lang kept, /Tabs /S on pages with annotations,
//   a link's /Contents (its address) where Chromium leaves it out.
// Knows nothing of the products: it reads the document it is given.
import { PDFArray, PDFBool, PDFDict, PDFHeader, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';
import { decodedContents, flateStream } from './deflate.ts';
import { parseOperations, pathOnlyMarkedContent, untaggedContent, wrapAsArtifacts } from './content-stream.ts';
import { annotations, elements, nameText, pdfName, kidsOf, ownership, rawKids, rebuildParentTree, roleMap, setRawKids, standardTypeOf, structTreeRoot, type Element } from './structure-tree.ts';
import { xmpPacket } from './xmp.ts';

const name = pdfName;

/**
 * What non-standard types stand for. Chromium writes `Strong` (HTML
 * <strong>, <b>); the rest are PDF 2.0 types a newer printer may write. A type
 * not listed here is mapped to NonStruct, which adds no meaning of its own.
 */
const KNOWN_ROLES: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Title: 'P',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Div',
  Artifact: 'NonStruct',
};

export class PdfAccessibilityError extends Error {
  override name = 'PdfAccessibilityError';
}

/** Makes `doc` PDF/UA-1 conformant in place (see the top of this file). */
export function makeAccessible(doc: PDFDocument): void {
  const root = structTreeRoot(doc);
  const title = doc.getTitle();
  const lang = textOf(doc.catalog.get(name('Lang')));
  if (!root) throw new PdfAccessibilityError('the PDF is not tagged (no /StructTreeRoot): print it with `tagged: true`');
  if (!title) throw new PdfAccessibilityError('the PDF has no title: give the print page a <title>');
  if (!lang) throw new PdfAccessibilityError('the PDF has no language (/Lang): give the print page <html lang>');

  doc.context.header = PDFHeader.forVersion(1, 7);
  addRoleMap(doc);
  markArtifacts(doc);
  splitListItems(doc);
  tagFormWidgets(doc);
  rebuildParentTree(doc);

  const created = doc.getCreationDate();
  const modified = doc.getModificationDate() ?? created;
  if (!created || !modified) throw new PdfAccessibilityError('the PDF has no creation date: set it before this pass (finishPdf sets the protocol date)');
  const xmp = xmpPacket({
    title,
    lang,
    created,
    modified,
    ...(doc.getCreator() === undefined ? {} : { creatorTool: doc.getCreator()! }),
    ...(doc.getProducer() === undefined ? {} : { producer: doc.getProducer()! }),
  });
  // Not compressed: a validator or a search engine reads XMP without inflating.
  const metadata = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  const existing = doc.catalog.get(name('Metadata'));
  if (existing instanceof PDFRef) doc.context.assign(existing, metadata);
  else doc.catalog.set(name('Metadata'), doc.context.register(metadata));

  const markInfo = doc.catalog.lookupMaybe(name('MarkInfo'), PDFDict) ?? doc.context.obj({});
  markInfo.set(name('Marked'), PDFBool.True);
  doc.catalog.set(name('MarkInfo'), markInfo);
  const viewer = doc.catalog.lookupMaybe(name('ViewerPreferences'), PDFDict) ?? doc.context.obj({});
  viewer.set(name('DisplayDocTitle'), PDFBool.True);
  doc.catalog.set(name('ViewerPreferences'), viewer);
  for (const page of doc.getPages()) {
    if (page.node.lookupMaybe(name('Annots'), PDFArray)?.size()) page.node.set(name('Tabs'), name('S'));
  }
  // PDF/UA-1 7.18.5: a link annotation has a description in /Contents; Chromium writes none, so it says where the link goes.
  for (const link of annotations(doc)) {
    const uri = link.dict.lookupMaybe(name('A'), PDFDict)?.get(name('URI'));
    if (link.dict.lookupMaybe(name('Subtype'), PDFName)?.decodeText() === 'Link' && !link.dict.has(name('Contents')) && uri) {
      const target = textOf(uri);
      if (target) link.dict.set(name('Contents'), PDFHexString.fromText(target));
    }
  }
}

function textOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;
}

/** A RoleMap entry for each type in the tree that is neither standard nor mapped to a standard type already. */
function addRoleMap(doc: PDFDocument): void {
  const root = structTreeRoot(doc)!;
  const roles = roleMap(doc);
  const missing = [...new Set(elements(doc).map((e) => e.type))].filter((type) => standardTypeOf(type, roles) === undefined).sort();
  if (missing.length === 0) return;
  const map = root.lookupMaybe(name('RoleMap'), PDFDict) ?? doc.context.obj({});
  for (const type of missing) map.set(name(type), name(KNOWN_ROLES[type] ?? 'NonStruct'));
  root.set(name('RoleMap'), map);
}

/**
 * PDF/UA wants an LI to hold a label (Lbl) and a body (LBody), nothing else.
 * Chromium writes the list marker as Lbl when there is one and puts the rest
 * straight in the LI; each run of such kids goes into an LBody, in order, so
 * the reading order stays as it was. Moved elements get the LBody as /P; the
 * ParentTree is rebuilt afterwards.
 */
function splitListItems(doc: PDFDocument): void {
  const { context } = doc;
  const roles = roleMap(doc);
  for (const item of elements(doc).filter((e) => standardTypeOf(e.type, roles) === 'LI')) {
    const kids = kidsOf(context, item.dict, item.page);
    const isPart = (kid: (typeof kids)[number]) =>
      kid.kind === 'element' && ['Lbl', 'LBody'].includes(standardTypeOf(typeOf(kid.dict), roles) ?? '');
    if (kids.every(isPart)) continue;
    const out: PDFObject[] = [];
    const bodies: { ref: PDFRef; dict: PDFDict; kids: PDFObject[] }[] = [];
    let body: (typeof bodies)[number] | undefined;
    for (const kid of kids) {
      if (isPart(kid)) {
        out.push(kid.raw);
        body = undefined;
        continue;
      }
      if (!body) {
        const dict = context.obj({ Type: 'StructElem', S: 'LBody', P: item.ref });
        // Bare MCIDs moved here are on the LI's page: the LBody must say so too.
        if (item.page) dict.set(name('Pg'), item.page);
        body = { ref: context.register(dict), dict, kids: [] };
        bodies.push(body);
        out.push(body.ref);
      }
      body.kids.push(kid.raw);
      if (kid.kind === 'element') kid.dict.set(name('P'), body.ref);
    }
    for (const { dict, kids: bodyKids } of bodies) setRawKids(context, dict, bodyKids);
    setRawKids(context, item.dict, out);
  }
}

const typeOf = (dict: PDFDict) => { const type = dict.lookupMaybe(name('S'), PDFName); return type ? nameText(type) : ''; };

/**
 * Each widget annotation (a form field on the page) in a Form element of
 * its own, holding an OBJR to it, unless it is in one already. A new Form
 * element goes into the document element after the last part with content on
 * the widget's page, widgets top to bottom, so it is read with that page.
 * The field's /TU (its accessible name) is left as it is.
 */
function tagFormWidgets(doc: PDFDocument): void {
  const { context } = doc;
  const roles = roleMap(doc);
  const widgets = annotations(doc).filter((a) => a.dict.lookupMaybe(name('Subtype'), PDFName)?.decodeText() === 'Widget');
  if (widgets.length === 0) return;
  const owners = ownership(doc).objects;
  const all = elements(doc);
  const byRef = new Map(all.map((e) => [e.ref.toString(), e]));
  const documentElement = all.find((e) => e.parent === undefined) ?? undefined;
  const container = documentElement?.dict ?? structTreeRoot(doc)!;
  const containerRef = documentElement?.ref ?? context.getObjectRef(structTreeRoot(doc)!)!;

  const pagesOfTopLevel = topLevelPages(doc, all, documentElement);
  const placed = new Map<string, number>(); // page → insertion index in the container's /K
  const rect = (dict: PDFDict) => dict.lookupMaybe(name('Rect'), PDFArray)?.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : 0)) ?? [0, 0, 0, 0];
  const ordered = [...widgets].sort((a, b) => {
    const pages = doc.getPages().map((p) => p.ref.toString());
    const byPage = pages.indexOf(a.page.toString()) - pages.indexOf(b.page.toString());
    const [ax, , , ay] = rect(a.dict);
    const [bx, , , by] = rect(b.dict);
    return byPage || by! - ay! || ax! - bx!;
  });
  for (const widget of ordered) {
    const owner = owners.get(widget.ref.toString());
    const ownerElement = owner ? byRef.get(owner.toString()) : undefined;
    if (ownerElement && standardTypeOf(ownerElement.type, roles) === 'Form') continue;
    const objr = context.obj({ Type: 'OBJR', Obj: widget.ref, Pg: widget.page });
    const form = context.obj({ Type: 'StructElem', S: 'Form', P: ownerElement?.ref ?? containerRef, Pg: widget.page, K: objr });
    const formRef = context.register(form);
    if (ownerElement) {
      // Tagged, but not as a form field: the OBJR's place in the owner now holds the Form element.
      const kids = rawKids(ownerElement.dict).map((raw) => (isObjrTo(doc, raw, widget.ref) ? formRef : raw));
      setRawKids(context, ownerElement.dict, kids);
      continue;
    }
    const kids = rawKids(container);
    const pageKey = widget.page.toString();
    let at = placed.get(pageKey);
    if (at === undefined) {
      const last = kids.findLastIndex((raw) => raw instanceof PDFRef && pagesOfTopLevel.get(raw.toString())?.has(pageKey));
      at = last < 0 ? kids.length : last + 1;
    }
    kids.splice(at, 0, formRef);
    for (const [key, index] of placed) if (index >= at) placed.set(key, index + 1);
    placed.set(pageKey, at + 1);
    setRawKids(context, container, kids);
  }
}

function isObjrTo(doc: PDFDocument, raw: PDFObject, target: PDFRef): boolean {
  const dict = raw instanceof PDFRef ? doc.context.lookup(raw) : raw;
  return dict instanceof PDFDict && dict.get(name('Obj')) === target;
}

/** For each kid of the document element, the pages its content is on. */
function topLevelPages(doc: PDFDocument, all: readonly Element[], documentElement: Element | undefined): Map<string, Set<string>> {
  const parentOf = new Map(all.map((e) => [e.ref.toString(), e.parent?.toString()]));
  const topOf = (ref: string): string | undefined => {
    let current: string | undefined = ref;
    while (current && parentOf.get(current) !== documentElement?.ref.toString()) current = parentOf.get(current);
    return current;
  };
  const out = new Map<string, Set<string>>();
  for (const [key, owner] of ownership(doc).mcids) {
    const top = topOf(owner.toString());
    if (!top) continue;
    const page = key.split('#')[0]!;
    if (!out.has(top)) out.set(top, new Set());
    out.get(top)!.add(page);
  }
  return out;
}

const PICTURES = new Set(['Figure', 'Formula', 'Form']);

/**
 * Decoration as artifacts, in each page's content stream:
 * - what is painted outside any tag (Chromium's output for aria-hidden
 *   elements such as the crop marks, step numbers and arrows, and the page
 *   background) is wrapped in /Artifact marked content;
 * - a tagged sequence that paints only paths (a box's border, a rule, a
 *   number's circle) becomes /Artifact too, unless it belongs to a Figure,
 *   Formula or Form (a drawing made of paths is content); its MCID leaves
 *   its element, and an element left with nothing is taken out of the tree.
 * Text, images and the drawing itself are untouched.
 */
function markArtifacts(doc: PDFDocument): void {
  const { context } = doc;
  const roles = roleMap(doc);
  const all = elements(doc);
  const byRef = new Map(all.map((e) => [e.ref.toString(), e]));
  const owners = ownership(doc).mcids;
  const inPicture = (ref: PDFRef | undefined): boolean => {
    for (let e = ref && byRef.get(ref.toString()); e; e = e.parent && byRef.get(e.parent.toString())) {
      if (PICTURES.has(standardTypeOf(e.type, roles) ?? '')) return true;
    }
    return false;
  };
  const taken = new Map<string, Set<string>>(); // element → the `page#mcid` it loses
  for (const page of doc.getPages()) {
    const contents = page.node.get(name('Contents'));
    for (const ref of contents instanceof PDFArray ? contents.asArray() : [contents]) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const bytes = decodedContents(stream);
      const ops = parseOperations(bytes);
      const ranges = untaggedContent(ops);
      const retag = pathOnlyMarkedContent(ops).filter(({ mcid }) => {
        const key = `${page.ref.toString()}#${mcid}`;
        const owner = owners.get(key);
        if (!owner || inPicture(owner)) return false;
        if (!taken.has(owner.toString())) taken.set(owner.toString(), new Set());
        taken.get(owner.toString())!.add(key);
        return true;
      });
      if (ranges.length === 0 && retag.length === 0) continue;
      const extra = Object.fromEntries(
        stream.dict.entries().filter(([key]) => !['Length', 'Filter', 'DecodeParms'].includes(key.decodeText())).map(([key, value]) => [key.decodeText(), value]),
      );
      context.assign(ref, flateStream(context, wrapAsArtifacts(bytes, ranges, retag.map((r) => r.op)), extra));
    }
  }
  const root = structTreeRoot(doc)!;
  const prune = (element: Element) => {
    if (rawKids(element.dict).length > 0) return;
    const parent = element.parent ? byRef.get(element.parent.toString()) : undefined;
    const parentDict = parent?.dict ?? root;
    setRawKids(context, parentDict, rawKids(parentDict).filter((raw) => raw !== element.ref));
    context.delete(element.ref);
    if (parent) prune(parent);
  };
  for (const [ownerRef, keys] of taken) {
    const element = byRef.get(ownerRef)!;
    const drop = new Set(
      kidsOf(context, element.dict, element.page)
        .filter((kid) => kid.kind === 'mcid' && !kid.stream && keys.has(`${kid.page?.toString()}#${kid.mcid}`))
        .map((kid) => kid.raw),
    );
    setRawKids(context, element.dict, rawKids(element.dict).filter((raw) => !drop.has(raw)));
    prune(element);
  }
}
