// The home page of one language: what the Kindreflex is, and a choice of sector.
import { describe, toChrome, type ChromeContext } from './chrome.ts';
import type { PageBase } from './sector-page.ts';
import { href, sitePaths } from './urls.ts';

export interface LanguageHomeView extends PageBase {
  intro: string;
  chooseSector: string;
  sectors: { id: string; name: string; text: string; link: { label: string; href: string }; editions?: { heading: string; links: { label: string; href: string }[] } }[];
}

export function toLanguageHome(
  context: ChromeContext,
  sectors: readonly { id: string; name: string; method: string; editions?: readonly { id: string; name: string }[] }[],
  intro: string,
): LanguageHomeView {
  const { lang, t } = context;
  const path = sitePaths.languageHome(lang);
  const title = t('ui:site.home-title');
  return {
    chrome: toChrome(context, { path, title, description: describe([intro, ...sectors.map((sector) => sector.method)]), pathFor: (l) => sitePaths.languageHome(l) }),
    path,
    title,
    intro,
    chooseSector: t('ui:site.choose-sector'),
    sectors: sectors.map((sector) => ({
      id: sector.id,
      name: sector.name,
      text: sector.method,
      link: { label: t('ui:site.to-sector', { sector: sector.name }), href: href(path, sitePaths.overview(lang, sector.id)) },
      ...(sector.editions?.length
        ? {
            editions: {
              heading: t('ui:local.editions'),
              links: sector.editions.map((edition) => ({ label: edition.name, href: href(path, sitePaths.overview(lang, edition.id)) })),
            },
          }
        : {}),
    })),
  };
}
