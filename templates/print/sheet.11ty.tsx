// The cut sheet: four cards on A4, fronts on the first side and backs on the
// second, placed so long-edge duplex printing puts each back behind its front.
import type { PrintPageView } from '../../src/views/print.ts';
import { CardBack, CardFront } from '../_components/card.tsx';
import { onePrintPer } from '../_components/paginate.ts';
import { PrintLayout } from '../_components/print-layout.tsx';

export const data = onePrintPer('sheet');

/** Ticks on both ends of the two cut lines, in the sheet's margin. */
function CropMarks() {
  return (
    <>
      <span class="kr-sheet__mark kr-sheet__mark--vertical kr-sheet__mark--top" aria-hidden="true"></span>
      <span class="kr-sheet__mark kr-sheet__mark--vertical kr-sheet__mark--bottom" aria-hidden="true"></span>
      <span class="kr-sheet__mark kr-sheet__mark--horizontal kr-sheet__mark--start" aria-hidden="true"></span>
      <span class="kr-sheet__mark kr-sheet__mark--horizontal kr-sheet__mark--end" aria-hidden="true"></span>
    </>
  );
}

export function render({ view }: { view: PrintPageView }) {
  const cards = [0, 1, 2, 3];
  // Long-edge duplex flips the sheet around its vertical axis: what is on the
  // left of the front is on the right of the back, rows stay where they are.
  const backs = [1, 0, 3, 2];
  return (
    <PrintLayout lang={view.card.lang} dir={view.card.dir} title={view.title} stylesheets={view.stylesheets} bodyClass="kr-sheet-page">
      <div class="kr-sheet kr-sheet--fronts">
        {cards.map((n) => (
          <div class="kr-sheet__cell" data-card={n}>
            <CardFront card={view.card} />
          </div>
        ))}
        <CropMarks />
      </div>
      <div class="kr-sheet kr-sheet--backs">
        {backs.map((n) => (
          <div class="kr-sheet__cell" data-card={n}>
            <CardBack card={view.card} qrSrc="../card/qr.svg" />
          </div>
        ))}
        <CropMarks />
      </div>
    </PrintLayout>
  );
}
