import { describe, expect, it } from 'vitest';
import { markedContentIds } from './helpers/pdf-structure.ts';
import { parseOperations, pathOnlyMarkedContent, untaggedContent, wrapAsArtifacts } from '../src/pdf/content-stream.ts';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);
const artifacts = (s: string) => text(wrapAsArtifacts(bytes(s), untaggedContent(parseOperations(bytes(s)))));

describe('parseOperations', () => {
  it('reads operators with their operands, past strings, names, arrays and dicts', () => {
    const ops = parseOperations(bytes('/P <</MCID 3 >>BDC BT /F1 9 Tf [(a\\) EMC \\(b) -20 <00dd>] TJ ET EMC'));
    expect(ops.map((o) => o.op)).toEqual(['BDC', 'BT', 'Tf', 'TJ', 'ET', 'EMC']);
    expect(ops[0]!.operands).toBe('/P <</MCID 3 >>');
    expect(markedContentIds(ops)).toEqual([3]);
  });

  it('skips an inline image whole, even when its data looks like operators', () => {
    const ops = parseOperations(bytes('q BI /W 1 /H 1 ID \x00EMC f\xff EI Q'));
    expect(ops.map((o) => o.op)).toEqual(['q', 'BI', 'Q']);
  });
});

describe('untaggedContent as artifacts', () => {
  it('wraps a path painted outside any tag, and leaves tagged content alone', () => {
    const stream = '1 1 1 rg\n0 0 10 10 re\nf\n/P <</MCID 0 >>BDC\n0 0 5 5 re\nf\nEMC';
    expect(artifacts(stream)).toBe('1 1 1 rg\n/Artifact BMC\n0 0 10 10 re\nf\nEMC\n/P <</MCID 0 >>BDC\n0 0 5 5 re\nf\nEMC');
  });

  it('wraps a text object drawn outside any tag (an aria-hidden number) whole', () => {
    expect(artifacts('BT /F4 10 Tf <00dd> Tj ET')).toBe('/Artifact BMC\nBT /F4 10 Tf <00dd> Tj ET\nEMC');
  });

  it('does not treat a clipping path as content', () => {
    expect(artifacts('q 0 0 9 9 re W* n /P <</MCID 0 >>BDC 0 0 1 1 re f EMC Q')).toBe('q 0 0 9 9 re W* n /P <</MCID 0 >>BDC 0 0 1 1 re f EMC Q');
    expect(artifacts('q 0 0 9 9 re W n 1 1 2 2 re f Q')).toBe('q 0 0 9 9 re W n /Artifact BMC\n1 1 2 2 re f\nEMC Q');
  });

  it('joins neighbours into one artifact, but never across q or Q', () => {
    const out = artifacts('0 0 1 1 re f 0 g 2 2 1 1 re f q 4 4 1 1 re S Q');
    expect(out).toBe('/Artifact BMC\n0 0 1 1 re f 0 g 2 2 1 1 re f\nEMC q /Artifact BMC\n4 4 1 1 re S\nEMC Q');
  });

  it('wraps only the untagged shows inside a text object that has tagged text too', () => {
    expect(artifacts('BT /P <</MCID 1 >>BDC (a) Tj EMC (b) Tj ET')).toBe('BT /P <</MCID 1 >>BDC (a) Tj EMC /Artifact BMC\n(b) Tj\nEMC ET');
  });

  it('finds nothing to do in a stream where everything is tagged or an artifact', () => {
    const stream = '/Artifact BMC 0 0 1 1 re f EMC /Span <</MCID 0 >>BDC BT (x) Tj ET EMC';
    expect(untaggedContent(parseOperations(bytes(stream)))).toEqual([]);
    expect(artifacts(stream)).toBe(stream);
  });
});

describe('pathOnlyMarkedContent', () => {
  const stream = '/NonStruct <</MCID 0 >>BDC 23 44 351 2 re f EMC /P <</MCID 1 >>BDC 0 0 1 1 re f BT (x) Tj ET EMC /Figure <</MCID 2 >>BDC 1 1 m 2 2 l S EMC';

  it('finds tagged sequences that paint only paths (a rule), not those with text', () => {
    expect(pathOnlyMarkedContent(parseOperations(bytes(stream))).map((p) => p.mcid)).toEqual([0, 2]);
  });

  it('turns the chosen ones into artifacts, leaving the rest of the stream as it was', () => {
    const ops = parseOperations(bytes(stream));
    const [rule] = pathOnlyMarkedContent(ops);
    expect(text(wrapAsArtifacts(bytes(stream), [], [rule!.op]))).toBe(stream.replace('/NonStruct <</MCID 0 >>BDC', '/Artifact BMC'));
  });
});
