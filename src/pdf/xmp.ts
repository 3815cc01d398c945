// The XMP metadata packet PDF/UA-1 asks for (ISO 14289-1, 5; Matterhorn
// checkpoints 06-001 to 06-003): the title, the language, the PDF/UA
// identifier, and the same dates, creator and producer as the Info
// dictionary, so a validator finds the two in agreement. Pure: the same
// input gives the same bytes.

export interface XmpFields {
  title: string;
  /** BCP 47, as in the catalog's /Lang. */
  lang: string;
  created: Date;
  modified: Date;
  creatorTool?: string;
  producer?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ISO 8601 in UTC without milliseconds, as XMP dates are usually written. */
const xmpDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function xmpPacket(fields: XmpFields): string {
  const optional = [
    fields.creatorTool === undefined ? '' : `\n      <xmp:CreatorTool>${escapeXml(fields.creatorTool)}</xmp:CreatorTool>`,
    fields.producer === undefined ? '' : `\n      <pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>`,
  ].join('');
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:xmp="http://ns.adobe.com/xap/1.0/"
        xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
        xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
      <dc:format>application/pdf</dc:format>
      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>
      <dc:language><rdf:Bag><rdf:li>${escapeXml(fields.lang)}</rdf:li></rdf:Bag></dc:language>
      <xmp:CreateDate>${xmpDate(fields.created)}</xmp:CreateDate>
      <xmp:ModifyDate>${xmpDate(fields.modified)}</xmp:ModifyDate>
      <xmp:MetadataDate>${xmpDate(fields.modified)}</xmp:MetadataDate>${optional}
      <pdfuaid:part>1</pdfuaid:part>
    </rdf:Description>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
