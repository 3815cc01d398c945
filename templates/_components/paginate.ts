import type { Publication } from '../../src/pipeline/publication.ts';
import type { PrintPageView } from '../../src/views/print.ts';

type PageList = { [K in keyof Publication]: Publication[K] extends readonly { path: string }[] ? K : never }[keyof Publication];

/** Template data for one output page per view in a list of the publication (those `keep` keeps), at the view's path. */
export function onePagePer<V extends { path: string }>(list: PageList, keep?: (view: V) => boolean) {
  return {
    pagination: { data: `publication.${list}`, size: 1, alias: 'view', ...(keep ? { before: (views: V[]) => views.filter(keep) } : {}) },
    permalink: ({ view }: { view: { path: string } }) => `${view.path}index.html`,
  };
}

/** Template data for one print page per view of the product `id` (src/products/registry.ts). */
export function onePrintPer(id: string) {
  return onePagePer<PrintPageView>('prints', (view) => view.product === id);
}
