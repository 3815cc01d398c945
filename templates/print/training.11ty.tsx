// The training module's one page, for the SCORM package: the lessons, the
// flowchart and the check, which reports to the learning platform when one
// is there (templates/js/training.js). Zipped by the build with the files it
// loads; every link stays inside the package.
import type { PrintPageView } from '../../src/views/print.ts';
import type { Rendered } from '../../src/views/rendered.ts';
import { onePrintPer } from '../_components/paginate.ts';
import { Check, Lessons } from '../_components/training.tsx';

export const data = onePrintPer('training');

export function render({ view, rendered }: { view: PrintPageView; rendered: Rendered }) {
  const { card, training } = view;
  if (!training || !view.package) throw new Error(`the print page ${view.path} has no training: its product needs content: 'training' and kind: 'package' (src/products/registry.ts)`);
  const svg = view.diagram ? rendered.svgs[view.diagram.id] : undefined;
  return (
    <html lang={training.lang} dir={training.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{view.title}</title>
        {view.stylesheets.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        <script src={view.package.script} defer />
      </head>
      <body>
        <header class="kr-header">
          {card.draftNotice && (
            <p class="kr-draft-notice" role="note">
              {card.draftNotice}
            </p>
          )}
          <div class="kr-header__inner">
            <p class="kr-header__home">{view.title}</p>
          </div>
        </header>
        <main id="content" class="kr-main">
          <h1>{training.title}</h1>
          <p class="kr-lead">{training.intro}</p>
          {svg && view.diagram && (
            <figure class="kr-flowchart">
              <div class="kr-flowchart__drawing" dangerouslySetInnerHTML={{ __html: svg }} />
              <figcaption>{view.diagram.title}</figcaption>
            </figure>
          )}
          <Lessons training={training} />
          <Check training={training} track heading />
        </main>
        <footer class="kr-footer">
          <p class="kr-footer__edition">{card.edition}</p>
        </footer>
      </body>
    </html>
  );
}
