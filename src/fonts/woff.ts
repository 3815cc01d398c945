// WOFF 1.0 → the plain TrueType/OpenType font inside it (W3C WOFF File
// Format 1.0, section 4-5). Why: a form field's font must be embedded whole,
// so that any letter typed in a PDF reader can be drawn, and pdf-lib embeds a
// whole font as the bytes it was given, which must then be an sfnt, not a
// WOFF wrapper. @fontsource ships WOFF and WOFF2; WOFF needs only zlib.
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER || input.getUint32(0) !== WOFF_SIGNATURE) {
    throw new Error('not a WOFF 1.0 font (no wOFF signature): give the .woff file of the @fontsource package, not the .woff2');
  }
  const flavor = input.getUint32(4);
  const numTables = input.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    return {
      tag: input.getUint32(at),
      offset: input.getUint32(at + 4),
      compLength: input.getUint32(at + 8),
      origLength: input.getUint32(at + 12),
      checksum: input.getUint32(at + 16),
    };
  });
  const data = tables.map((table) => {
    const stored = woff.subarray(table.offset, table.offset + table.compLength);
    // A table is stored compressed only when that made it smaller.
    const plain = table.compLength < table.origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (plain.byteLength !== table.origLength) throw new Error(`WOFF table ${table.tag.toString(16)}: ${plain.byteLength} bytes, expected ${table.origLength}`);
    return plain;
  });
  const padded = (n: number) => (n + 3) & ~3;
  const size = SFNT_HEADER + numTables * SFNT_ENTRY + data.reduce((sum, d) => sum + padded(d.byteLength), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  view.setUint32(0, flavor);
  view.setUint16(4, numTables);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, numTables * 16 - searchRange);
  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  tables.forEach((table, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    view.setUint32(at, table.tag);
    view.setUint32(at + 4, table.checksum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.origLength);
    out.set(data[i]!, offset);
    offset += padded(data[i]!.byteLength);
  });
  return out;
}
