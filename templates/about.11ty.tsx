// Who made the Kindreflex, this edition, its sources and the state of its language.
import type { AboutPageView } from '../src/views/about.ts';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';

export const data = onePagePer('abouts');

export function render({ view }: { view: AboutPageView }) {
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      <h2>{view.creditHeading}</h2>
      <p>{view.credit}</p>
      <p>{view.moreInformation}</p>
      <h2>{view.editionHeading}</h2>
      <p>{view.edition}</p>
      {view.history && (
        <p>
          <a href={view.history.href}>{view.history.label}</a>
        </p>
      )}
      <h2>{view.sourcesHeading}</h2>
      <ul>
        {view.sources.map((source) => (
          <li>
            <cite lang={source.lang}>{source.title}</cite>, <span lang={source.lang}>{source.issuedBy}</span>. {source.location}
          </li>
        ))}
      </ul>
      <h2>{view.languageHeading}</h2>
      <p>{view.languageStatus}</p>
    </Layout>
  );
}
