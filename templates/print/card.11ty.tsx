// The pocket card, A6, front and back: printed to PDF by the build.
import type { PrintPageView } from '../../src/views/print.ts';
import { CardBack, CardFront } from '../_components/card.tsx';
import { onePrintPer } from '../_components/paginate.ts';
import { PrintLayout } from '../_components/print-layout.tsx';

export const data = onePrintPer('card');

export function render({ view }: { view: PrintPageView }) {
  return (
    <PrintLayout lang={view.card.lang} dir={view.card.dir} title={view.title} stylesheets={view.stylesheets} bodyClass="kr-card-page">
      <CardFront card={view.card} />
      <CardBack card={view.card} qrSrc="qr.svg" />
    </PrintLayout>
  );
}
