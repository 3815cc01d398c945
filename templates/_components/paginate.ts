import type { Publication } from '../../src/pipeline/publication.ts';

type PageList = { [K in keyof Publication]: Publication[K] extends readonly { path: string }[] ? K : never }[keyof Publication];

/** Template data for one output page per view in a list of the publication, at the view's path. */
export function onePagePer(list: PageList) {
  return {
    pagination: { data: `publication.${list}`, size: 1, alias: 'view' },
    permalink: ({ view }: { view: { path: string } }) => `${view.path}index.html`,
  };
}
