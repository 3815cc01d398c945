// The decision tree of one sector, as text (the drawn flowchart joins it).
import type { FlowchartPageView } from '../src/views/pages.ts';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';

export const data = onePagePer('flowcharts');

export function render({ view }: { view: FlowchartPageView }) {
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      <p>{view.intro}</p>
      <ol class="kr-tree">
        {view.steps.map((step) => (
          <li id={step.id} class="kr-tree__step">
            <a class="kr-tree__title" href={step.href}>
              {step.label}: {step.title}
            </a>
            {step.exits.length > 0 && (
              <ul class="kr-tree__exits">
                {step.exits.map((exit) => (
                  <li>
                    {exit.condition && <span class="kr-decision__condition">{exit.condition} </span>}
                    <a href={exit.href}>{exit.label}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </Layout>
  );
}
