// A text that falls back to Dutch (missing or stale in the page's language)
// leaves the translator wrapped in three private-use characters:
//
//   U+E000 marker U+E001 Dutch text U+E002       e.g. "\uE000[NL]\uE001Ga naar stap 3\uE002"
//
// The views carry it as a plain string, so no view changes shape. When the
// page is written, `renderFallbackMarks` turns each one into visible markup:
// in text, the translated marker and the Dutch text in its own language,
//
//   <span class="kr-untranslated"><span class="kr-untranslated__marker">[NL]</span> <span lang="nl" dir="ltr">Ga naar stap 3</span></span>
//
// and inside an attribute or the <title>, where no markup can go, "[NL] Ga naar stap 3".
// The characters come from the Unicode private-use area: no text has them.
const OPEN = '\uE000';
const SPLIT = '\uE001';
const CLOSE = '\uE002';

/** Wraps a Dutch fallback text with its visible marker ("[NL]", translated). */
export function markFallback(marker: string, text: string): string {
  return `${OPEN}${marker}${SPLIT}${text}${CLOSE}`;
}

/** True when a string holds a fallback mark. */
export function hasFallbackMark(text: string): boolean {
  return text.includes(OPEN);
}

// Innermost first: a mark's text never holds an unreplaced mark.
const INNERMOST = /\uE000([^\uE000\uE001\uE002]*)\uE001([^\uE000\uE002]*)\uE002/g;

/** Plain text: "[NL] Dutch text". */
export function plainFallbacks(text: string): string {
  let out = text;
  while (INNERMOST.test(out)) out = out.replace(INNERMOST, '$1 $2');
  return out;
}

// A tag, with quoted attribute values that may hold '>' (Preact does not escape it).
const TAG = /<(?:"[^"]*"|'[^']*'|[^'">])*>/g;

/**
 * The written page with every fallback mark made visible. `html` is the
 * page as the templates escaped it; marks are moved, never unescaped.
 */
export function renderFallbackMarks(html: string, source: { lang: string; dir: string }): string {
  if (!hasFallbackMark(html)) return html;
  const toMarkup = (text: string) => {
    let out = text;
    while (INNERMOST.test(out)) {
      out = out.replace(
        INNERMOST,
        (_, marker: string, dutch: string) =>
          `<span class="kr-untranslated"><span class="kr-untranslated__marker">${marker}</span> <span lang="${source.lang}" dir="${source.dir}">${dutch}</span></span>`,
      );
    }
    return out;
  };
  let out = '';
  let last = 0;
  let inTitle = false;
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(last, match.index);
    out += inTitle ? plainFallbacks(text) : toMarkup(text);
    const tag = match[0];
    out += plainFallbacks(tag);
    if (/^<title[\s>]/i.test(tag)) inTitle = true;
    else if (/^<\/title/i.test(tag)) inTitle = false;
    last = match.index + tag.length;
  }
  return out + toMarkup(html.slice(last));
}
