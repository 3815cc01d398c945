// Readings of a tagged PDF that only the tests make: the MCIDs a content
// stream marks, and the order of the tree's content (what a screen reader reads).
import { PDFName, PDFRef, type PDFDict, type PDFDocument } from '@cantoo/pdf-lib';
import type { Operation } from '../../src/pdf/content-stream.ts';
import { kidsOf, structTreeRoot } from '../../src/pdf/structure-tree.ts';

const name = (key: string) => PDFName.of(key);

/** The MCIDs a content stream marks, in order of appearance. */
export function markedContentIds(ops: readonly Operation[]): number[] {
  return ops.flatMap(({ op, operands }) => {
    const mcid = op === 'BDC' ? /\/MCID\s+(\d+)/.exec(operands) : null;
    return mcid ? [Number(mcid[1])] : [];
  });
}

/** The marked content in the tree's reading order (depth first), as `page ref#mcid`: what a screen reader reads, in order. */
export function contentOrder(doc: PDFDocument): string[] {
  const root = structTreeRoot(doc);
  const out: string[] = [];
  const visit = (dict: PDFDict, page: PDFRef | undefined) => {
    for (const kid of kidsOf(doc.context, dict, page)) {
      if (kid.kind === 'mcid') out.push(`${(kid.stream ?? kid.page)?.toString()}#${kid.mcid}`);
      else if (kid.kind === 'objr') out.push(`${kid.obj.toString()}`);
      else {
        const own = kid.dict.get(name('Pg'));
        visit(kid.dict, own instanceof PDFRef ? own : page);
      }
    }
  };
  if (root) visit(root, undefined);
  return out;
}
