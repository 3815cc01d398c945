// A sector's overview: the six steps as a step-by-step navigation.
import type { OverviewPageView } from '../src/views/overview.ts';
import { downloadLabel, type Rendered } from '../src/views/rendered.ts';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';
import { StepMap } from './_components/step-map.tsx';

export const data = onePagePer('overviews');

export function render({ view, rendered }: { view: OverviewPageView; rendered: Rendered }) {
  // The files the build made, with their pages and size (none with stand-in printers).
  const downloads = view.downloads.flatMap(({ href, pdf, type, labelTemplate }) => {
    const label = downloadLabel(labelTemplate, rendered.files[pdf], view.chrome.lang);
    return label ? [{ href, type, label }] : [];
  });
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      {view.introduction.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <h2>{view.headings.steps}</h2>
      <StepMap phases={view.phases} detailed />
      {downloads.length > 0 && (
        <>
          <h2>{view.headings.downloads}</h2>
          <ul class="kr-downloads">
            {downloads.map((download) => (
              <li>
                <a href={download.href} type={download.type}>
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
