import type { ComponentChildren } from 'preact';

export interface FlowchartDocumentProps {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** Path from this page back to the site root ("../../../"). */
  root: string;
  skipToContent: string;
  /** Stylesheets in css/, after site.css. */
  styles: string[];
  /** An external script in js/ (no inline script: a Content-Security-Policy `script-src 'self'` is coming). */
  script?: string;
  bodyClass?: string;
  children: ComponentChildren;
}

/** The HTML document of the flowchart and presentation pages: the plan's Page, plus their own CSS and script. */
export function FlowchartDocument({ lang, dir, title, root, skipToContent, styles, script, bodyClass, children }: FlowchartDocumentProps) {
  return (
    <html lang={lang} dir={dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={`${root}css/site.css`} />
        {styles.map((style) => (
          <link rel="stylesheet" href={`${root}css/${style}`} />
        ))}
        {script && <script src={`${root}js/${script}`} defer />}
      </head>
      <body class={bodyClass}>
        <a class="kr-skip-link" href="#content">
          {skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
