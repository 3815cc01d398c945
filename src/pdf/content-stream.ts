// Reads a decoded PDF content stream as a list of operations with their byte
// ranges, so marked content can be added around existing operators without
// re-serialising (and so without changing) a single byte of the drawing.
// Pure: bytes in, operations or bytes out.

export interface Operation {
  /** The operator, e.g. `BDC`, `Tj`, `re`. */
  op: string;
  /** For BDC and BMC, the operands as written, e.g. `/NonStruct <</MCID 3 >>` (empty for other operators, to stay fast). */
  operands: string;
  /** Offset of the first operand (or of the operator when it has none). */
  start: number;
  /** Offset just past the operator (past `EI` for an inline image). */
  end: number;
}

const WHITE = [0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00];
const DELIMITERS = [...'()<>[]{}/%'].map((c) => c.charCodeAt(0));
// A table per byte value, not a Set: the parser asks once per byte of every page.
const REGULAR = Uint8Array.from({ length: 256 }, (_, c) => (WHITE.includes(c) || DELIMITERS.includes(c) ? 0 : 1));
const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isRegular = (c: number) => REGULAR[c] === 1;

/** Splits a content stream into operations. Strings, names, arrays, dicts and inline images are skipped over whole. */
export function parseOperations(bytes: Uint8Array): Operation[] {
  const ops: Operation[] = [];
  const latin1 = new TextDecoder('latin1');
  const text = (from: number, to: number) => latin1.decode(bytes.subarray(from, to));
  let operandsStart = -1;
  let i = 0;
  const n = bytes.length;
  const markOperand = (at: number) => {
    if (operandsStart < 0) operandsStart = at;
  };
  while (i < n) {
    const c = bytes[i]!;
    if (isWhite(c)) {
      i++;
    } else if (c === 0x25 /* % */) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (c === 0x28 /* ( */) {
      markOperand(i);
      let depth = 0;
      for (; i < n; i++) {
        const d = bytes[i]!;
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x28) depth++;
        else if (d === 0x29 && --depth === 0) break;
      }
      i++;
    } else if (c === 0x3c /* < */ && bytes[i + 1] === 0x3c) {
      markOperand(i);
      i += 2; // a dict's entries are operands too: read on as usual until its >>
    } else if (c === 0x3e /* > */ && bytes[i + 1] === 0x3e) {
      i += 2;
    } else if (c === 0x3c) {
      markOperand(i);
      while (i < n && bytes[i] !== 0x3e) i++;
      i++;
    } else if (c === 0x5b /* [ */ || c === 0x5d /* ] */ || c === 0x7b || c === 0x7d) {
      markOperand(i);
      i++;
    } else if (c === 0x2f /* / */) {
      markOperand(i);
      i++;
      while (i < n && isRegular(bytes[i]!)) i++;
    } else {
      const start = i;
      while (i < n && isRegular(bytes[i]!)) i++;
      if (i === start) {
        i++; // a stray delimiter such as `)`: skip it rather than loop
        continue;
      }
      // Most tokens are numbers: tell them by their first byte without making a string.
      if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
        markOperand(start);
        continue;
      }
      const word = text(start, i);
      if (word === 'true' || word === 'false' || word === 'null') {
        markOperand(start);
        continue;
      }
      const from = operandsStart < 0 ? start : operandsStart;
      if (word === 'BI') {
        // Inline image: its data runs from after `ID` and one white byte to an `EI` standing alone.
        const id = indexOfWord(bytes, 'ID', i);
        let j = id + 3;
        while (j < n && !(bytes[j] === 0x45 && bytes[j + 1] === 0x49 && isWhite(bytes[j - 1]!) && (j + 2 >= n || isWhite(bytes[j + 2]!)))) j++;
        i = Math.min(n, j + 2);
        ops.push({ op: 'BI', operands: '', start: from, end: i });
      } else {
        const keepOperands = operandsStart >= 0 && (word === 'BDC' || word === 'BMC');
        ops.push({ op: word, operands: keepOperands ? text(operandsStart, start).trim() : '', start: from, end: i });
      }
      operandsStart = -1;
    }
  }
  return ops;
}

function indexOfWord(bytes: Uint8Array, word: string, from: number): number {
  const [a, b] = [word.charCodeAt(0), word.charCodeAt(1)];
  for (let i = from; i < bytes.length - 1; i++) {
    if (bytes[i] === a && bytes[i + 1] === b && isWhite(bytes[i - 1]!) && (i + 2 >= bytes.length || isWhite(bytes[i + 2]!))) return i;
  }
  return bytes.length;
}

const PATH_BUILD = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*']);
const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const TEXT_SHOW = new Set(['Tj', 'TJ', "'", '"']);
const MARKED = new Set(['BMC', 'BDC', 'EMC']);

/** A byte range of content that marks nothing: painted outside every marked-content sequence. */
export interface Range {
  start: number;
  end: number;
}

