// One layout, several looks: a flowchart whose Mermaid source differs from
// another's only in its colours and line widths (the `classDef` and
// `linkStyle` lines) is drawn as a restyle of that one's SVG, not laid out
// again. Laying a chart out is most of Mermaid's 150 ms; the restyle is a
// few string replacements. What the restyle must produce is what Mermaid
// itself draws from the source (tests/flowchart.browser.test.ts compares them
// byte for byte), so everything it changes is named here:
//
// - the diagram's id, which Mermaid puts in every element id and CSS selector;
// - the <style> element Mermaid writes, taken whole from a drawing of the
//   style lines alone (`styleSource`): it depends on the configuration and
//   the class definitions, not on the layout;
// - each colour and line width of the class and link styles, wherever the
//   drawing repeats it (inline styles, the arrowheads' ids and colours).
//
// Pure string functions; the diagram page (render-diagrams.ts) runs Mermaid.

/** A style line's properties, in order: `classDef krStandard fill:#fff,stroke:#000` → [['fill', '#fff'], ['stroke', '#000']]. */
function styleProps(line: string): [string, string][] {
  const props = line.trim().split(/\s+/).slice(2).join(' ');
  return props.split(',').map((prop) => {
    const colon = prop.indexOf(':');
    return [prop.slice(0, colon).trim(), prop.slice(colon + 1).trim()];
  });
}

const isStyleLine = (line: string) => /^\s*(classDef|linkStyle)\s/.test(line);

/** The source without its style lines: two sources that agree here have the same layout. */
function layoutLines(source: string): string {
  return source.split('\n').filter((line) => !isStyleLine(line)).join('\n');
}

/**
 * A source Mermaid draws in a few milliseconds whose <style> element is the
 * one `source` gets: the first line and the class definitions, with one node.
 */
export function styleSource(source: string): string {
  const lines = source.split('\n');
  return [lines[0], '  kindreflexStyleOnly[" "]', ...lines.filter((line) => /^\s*classDef\s/.test(line)), ''].join('\n');
}

export interface Restyle {
  /** Colour → colour, lower-case `#rrggbb`. */
  colours: Map<string, string>;
  /** Line width → line width, as written (`5px`). */
  widths: Map<string, string>;
}

const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * How `from`'s look becomes `to`'s: the colours and widths of each style
 * line, paired in order. Throws if the two sources differ in anything but
 * those values (their layouts would differ), or if one value would have to
 * become two different ones.
 */
export function restyleBetween(from: string, to: string): Restyle {
  if (layoutLines(from) !== layoutLines(to)) throw new Error('the two sources differ in more than their colours and line widths');
  const fromStyles = from.split('\n').filter(isStyleLine);
  const toStyles = to.split('\n').filter(isStyleLine);
  const restyle: Restyle = { colours: new Map(), widths: new Map() };
  const pair = (map: Map<string, string>, a: string, b: string) => {
    const known = map.get(a);
    if (known !== undefined && known !== b) throw new Error(`'${a}' would become both '${known}' and '${b}'`);
    map.set(a, b);
  };
  if (fromStyles.length !== toStyles.length) throw new Error('the two sources have different style lines');
  fromStyles.forEach((line, i) => {
    const a = styleProps(line);
    const b = styleProps(toStyles[i]!);
    const head = (l: string) => l.trim().split(/\s+/).slice(0, 2).join(' ');
    if (head(line) !== head(toStyles[i]!) || a.length !== b.length) throw new Error(`the style lines '${head(line)}' do not match`);
    a.forEach(([name, value], j) => {
      const [otherName, otherValue] = b[j]!;
      if (name !== otherName) throw new Error(`'${head(line)}' has ${name} where the other has ${otherName}`);
      if (COLOUR.test(value) && COLOUR.test(otherValue)) pair(restyle.colours, value.toLowerCase(), otherValue.toLowerCase());
      else if (name === 'stroke-width') pair(restyle.widths, value, otherValue);
      else if (value !== otherValue) throw new Error(`'${head(line)}' changes ${name}, which a restyle cannot`);
    });
  });
  return restyle;
}

/** The first <style> element Mermaid wrote into an SVG (the diagram's own; the font rules are added later). */
const MERMAID_STYLE = /<style>[\s\S]*?<\/style>/;

/** The gradient Mermaid draws from the theme's colours (for its "neo" look; the SVG carries it either way). */
const gradientOf = (id: string) => new RegExp(`<linearGradient id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-gradient"[\\s\\S]*?</linearGradient>`);

export interface RestyleOptions {
  /** The id `svg` was drawn with, and the id of the restyled diagram. */
  fromId: string;
  toId: string;
  /** Mermaid's drawing of `styleSource(to)` with the id `styleId`: where the parts Mermaid derives from the theme come from. */
  styleSvg: string;
  styleId: string;
  restyle: Restyle;
}

/**
 * `svg` (Mermaid's drawing of the diagram `fromId`) with the id `toId`, the
 * parts Mermaid derives from the theme (its <style> element and gradient)
 * from `styleSvg`, and the colours and widths `restyle` maps.
 */
export function restyleSvg(svg: string, { fromId, toId, styleSvg, styleId, restyle }: RestyleOptions): string {
  const own = styleSvg.replaceAll(styleId, toId);
  const style = MERMAID_STYLE.exec(own)?.[0];
  const gradient = gradientOf(toId).exec(own)?.[0];
  if (!style || !MERMAID_STYLE.test(svg)) throw new Error(`the drawing of '${fromId}' or of its restyle has no <style> element`);
  const body = svg
    .replace(MERMAID_STYLE, '\u0000')
    .replaceAll(fromId, toId)
    .replace(gradientOf(toId), '\u0001')
    .replace(/#([0-9a-f]{6})\b/gi, (match, hex: string) => restyle.colours.get(`#${hex.toLowerCase()}`) ?? match)
    .replace(/__([0-9a-f]{6})\b/gi, (match, hex: string) => {
      const colour = restyle.colours.get(`#${hex.toLowerCase()}`);
      return colour ? `__${colour.slice(1)}` : match;
    })
    .replace(/stroke-width:\s*([\d.]+px)/g, (match, width: string) => {
      const other = restyle.widths.get(width);
      return other ? match.replace(width, other) : match;
    });
  return body.replace('\u0000', () => style).replace('\u0001', () => gradient ?? '');
}
