// The PDF/UA-1 points this project can check without a validator, read from
// the document itself: the XMP packet, the structure types, list items, the
// ParentTree against the MCIDs really in the content streams, untagged
// content, links and form widgets. Returns one line per problem; an empty
// list passes. Only the tests use it (veraPDF or PAC check far more: see docs/developers-pdf.md).
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, decodePDFRawStream, type PDFContext, type PDFDocument, type PDFObject, type PDFPage } from '@cantoo/pdf-lib';
import { parseOperations, untaggedContent } from '../../src/pdf/content-stream.ts';
import { STANDARD_TYPES, annotations, elements, kidsOf, parentTreeEntries, roleMap, standardTypeOf, structTreeRoot, type Element } from '../../src/pdf/structure-tree.ts';
import { markedContentIds } from './pdf-structure.ts';

const name = (key: string) => PDFName.of(key);
const text = (obj: PDFObject | undefined) => (obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined);
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** What every step reads: the document, its tree's elements by reference, the RoleMap, the ParentTree. */
interface Tagged {
  doc: PDFDocument;
  context: PDFContext;
  all: Element[];
  byRef: Map<PDFRef, Element>;
  roles: Map<string, string>;
  entries: Map<number, PDFObject>;
}

export function pdfUaProblems(doc: PDFDocument): string[] {
  if (!structTreeRoot(doc)) return ['not tagged: no /StructTreeRoot'];
  const all = elements(doc);
  const tagged: Tagged = { doc, context: doc.context, all, byRef: new Map(all.map((e) => [e.ref, e])), roles: roleMap(doc), entries: parentTreeEntries(doc) };
  return [
    ...catalogProblems(doc),
    ...structureTypeProblems(tagged),
    ...listItemProblems(tagged),
    ...doc.getPages().flatMap((page, index) => pageProblems(tagged, page, `page ${index + 1}`)),
    ...linkProblems(tagged),
    ...widgetProblems(tagged),
  ];
}

/** Catalog and metadata (Matterhorn 06, 07, 11). */
function catalogProblems(doc: PDFDocument): string[] {
  const problems: string[] = [];
  const { catalog } = doc;
  const lang = text(catalog.get(name('Lang')));
  if (!lang) problems.push('catalog: no /Lang');
  if (catalog.lookupMaybe(name('MarkInfo'), PDFDict)?.get(name('Marked')) !== PDFBool.True) problems.push('catalog: /MarkInfo /Marked is not true');
  if (catalog.lookupMaybe(name('ViewerPreferences'), PDFDict)?.get(name('DisplayDocTitle')) !== PDFBool.True) problems.push('catalog: /DisplayDocTitle is not true');
  const metadata = catalog.lookup(name('Metadata'));
  if (!(metadata instanceof PDFRawStream)) problems.push('catalog: no /Metadata stream');
  else problems.push(...xmpProblems(doc, new TextDecoder().decode(decodePDFRawStream(metadata).decode()), lang));
  return problems;
}

/** The XMP packet: PDF/UA part 1, and the title and language the document itself gives. */
function xmpProblems(doc: PDFDocument, xmp: string, lang: string | undefined): string[] {
  const problems: string[] = [];
  if (!/<pdfuaid:part>1<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp)) problems.push('XMP: no pdfuaid:part 1');
  const title = /<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(xmp)?.[1];
  if (title === undefined || unescapeXml(title) !== doc.getTitle()) problems.push(`XMP: dc:title ${JSON.stringify(title)} is not the Info title ${JSON.stringify(doc.getTitle())}`);
  const language = /<dc:language>\s*<rdf:Bag>\s*<rdf:li>([^<]*)<\/rdf:li>/.exec(xmp)?.[1];
  if (language !== lang) problems.push(`XMP: dc:language ${JSON.stringify(language)} is not /Lang ${JSON.stringify(lang)}`);
  return problems;
}

/** Structure types (Matterhorn 02): non-standard ones mapped, standard ones not remapped. */
function structureTypeProblems({ all, roles }: Tagged): string[] {
  const problems: string[] = [];
  for (const [from, to] of roles) if (STANDARD_TYPES.has(from)) problems.push(`RoleMap: remaps the standard type ${from} to ${to}`);
  for (const type of new Set(all.map((e) => e.type))) {
    if (standardTypeOf(type, roles) === undefined) problems.push(`structure type ${type} is not standard and has no RoleMap entry`);
  }
  return problems;
}

/** Lists (ISO 32000-1, 14.8.4.3.3): an LI holds Lbl and LBody elements only. */
function listItemProblems({ context, all, roles }: Tagged): string[] {
  const problems: string[] = [];
  for (const item of all.filter((e) => standardTypeOf(e.type, roles) === 'LI')) {
    for (const kid of kidsOf(context, item.dict, item.page)) {
      const type = kid.kind === 'element' ? (kid.dict.lookupMaybe(name('S'), PDFName)?.decodeText() ?? '') : kid.kind;
      if (!['Lbl', 'LBody'].includes(standardTypeOf(type, roles) ?? '')) problems.push(`LI ${item.ref} holds ${type === 'mcid' ? 'marked content directly' : type}`);
    }
  }
  return problems;
}

