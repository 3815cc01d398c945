import type { ComponentChildren } from 'preact';

export interface PageProps {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** Path from this page back to the site root ("../../"), so the site works from any base path. */
  root: string;
  skipToContent: string;
  children: ComponentChildren;
}

/** The HTML document every page shares: language, skip link, one main. */
export function Page({ lang, dir, title, root, skipToContent, children }: PageProps) {
  return (
    <html lang={lang} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={`${root}css/site.css`} />
      </head>
      <body>
        <a class="kr-skip-link" href="#content">
          {skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
