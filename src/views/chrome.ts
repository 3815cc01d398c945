// What every page shares around its content: language and direction, the
// document title, navigation, the language and sector switchers that keep
// you on the same page, hreflang alternates, the edition line and, for an
// unreviewed translation, the draft notice.
import type { Translate } from '../i18n/translator.ts';
import type { LocaleMeta } from '../i18n/load-locales.ts';
import { assetHref, assetPath, href, sitePaths, type AssetTable } from './urls.ts';

export type NavId = 'overview' | 'plan' | 'walk' | 'flowchart' | 'contacts' | 'glossary' | 'about';
const NAV: readonly NavId[] = ['overview', 'plan', 'walk', 'flowchart', 'contacts', 'glossary', 'about'];

export interface LinkView {
  label: string;
  href: string;
  current: boolean;
}

export interface AlternateLinkView extends LinkView {
  lang: string;
}

export interface ChromeView {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The document title: page title, then where it belongs. */
  documentTitle: string;
  stylesheets: string[];
  /** Font files to fetch before the stylesheets ask for them (relative links). */
  preloadFonts: string[];
  icon: string;
  /** What the page says, for search results and link previews: from its own content. */
  description: string;
  /** This page's public address (absolute, from `siteUrl`). */
  canonical: string;
  /** The page's translations as absolute addresses, and `x-default`: the choice of language. */
  alternates: { hreflang: string; href: string }[];
  /** Open Graph: what a link pasted into a mail or chat shows. */
  openGraph: { title: string; description: string; url: string; siteName: string };
  home: { label: string; href: string };
  /** The sector's name, on sector pages. */
  sectorName?: string;
  nav: LinkView[];
  languages: AlternateLinkView[];
  /** The sectors, each with its local editions (if any) under it. */
  sectors: (LinkView & { editions?: LinkView[] })[];
  labels: { skipToContent: string; navigation: string; languages: string; sectors: string };
  edition: string;
  draftNotice?: string;
}

/** One language the site is published in. */
export interface SiteLanguage {
  lang: string;
  meta: LocaleMeta;
}

export interface ChromeContext {
  lang: string;
  meta: LocaleMeta;
  t: Translate;
  languages: readonly SiteLanguage[];
  /** Sector ids with their names in this language, each with its local editions. */
  sectors: readonly { id: string; name: string; editions?: readonly { id: string; name: string }[] }[];
  edition: string;
  /** The public site's address, ending in '/': canonical URLs, alternates, the sitemap. */
  siteUrl: string;
  /** The published (content-hashed) names of the CSS, script and font files. */
  assets: AssetTable;
}

export interface PageSpec {
  /** This page's site path. */
  path: string;
  title: string;
  /** The page's own content in a sentence or two (see `describe`). */
  description: string;
  /** The same page for another language and sector (sector undefined on pages above the sectors). */
  pathFor: (lang: string, sector: string | undefined) => string;
  sector?: string;
  nav?: NavId;
  /** Stylesheets this page needs after the site's own, as site paths (`css/flowchart.css`). */
  styles?: string[];
}

/** Where each section of a sector's site lives: the navigation's targets. */
export const sectionPath: Record<NavId, (lang: string, sector: string) => string> = {
  overview: sitePaths.overview,
  plan: sitePaths.plan,
  walk: (lang, sector) => sitePaths.walk(lang, sector),
  flowchart: sitePaths.flowchart,
  contacts: sitePaths.contacts,
  glossary: sitePaths.glossary,
  about: sitePaths.about,
};

/** Longest meta description: what search results show before cutting. */
export const DESCRIPTION_MAX = 160;

/**
 * A page's texts as one description: whitespace collapsed, joined into
 * sentences, cut at a word before `max` characters with an ellipsis.
 */
export function describe(texts: readonly string[], max = DESCRIPTION_MAX): string {
  const whole = texts
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .map((text) => (/[.!?:…]$/u.test(text) ? text : `${text}.`))
    .join(' ');
  if (whole.length <= max) return whole;
  const cut = whole.slice(0, max - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length);
  return `${atWord.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** A page's public address: the site's address and its path (a folder; the server serves its index.html). */
export const absoluteUrl = (siteUrl: string, path: string) => new URL(path, siteUrl).href;

export function toChrome(context: ChromeContext, page: PageSpec): ChromeView {
  const { lang, meta, t, sector, siteUrl, assets } = { ...context, sector: page.sector };
  const sectorName = context.sectors.flatMap((s) => [s, ...(s.editions ?? [])]).find((s) => s.id === sector)?.name;
  const siteName = sectorName ? t('ui:plan.title', { sector: sectorName }) : t('ui:site.home-title');
  const canonical = absoluteUrl(siteUrl, page.path);
  const multilingual = context.languages.length > 1;
  return {
    lang,
    dir: meta.dir,
    documentTitle: page.title === siteName ? siteName : `${page.title} – ${siteName}`,
    stylesheets: ['css/fonts.css', 'css/site.css', ...(page.styles ?? [])].map((file) => assetHref(page.path, assetPath(assets, file))),
    preloadFonts: assets.preload.map((file) => assetHref(page.path, file)),
    icon: assetHref(page.path, 'favicon.svg'),
    description: page.description,
    canonical,
    alternates: multilingual
      ? [
          ...context.languages.map((l) => ({ hreflang: l.lang, href: absoluteUrl(siteUrl, page.pathFor(l.lang, sector)) })),
          { hreflang: 'x-default', href: absoluteUrl(siteUrl, sitePaths.root()) },
        ]
      : [],
    openGraph: { title: page.title, description: page.description, url: canonical, siteName },
    home: sector
      ? { label: siteName, href: href(page.path, sitePaths.overview(lang, sector)) }
      : { label: t('ui:site.home-title'), href: href(page.path, sitePaths.languageHome(lang)) },
    ...(sectorName ? { sectorName } : {}),
    nav: sector
      ? NAV.map((id) => ({ label: t(`ui:nav.${id}`), href: href(page.path, sectionPath[id](lang, sector)), current: id === page.nav }))
      : [],
    languages: context.languages.map((l) => ({
      lang: l.lang,
      label: l.meta.name,
      href: href(page.path, page.pathFor(l.lang, sector)),
      current: l.lang === lang,
    })),
    sectors: sector
      ? context.sectors.map((s) => {
          const link = (x: { id: string; name: string }) => ({ label: x.name, href: href(page.path, page.pathFor(lang, x.id)), current: x.id === sector });
          return { ...link(s), ...(s.editions?.length ? { editions: s.editions.map(link) } : {}) };
        })
      : [],
    labels: {
      skipToContent: t('ui:site.skip-to-content'),
      navigation: t('ui:site.navigation'),
      languages: t('ui:site.languages'),
      sectors: t('ui:site.sectors'),
    },
    edition: context.edition,
    ...(meta.reviewed ? {} : { draftNotice: t('ui:draft.notice') }),
  };
}
