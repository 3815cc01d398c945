// One language's home: what the Kindreflex is, for whom, and a choice of sector.
import type { LanguageHomeView } from '../src/views/home.ts';
import { Layout } from './_components/layout.tsx';
import { onePagePer } from './_components/paginate.ts';

export const data = onePagePer('homes');

export function render({ view }: { view: LanguageHomeView }) {
  return (
    <Layout chrome={view.chrome}>
      <h1>{view.title}</h1>
      <p class="kr-lead">{view.intro}</p>
      <h2>{view.chooseSector}</h2>
      <ul class="kr-sectors">
        {view.sectors.map((sector) => (
          <li class="kr-sectors__sector">
            <h3 class="kr-sectors__name">{sector.name}</h3>
            <p>{sector.text}</p>
            <a class="kr-sectors__link" href={sector.link.href}>
              {sector.link.label}
            </a>
            {sector.editions && (
              <>
                <h4>{sector.editions.heading}</h4>
                <ul>
                  {sector.editions.links.map((link) => (
                    <li>
                      <a href={link.href}>{link.label}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
