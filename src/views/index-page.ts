// The site's front door (templates/index.11ty.tsx), in the source language: one link per language.
import { describe, toChrome, type ChromeContext } from './chrome.ts';
import type { PageBase } from './sector-page.ts';
import { href, sitePaths } from './urls.ts';

export interface RootView extends PageBase {
  chooseLanguage: string;
  languages: { lang: string; name: string; href: string }[];
}

/** `intro` says what the plan is: the page's description. */
export function toRoot(context: ChromeContext, intro: string): RootView {
  const title = context.t('ui:site.home-title');
  return {
    chrome: toChrome(context, { path: '', title, description: describe([intro]), pathFor: (l) => sitePaths.languageHome(l) }),
    path: '',
    title,
    chooseLanguage: context.t('ui:site.choose-language'),
    languages: context.languages.map((l) => ({ lang: l.lang, name: l.meta.name, href: href('', sitePaths.languageHome(l.lang)) })),
  };
}
