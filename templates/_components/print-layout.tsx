import type { ComponentChildren } from 'preact';

/** A print document: language and title (they become the PDF's), the print styles, nothing else. */
export function PrintLayout(props: { lang: string; dir: 'ltr' | 'rtl'; title: string; root: string; bodyClass: string; children: ComponentChildren }) {
  return (
    <html lang={props.lang} dir={props.dir}>
      <head>
        <meta charset="utf-8" />
        <title>{props.title}</title>
        <link rel="stylesheet" href={`${props.root}css/fonts.css`} />
        <link rel="stylesheet" href={`${props.root}css/print.css`} />
      </head>
      <body class={props.bodyClass}>{props.children}</body>
    </html>
  );
}
