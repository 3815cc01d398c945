// The site's front door: choose a sector (and language).
import type { HomeView } from '../src/views/home.ts';
import { Page } from './_components/page.tsx';

export const data = { permalink: 'index.html' };

export function render({ publication }: { publication: { home: HomeView } }) {
  const { home } = publication;
  return (
    <Page lang={home.lang} dir="ltr" title={home.title} root="" skipToContent={home.skipToContent}>
      <main id="content" class="kr-main">
        <h1>{home.title}</h1>
        <h2>{home.chooseSector}</h2>
        <ul class="kr-choices">
          {home.plans.map((plan) => (
            <li>
              <a href={plan.path} hreflang={plan.lang} lang={plan.lang}>
                {plan.label}
              </a>
            </li>
          ))}
        </ul>
      </main>
    </Page>
  );
}
