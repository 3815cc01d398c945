// The site's front door: a choice of language.
import type { RootView } from '../src/views/index-page.ts';
import { Layout } from './_components/layout.tsx';

export const data = { permalink: 'index.html' };

export function render({ publication }: { publication: { root: RootView } }) {
  const view = publication.root;
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      <h2>{view.chooseLanguage}</h2>
      <ul class="kr-choices">
        {view.languages.map((language) => (
          <li>
            <a class="kr-choices__link" href={language.href} hreflang={language.lang} lang={language.lang}>
              {language.name}
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
