// The PDFs' streams compressed (and read) by Node's own zlib instead of pdf-lib's
// (fflate in @cantoo/pdf-lib, pako in pdf-lib 1.17: zlib written in
// JavaScript): same format, same readers, less of a cold build's CPU, and the
// same bytes whichever pdf-lib does the rest. pdf-lib compresses a stream either at
// once (`context.flateStream`) or when it writes the file (a content stream
// it made, such as a form field's appearance); `flateStream` replaces the
// first, `deflateNatively` hands the second over just before `save`. The fork
// has no option to plug in a compressor, so this still relies on
// PDFFlateStream's ways (see docs/developers-pdf.md).
// Node's zlib version is part of the render cache's key (src/cache/environment.ts).
import { deflateSync, inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFFlateStream, PDFName, PDFRawStream, type PDFContext, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';

const FLATE = PDFName.of('FlateDecode');

/** A stream of `contents` compressed now, by Node: what `context.flateStream` makes, without pako. */
export function flateStream(context: PDFContext, contents: Uint8Array, dict: Record<string, PDFObject> = {}): PDFRawStream {
  return context.stream(deflateSync(contents), { ...dict, Filter: 'FlateDecode' });
}

/**
 * Every stream pdf-lib would compress as it saves, compressed now by Node.
 * Call it right before `save`: fonts are embedded first (`flush`), since
 * embedding makes streams of its own.
 */
export async function deflateNatively(doc: PDFDocument): Promise<number> {
  await doc.flush();
  let count = 0;
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    // A PDFFlateStream marks itself FlateDecode only when it will compress (its `encode`).
    if (!(object instanceof PDFFlateStream) || object.dict.get(PDFName.of('Filter')) !== FLATE) continue;
    doc.context.assign(ref, PDFRawStream.of(object.dict, deflateSync(object.getUnencodedContents())));
    count++;
  }
  return count;
}

/**
 * A stream's decoded bytes: by Node's zlib when it is compressed with Flate
 * alone (as Chromium writes page contents), else by pdf-lib.
 */
export function decodedContents(stream: PDFRawStream): Uint8Array {
  const plainFlate = stream.dict.get(PDFName.of('Filter')) === FLATE && !stream.dict.has(PDFName.of('DecodeParms'));
  return plainFlate ? new Uint8Array(inflateSync(stream.contents)) : decodePDFRawStream(stream).decode();
}