/**
 * The content painted outside any marked-content sequence: whole path
 * objects, text objects, images and shadings (a clipping path paints nothing
 * and is left alone). Adjacent pieces separated only by colour and state
 * operators come back as one range; a range never spans a q/Q, so wrapping it
 * in marked content keeps both properly nested.
 */
export function untaggedContent(ops: readonly Operation[]): Range[] {
  const pieces: { start: number; end: number; first: number; last: number; inText: boolean }[] = [];
  let depth = 0;
  let pathStart = -1;
  for (let k = 0; k < ops.length; k++) {
    const { op } = ops[k]!;
    if (op === 'BMC' || op === 'BDC') depth++;
    else if (op === 'EMC') depth = Math.max(0, depth - 1);
    if (depth > 0 || MARKED.has(op)) continue;
    if (PATH_BUILD.has(op)) {
      if (pathStart < 0) pathStart = k;
    } else if (PATH_PAINT.has(op)) {
      const first = pathStart < 0 ? k : pathStart;
      pieces.push({ start: ops[first]!.start, end: ops[k]!.end, first, last: k, inText: false });
      pathStart = -1;
    } else if (op === 'n') {
      pathStart = -1;
    } else if (op === 'Do' || op === 'sh' || op === 'BI') {
      pieces.push({ start: ops[k]!.start, end: ops[k]!.end, first: k, last: k, inText: false });
    } else if (op === 'BT') {
      let last = k + 1;
      while (last < ops.length - 1 && ops[last]!.op !== 'ET') last++;
      last = Math.min(last, ops.length - 1);
      const inside = ops.slice(k + 1, last);
      if (!inside.some((o) => MARKED.has(o.op))) {
        if (inside.some((o) => TEXT_SHOW.has(o.op))) pieces.push({ start: ops[k]!.start, end: ops[last]!.end, first: k, last, inText: false });
      } else {
        // Marked content inside the text object: wrap each untagged show on its own.
        let d = 0;
        for (let j = k + 1; j < last; j++) {
          const o = ops[j]!.op;
          if (o === 'BMC' || o === 'BDC') d++;
          else if (o === 'EMC') d = Math.max(0, d - 1);
          else if (d === 0 && TEXT_SHOW.has(o)) pieces.push({ start: ops[j]!.start, end: ops[j]!.end, first: j, last: j, inText: true });
        }
      }
      k = last;
    }
  }
  const merged: Range[] = [];
  let previous: (typeof pieces)[number] | undefined;
  for (const piece of pieces) {
    const between = previous ? ops.slice(previous.last + 1, piece.first) : [];
    const joinable =
      previous !== undefined &&
      !previous.inText &&
      !piece.inText &&
      !between.some((o) => o.op === 'q' || o.op === 'Q' || o.op === 'BT' || o.op === 'ET' || MARKED.has(o.op));
    if (joinable) merged.at(-1)!.end = piece.end;
    else merged.push({ start: piece.start, end: piece.end });
    previous = piece;
  }
  return merged;
}

/**
 * Marked-content sequences (BDC with an MCID) that paint only paths: no
 * text, image, shading or XObject, nothing nested. Chromium tags a box's
 * borders (rules) and a list number's circle this way, as part of the
 * element; whether that is decoration is the caller's call (a vector Figure
 * is not).
 */
export function pathOnlyMarkedContent(ops: readonly Operation[]): { mcid: number; op: Operation }[] {
  const out: { mcid: number; op: Operation }[] = [];
  for (let k = 0; k < ops.length; k++) {
    const open = ops[k]!;
    const mcid = open.op === 'BDC' ? /\/MCID\s+(\d+)/.exec(open.operands) : null;
    if (!mcid) continue;
    let paints = false;
    let plain = true;
    let j = k + 1;
    for (; j < ops.length && ops[j]!.op !== 'EMC'; j++) {
      const o = ops[j]!.op;
      if (PATH_PAINT.has(o)) paints = true;
      else if (TEXT_SHOW.has(o) || o === 'Do' || o === 'BI' || o === 'sh' || o === 'BDC' || o === 'BMC') plain = false;
    }
    if (paints && plain) out.push({ mcid: Number(mcid[1]), op: open });
    k = j;
  }
  return out;
}

const encode = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/**
 * The stream with each range wrapped in `/Artifact BMC … EMC`, and each
 * given BDC operator (with its operands) replaced by `/Artifact BMC`; every
 * other byte as it was.
 */
export function wrapAsArtifacts(bytes: Uint8Array, ranges: readonly Range[], retag: readonly Operation[] = []): Uint8Array {
  if (ranges.length === 0 && retag.length === 0) return bytes;
  const edits = [
    ...ranges.flatMap(({ start, end }) => [
      { start, end: start, text: '/Artifact BMC\n' },
      { start: end, end, text: '\nEMC' },
    ]),
    ...retag.map((op) => ({ start: op.start, end: op.end, text: '/Artifact BMC' })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const edit of edits) {
    parts.push(bytes.subarray(from, edit.start), encode(edit.text));
    from = edit.end;
  }
  parts.push(bytes.subarray(from));
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
