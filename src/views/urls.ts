// Where every page lives in the site, and relative links between pages.
// Links are relative and end in index.html, so the built site works opened
// from disk and served from any base path (e.g. /stappenplan/).
import { posix } from 'node:path';

/** Site paths of the pages, relative to the site root, each a folder ending in '/'. */
export const sitePaths = {
  root: () => '',
  languageHome: (lang: string) => `${lang}/`,
  overview: (lang: string, sector: string) => `${lang}/${sector}/`,
  step: (lang: string, sector: string, step: string) => `${lang}/${sector}/${step}/`,
  plan: (lang: string, sector: string) => `${lang}/${sector}/plan/`,
  walk: (lang: string, sector: string, step?: string) => `${lang}/${sector}/walk/${step ? `${step}/` : ''}`,
  contacts: (lang: string, sector: string) => `${lang}/${sector}/contacts/`,
  glossary: (lang: string, sector: string) => `${lang}/${sector}/glossary/`,
  about: (lang: string, sector: string) => `${lang}/${sector}/about/`,
  flowchart: (lang: string, sector: string) => `${lang}/${sector}/flowchart/`,
  presentation: (lang: string, sector: string) => `${lang}/${sector}/presentation/`,
  training: (lang: string, sector: string, part?: 'check') => `${lang}/${sector}/training/${part ? `${part}/` : ''}`,
  /** The change history, or the page of one release (the page a printed product's QR code opens). */
  versions: (lang: string, sector: string, version?: string) => `${lang}/${sector}/versions/${version ? `${version}/` : ''}`,
} as const;

/** A relative link from the page at `from` to the page at `to` (both site paths), optionally to a fragment. */
export function href(from: string, to: string, fragment?: string): string {
  const relative = posix.relative(`/${from}`, `/${to}`);
  const file = relative === '' ? 'index.html' : `${relative}/index.html`;
  return fragment ? `${file}#${fragment}` : file;
}

/** A relative link from a page to a file (CSS, font, SVG) at a site path. */
export function assetHref(from: string, file: string): string {
  return posix.relative(`/${from}`, `/${file}`);
}

/** The site's CSS, script and font files: the name a page asks for (`css/site.css`) → the published, hashed one. */
export interface AssetTable {
  names: Readonly<Record<string, string>>;
  /** Font files every page preloads, as published site paths. */
  preload: readonly string[];
}

/** The published site path of an asset; an unknown one is a programming error, named. */
export function assetPath(assets: AssetTable, file: string): string {
  const published = assets.names[file];
  if (published === undefined) {
    throw new Error(`${file} is not one of the site's assets; add it to templates/css, templates/js or the fonts (src/site/assets.ts).`);
  }
  return published;
}
