import { describe, expect, it } from 'vitest';
import { xmpPacket } from './xmp.ts';

const fields = { title: 'Carte de poche : Maisons de justice & <prisons>', lang: 'fr', created: new Date('2026-11-29T00:00:00Z'), modified: new Date('2026-11-29T00:00:00Z') };

describe('xmpPacket', () => {
  it('says PDF/UA-1, with the title escaped and the language and dates as given', () => {
    const xmp = xmpPacket({ ...fields, producer: 'Skia/PDF m156' });
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Carte de poche : Maisons de justice &amp; &lt;prisons&gt;</rdf:li>');
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>fr</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<xmp:CreateDate>2026-11-29T00:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<pdf:Producer>Skia/PDF m156</pdf:Producer>');
    expect(xmp).not.toContain('CreatorTool');
  });

  it('gives the same text for the same input', () => {
    expect(xmpPacket(fields)).toBe(xmpPacket({ ...fields }));
  });
});
