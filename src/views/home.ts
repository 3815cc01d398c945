// The site's front door: one link per sector and language.
import { SOURCE_LANGUAGE } from '../i18n/load-locales.ts';
import type { Translate } from '../i18n/translator.ts';
import type { PlanView } from './plan.ts';

export interface HomeView {
  lang: string;
  title: string;
  chooseSector: string;
  skipToContent: string;
  plans: { lang: string; path: string; label: string }[];
}

export function toHomeView(plans: readonly PlanView[], t: Translate): HomeView {
  return {
    lang: SOURCE_LANGUAGE,
    title: t('ui:site.name'),
    chooseSector: t('ui:site.choose-sector'),
    skipToContent: t('ui:site.skip-to-content'),
    plans: plans.map((plan) => ({ lang: plan.lang, path: plan.path, label: plan.title })),
  };
}
