// The A3 poster, landscape: the title on top, the black-and-white flowchart
// as high as the sheet allows below it, and beside the chart (where a top-down
// chart on a landscape sheet leaves room) the QR code to the site and the edition.
import type { PrintPageView } from '../../src/views/print.ts';
import type { Rendered } from '../../src/views/rendered.ts';
import { onePrintPer } from '../_components/paginate.ts';
import { PrintLayout } from '../_components/print-layout.tsx';

export const data = onePrintPer('poster');

export function render({ view, rendered }: { view: PrintPageView; rendered: Rendered }) {
  const { card } = view;
  const svg = view.diagram && rendered.svgs[view.diagram.id];
  return (
    <PrintLayout lang={card.lang} dir={card.dir} title={view.title} stylesheets={view.stylesheets} bodyClass="kr-poster-page">
      <div class="kr-poster" data-panel="poster">
        <header class="kr-poster__header">
          <p class="kr-poster__brand">{card.brand}</p>
          <h1 class="kr-poster__title">{view.diagram?.title}</h1>
        </header>
        <div class="kr-poster__body">
          {svg && <div class="kr-poster__svg" dangerouslySetInnerHTML={{ __html: svg }} />}
          <footer class="kr-poster__footer">
            <img class="kr-poster__qr" src="../card/qr.svg" alt={card.qr.alt} width="96" height="96" />
            {/* The address may break after a slash, not inside a word, in the narrow column. */}
            <p>{card.qr.caption.split(/(?<=\/)/).flatMap((part, i) => (i === 0 ? [part] : [<wbr />, part]))}</p>
            <p>{card.edition}</p>
            {card.draftNotice && <p class="kr-poster__draft">{card.draftNotice}</p>}
          </footer>
        </div>
      </div>
    </PrintLayout>
  );
}
