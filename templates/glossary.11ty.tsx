// The terms of the plan, explained in the source's own words.
import type { GlossaryPageView } from '../src/views/glossary.ts';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';

export const data = onePagePer('glossaries');

export function render({ view }: { view: GlossaryPageView }) {
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      <dl class="kr-glossary">
        {view.entries.map((entry) => (
          <div class="kr-glossary__entry" id={entry.id}>
            <dt>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </Layout>
  );
}