/** One page: its ParentTree array against its MCIDs, untagged content (Matterhorn 01-005), its tab order. */
function pageProblems(tagged: Tagged, page: PDFPage, where: string): string[] {
  const { context } = tagged;
  const contents = page.node.get(name('Contents'));
  const streams = (contents instanceof PDFArray ? contents.asArray() : [contents]).map((ref) => context.lookup(ref as PDFRef));
  const ops = streams.flatMap((s) => (s instanceof PDFRawStream ? [parseOperations(decodePDFRawStream(s).decode())] : []));
  const problems = parentTreeProblems(tagged, page, ops.flatMap(markedContentIds), where);
  const untagged = ops.reduce((sum, o) => sum + untaggedContent(o).length, 0);
  if (untagged > 0) problems.push(`${where}: ${untagged} piece(s) of content neither tagged nor marked as an artifact`);
  if (page.node.lookupMaybe(name('Annots'), PDFArray)?.size() && page.node.get(name('Tabs')) !== name('S')) problems.push(`${where}: has annotations but no /Tabs /S`);
  return problems;
}

/** The ParentTree maps every MCID in the page's content to the element that holds it, and nothing else. */
function parentTreeProblems({ context, byRef, entries }: Tagged, page: PDFPage, mcids: number[], where: string): string[] {
  const problems: string[] = [];
  const owns = (element: PDFObject | undefined, mcid: number) => {
    if (!(element instanceof PDFRef)) return false;
    const found = byRef.get(element);
    return !!found && kidsOf(context, found.dict, found.page).some((k) => k.kind === 'mcid' && k.mcid === mcid && k.page === page.ref && !k.stream);
  };
  const key = page.node.get(name('StructParents'));
  const array = key instanceof PDFNumber ? context.lookup(entries.get(key.asNumber()) as PDFRef | PDFArray) : undefined;
  if (!(array instanceof PDFArray)) return mcids.length > 0 ? [`${where}: marked content but no ParentTree array (/StructParents)`] : [];
  for (const mcid of mcids) {
    if (!owns(array.get(mcid), mcid)) problems.push(`${where}: ParentTree does not map MCID ${mcid} to the element holding it`);
  }
  const present = new Set(mcids);
  array.asArray().forEach((entry, mcid) => {
    if (entry instanceof PDFRef && !present.has(mcid)) problems.push(`${where}: ParentTree maps MCID ${mcid}, which is not in the content`);
  });
  return problems;
}

/** The annotations of one subtype, each with the element its /StructParent leads to. */
function annotationsOf({ doc, byRef, entries }: Tagged, subtype: string) {
  return annotations(doc)
    .filter((annotation) => annotation.dict.lookupMaybe(name('Subtype'), PDFName)?.decodeText() === subtype)
    .map((annotation) => {
      const key = annotation.dict.get(name('StructParent'));
      const owner = key instanceof PDFNumber ? entries.get(key.asNumber()) : undefined;
      return { ...annotation, element: owner instanceof PDFRef ? byRef.get(owner) : undefined };
    });
}

/** Matterhorn 28: every link in a Link element with a description, reached through its /StructParent. */
function linkProblems(tagged: Tagged): string[] {
  return annotationsOf(tagged, 'Link').flatMap((link) => [
    ...(!link.element || standardTypeOf(link.element.type, tagged.roles) !== 'Link' ? [`link ${link.ref}: not in a Link element through its /StructParent`] : []),
    ...(text(link.dict.get(name('Contents'))) ? [] : [`link ${link.ref}: no /Contents (description)`]),
  ]);
}

/** Matterhorn 28: every widget in a Form element, reached through its /StructParent, its field named by /TU. */
function widgetProblems(tagged: Tagged): string[] {
  const problems: string[] = [];
  for (const widget of annotationsOf(tagged, 'Widget')) {
    const { element } = widget;
    const holds = element && kidsOf(tagged.context, element.dict, element.page).some((k) => k.kind === 'objr' && k.obj === widget.ref);
    if (!element || standardTypeOf(element.type, tagged.roles) !== 'Form' || !holds) problems.push(`widget ${widget.ref}: not in a Form element through its /StructParent`);
    // Its accessible name: /TU on the field (the widget itself, or a parent field).
    let field: PDFDict | undefined = widget.dict;
    while (field && !text(field.get(name('TU')))) field = field.lookupMaybe(name('Parent'), PDFDict);
    if (!field) problems.push(`widget ${widget.ref}: its field has no /TU (accessible name)`);
  }
  return problems;
}
