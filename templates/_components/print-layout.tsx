import type { ComponentChildren } from 'preact';

/** A print document: language and title (they become the PDF's), the print styles, nothing else. */
export function PrintLayout(props: { lang: string; dir: 'ltr' | 'rtl'; title: string; stylesheets: string[]; bodyClass: string; children: ComponentChildren }) {
  return (
    <html lang={props.lang} dir={props.dir}>
      <head>
        <meta charset="utf-8" />
        <title>{props.title}</title>
        {props.stylesheets.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
      </head>
      <body class={props.bodyClass}>{props.children}</body>
    </html>
  );
}
