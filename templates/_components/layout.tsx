import type { ComponentChildren } from 'preact';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import type { ChromeView, LinkView } from '../../src/views/chrome.ts';

function Switcher({ label, links, className }: { label: string; links: (LinkView & { lang?: string; editions?: LinkView[] })[]; className: string }) {
  return (
    <nav class={`kr-switcher ${className}`} aria-label={label}>
      <ul class="kr-switcher__list">
        {links.map((link) => (
          <li class="kr-switcher__item">
            <a class="kr-switcher__link" href={link.href} aria-current={link.current ? 'page' : undefined} lang={link.lang} hreflang={link.lang}>
              {link.label}
            </a>
            {link.editions && (
              <ul class="kr-switcher__list kr-switcher__editions">
                {link.editions.map((edition) => (
                  <li class="kr-switcher__item">
                    <a class="kr-switcher__link" href={edition.href} aria-current={edition.current ? 'page' : undefined}>
                      {edition.label}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Head({ chrome, script }: { chrome: ChromeView; script?: string }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta http-equiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{chrome.documentTitle}</title>
      <meta name="description" content={chrome.description} />
      <link rel="canonical" href={chrome.canonical} />
      {chrome.alternates.map((a) => (
        <link rel="alternate" hreflang={a.hreflang} href={a.href} />
      ))}
      {/* Before the stylesheets: the typeface is on its way while they load (crossorigin: fonts are fetched in CORS mode). */}
      {chrome.preloadFonts.map((href) => (
        <link rel="preload" href={href} as="font" type="font/woff2" crossorigin="anonymous" />
      ))}
      {chrome.stylesheets.map((href) => (
        <link rel="stylesheet" href={href} />
      ))}
      <link rel="icon" href={chrome.icon} type="image/svg+xml" />
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={chrome.openGraph.siteName} />
      <meta property="og:title" content={chrome.openGraph.title} />
      <meta property="og:description" content={chrome.openGraph.description} />
      <meta property="og:url" content={chrome.openGraph.url} />
      {script && <script src={script} defer />}
    </head>
  );
}

/**
 * A page that fills the screen on its own (the trainers' presentation): the
 * same head and skip link, no header or navigation. `script` is an external
 * file: no inline script, so a Content-Security-Policy can forbid it.
 * `draftNotice={false}`: the page places the draft notice itself (the
 * presentation shows it on its first slide, not above every slide).
 */
export function BareLayout({ chrome, script, bodyClass, draftNotice = true, children }: { chrome: ChromeView; script?: string; bodyClass?: string; draftNotice?: boolean; children: ComponentChildren }) {
  return (
    <html lang={chrome.lang} dir={chrome.dir}>
      <Head chrome={chrome} {...(script ? { script } : {})} />
      <body class={bodyClass}>
        <a class="kr-skip-link" href="#content">
          {chrome.labels.skipToContent}
        </a>
        {draftNotice && chrome.draftNotice && (
          // In a landmark, like every text on the page (inside <header> on the other pages).
          <header>
            <p class="kr-draft-notice" role="note">
              {chrome.draftNotice}
            </p>
          </header>
        )}
        {children}
      </body>
    </html>
  );
}

/** The document every page shares: language, title, skip link, header, navigation, one main, footer. */
export function Layout({ chrome, script, children }: { chrome: ChromeView; script?: string; children: ComponentChildren }) {
  const multilingual = chrome.languages.length > 1;
  return (
    <html lang={chrome.lang} dir={chrome.dir}>
      <Head chrome={chrome} {...(script ? { script } : {})} />
      <body>
        <a class="kr-skip-link" href="#content">
          {chrome.labels.skipToContent}
        </a>
        <header class="kr-header">
          {/* In the banner landmark, so that no content sits outside a landmark (axe: region). */}
          {chrome.draftNotice && (
            <p class="kr-draft-notice" role="note">
              {chrome.draftNotice}
            </p>
          )}
          <div class="kr-header__inner">
            <a class="kr-header__home" href={chrome.home.href}>
              {chrome.home.label}
            </a>
            {chrome.sectors.length > 1 && <Switcher label={chrome.labels.sectors} links={chrome.sectors} className="kr-switcher--sector" />}
        {multilingual && (
              <Switcher
                label={chrome.labels.languages}
                links={chrome.languages}
                className="kr-switcher--language"
              />
            )}
          </div>
        </header>
        {chrome.nav.length > 0 && (
          <nav class="kr-nav" aria-label={chrome.labels.navigation}>
            <ul class="kr-nav__list">
              {chrome.nav.map((link) => (
                <li class="kr-nav__item">
                  <a class="kr-nav__link" href={link.href} aria-current={link.current ? 'page' : undefined}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="content" class="kr-main" tabindex={-1}>
          {children}
        </main>
        <footer class="kr-footer">
          <p class="kr-footer__edition">{chrome.edition}</p>
        </footer>
      </body>
    </html>
  );
}
