// The PDF/UA-1 points this project can check without a validator, read from
// the document itself: the XMP packet, the structure types, list items, the
// ParentTree against the MCIDs really in the content streams, untagged
// content, form widgets. Returns one line per problem; an empty list passes.
// (veraPDF or PAC check far more: see the README.)
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, decodePDFRawStream, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';
import { markedContentIds, parseOperations, untaggedContent } from './content-stream.ts';
import { STANDARD_TYPES, annotations, elements, kidsOf, parentTreeEntries, roleMap, standardTypeOf, structTreeRoot } from './structure-tree.ts';

const name = (key: string) => PDFName.of(key);
const text = (obj: PDFObject | undefined) => (obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined);
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

export function pdfUaProblems(doc: PDFDocument): string[] {
  const problems: string[] = [];
  const { context, catalog } = doc;
  const root = structTreeRoot(doc);
  if (!root) return ['not tagged: no /StructTreeRoot'];

  // Catalog and metadata (Matterhorn 06, 07, 11).
  const lang = text(catalog.get(name('Lang')));
  if (!lang) problems.push('catalog: no /Lang');
  if (catalog.lookupMaybe(name('MarkInfo'), PDFDict)?.get(name('Marked')) !== PDFBool.True) problems.push('catalog: /MarkInfo /Marked is not true');
  if (catalog.lookupMaybe(name('ViewerPreferences'), PDFDict)?.get(name('DisplayDocTitle')) !== PDFBool.True) problems.push('catalog: /DisplayDocTitle is not true');
  const metadata = catalog.lookup(name('Metadata'));
  if (!(metadata instanceof PDFRawStream)) problems.push('catalog: no /Metadata stream');
  else {
    const xmp = new TextDecoder().decode(decodePDFRawStream(metadata).decode());
    if (!/<pdfuaid:part>1<\/pdfuaid:part>|pdfuaid:part="1"/.test(xmp)) problems.push('XMP: no pdfuaid:part 1');
    const title = /<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(xmp)?.[1];
    if (title === undefined || unescapeXml(title) !== doc.getTitle()) problems.push(`XMP: dc:title ${JSON.stringify(title)} is not the Info title ${JSON.stringify(doc.getTitle())}`);
    const language = /<dc:language>\s*<rdf:Bag>\s*<rdf:li>([^<]*)<\/rdf:li>/.exec(xmp)?.[1];
    if (language !== lang) problems.push(`XMP: dc:language ${JSON.stringify(language)} is not /Lang ${JSON.stringify(lang)}`);
  }

  // Structure types (Matterhorn 02): non-standard ones mapped, standard ones not remapped.
  const roles = roleMap(doc);
  for (const [from, to] of roles) if (STANDARD_TYPES.has(from)) problems.push(`RoleMap: remaps the standard type ${from} to ${to}`);
  const all = elements(doc);
  for (const type of new Set(all.map((e) => e.type))) {
    if (standardTypeOf(type, roles) === undefined) problems.push(`structure type ${type} is not standard and has no RoleMap entry`);
  }

  // Lists (ISO 32000-1, 14.8.4.3.3): an LI holds Lbl and LBody elements only.
  for (const item of all.filter((e) => standardTypeOf(e.type, roles) === 'LI')) {
    for (const kid of kidsOf(context, item.dict, item.page)) {
      const type = kid.kind === 'element' ? (kid.dict.lookupMaybe(name('S'), PDFName)?.decodeText() ?? '') : kid.kind;
      if (!['Lbl', 'LBody'].includes(standardTypeOf(type, roles) ?? '')) problems.push(`LI ${item.ref} holds ${type === 'mcid' ? 'marked content directly' : type}`);
    }
  }

  // The ParentTree maps every MCID in the content to the element that holds it, and nothing else.
  const entries = parentTreeEntries(doc);
  const byRef = new Map(all.map((e) => [e.ref, e]));
  const owns = (element: PDFObject | undefined, page: PDFRef, mcid: number) => {
    if (!(element instanceof PDFRef)) return false;
    const found = byRef.get(element);
    return !!found && kidsOf(context, found.dict, found.page).some((k) => k.kind === 'mcid' && k.mcid === mcid && k.page === page && !k.stream);
  };
  doc.getPages().forEach((page, index) => {
    const where = `page ${index + 1}`;
    const contents = page.node.get(name('Contents'));
    const streams = (contents instanceof PDFArray ? contents.asArray() : [contents]).map((ref) => context.lookup(ref as PDFRef));
    const ops = streams.flatMap((s) => (s instanceof PDFRawStream ? [parseOperations(decodePDFRawStream(s).decode())] : []));
    const mcids = ops.flatMap(markedContentIds);
    const key = page.node.get(name('StructParents'));
    const array = key instanceof PDFNumber ? context.lookup(entries.get(key.asNumber()) as PDFRef | PDFArray) : undefined;
    if (mcids.length > 0 && !(array instanceof PDFArray)) problems.push(`${where}: marked content but no ParentTree array (/StructParents)`);
    for (const mcid of mcids) {
      if (array instanceof PDFArray && !owns(array.get(mcid), page.ref, mcid)) problems.push(`${where}: ParentTree does not map MCID ${mcid} to the element holding it`);
    }
    if (array instanceof PDFArray) {
      const present = new Set(mcids);
      array.asArray().forEach((entry, mcid) => {
        if (entry instanceof PDFRef && !present.has(mcid)) problems.push(`${where}: ParentTree maps MCID ${mcid}, which is not in the content`);
      });
    }
    // Matterhorn 01-005: content is tagged or an artifact.
    const untagged = ops.reduce((sum, o) => sum + untaggedContent(o).length, 0);
    if (untagged > 0) problems.push(`${where}: ${untagged} piece(s) of content neither tagged nor marked as an artifact`);
    if (page.node.lookupMaybe(name('Annots'), PDFArray)?.size() && page.node.get(name('Tabs')) !== name('S')) problems.push(`${where}: has annotations but no /Tabs /S`);
  });

  // Matterhorn 28: every link in a Link element with a description, reached through its /StructParent.
  for (const link of annotations(doc)) {
    if (link.dict.lookupMaybe(name('Subtype'), PDFName)?.decodeText() !== 'Link') continue;
    const key = link.dict.get(name('StructParent'));
    const owner = key instanceof PDFNumber ? entries.get(key.asNumber()) : undefined;
    const element = owner instanceof PDFRef ? byRef.get(owner) : undefined;
    if (!element || standardTypeOf(element.type, roles) !== 'Link') problems.push(`link ${link.ref}: not in a Link element through its /StructParent`);
    if (!text(link.dict.get(name('Contents')))) problems.push(`link ${link.ref}: no /Contents (description)`);
  }

  // Matterhorn 28: every widget in a Form element, reached through its /StructParent.
  for (const widget of annotations(doc)) {
    if (widget.dict.lookupMaybe(name('Subtype'), PDFName)?.decodeText() !== 'Widget') continue;
    const key = widget.dict.get(name('StructParent'));
    const owner = key instanceof PDFNumber ? entries.get(key.asNumber()) : undefined;
    const element = owner instanceof PDFRef ? byRef.get(owner) : undefined;
    const holds = element && kidsOf(context, element.dict, element.page).some((k) => k.kind === 'objr' && k.obj === widget.ref);
    if (!element || standardTypeOf(element.type, roles) !== 'Form' || !holds) problems.push(`widget ${widget.ref}: not in a Form element through its /StructParent`);
    // Its accessible name: /TU on the field (the widget itself, or a parent field).
    let field: PDFDict | undefined = widget.dict;
    while (field && !text(field.get(name('TU')))) field = field.lookupMaybe(name('Parent'), PDFDict);
    if (!field) problems.push(`widget ${widget.ref}: its field has no /TU (accessible name)`);
  }
  return problems;
}
