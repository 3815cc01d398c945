// A language's spacing rules before punctuation. French puts a no-break
// space before : ; ? ! ("Étape 4 : …", "Et ensuite ?"), so that the mark never
// starts a line; Dutch, English and German put none.
// The rule is the language's (`noBreakSpaceBefore` in its meta.json) and is
// applied to its strings before interpolation, so translators may type a
// plain space or none, and inserted values (a URL, a number) stay as they are.

/**
 * The space put before the marks: U+00A0, the classic French "espace
 * insécable". Not the narrow U+202F: Atkinson Hyperlegible Next has no glyph
 * for it, so Chromium would set it in a system font and embed that in every PDF.
 */
export const NO_BREAK_SPACE = '\u00A0';

const SPACES = ' \u00A0\u202F\t';

function escapeForClass(marks: string): string {
  return [...marks].map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('');
}

/**
 * `text` with one no-break space before every run of `marks`, in
 * place of a plain space, a no-break space or none. Untouched: a colon
 * between digits ("10:30") and in an address ("https://").
 */
export function withNoBreakSpaceBefore(text: string, marks: string): string {
  if (!marks) return text;
  const pattern = new RegExp(`(^|[^${SPACES}])[${SPACES}]*([${escapeForClass(marks)}]+)`, 'gu');
  return text.replace(pattern, (match: string, before: string, punctuation: string, offset: number) => {
    const after = text.slice(offset + match.length);
    const bare = match === before + punctuation;
    if (bare && punctuation === ':' && /\d$/u.test(before) && /^\d/u.test(after)) return match;
    if (bare && punctuation.startsWith(':') && after.startsWith('//')) return match;
    return `${before}${NO_BREAK_SPACE}${punctuation}`;
  });
}

/** Every string in a locale's parsed JSON with the language's rule applied. */
export function applyTypography<T>(resources: T, marks: string | undefined): T {
  if (!marks) return resources;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return withNoBreakSpaceBefore(node, marks);
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(resources) as T;
}
