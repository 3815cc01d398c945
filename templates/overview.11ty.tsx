// A sector's overview: the six steps as a step-by-step navigation.
import type { OverviewPageView } from '../src/views/overview.ts';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';
import { StepMap } from './_components/step-map.tsx';

export const data = onePagePer('overviews');

export function render({ view }: { view: OverviewPageView }) {
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      {view.introduction.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <h2>{view.headings.steps}</h2>
      <StepMap phases={view.phases} detailed />
      {view.downloads.some((d) => d.label) && (
        <>
          <h2>{view.headings.downloads}</h2>
          <ul class="kr-downloads">
            {view.downloads
              .filter((d) => d.label)
              .map((download) => (
                <li>
                  <a href={download.href} type="application/pdf">
                    {download.label}
                  </a>
                </li>
              ))}
          </ul>
        </>
      )}
      <h2>{view.headings.more}</h2>
      <ul class="kr-more">
        {view.more.map((link) => (
          <li>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
