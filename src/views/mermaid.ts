// A flowchart graph + a theme → Mermaid flowchart source. Only syntax here:
// what the chart says comes from `flowchart.ts`.
import type { FlowchartGraph, NodeKind } from './flowchart.ts';
import type { FlowchartTheme } from './flowchart-themes.ts';

/**
 * Characters a label keeps as they are: letters, marks, digits, the plain
 * space and harmless punctuation. Everything else becomes a Mermaid entity
 * code (`#34;`), so no text can end a quoted label, open a shape, start a
 * comment, an HTML tag, markdown, KaTeX or a line break.
 */
const KEEP = /^[\p{L}\p{M}\p{N} .,!?'’‘/-]$/u;

/**
 * What a no-break space (French "Étape 4 : …", "elle ?") stands as in the
 * Mermaid source: one private-use character, which Mermaid neither breaks a
 * line at (it breaks at whitespace, and would start a line with the mark)
 * nor measures as a five-letter code (`#160;`, which made it hard-wrap the
 * word inside the code). `cleanSvg` turns it back into U+00A0.
 */
export const NO_BREAK_SPACE_STAND_IN = '\uE003';

/** Code points XML (and so an SVG file) cannot hold, even as a character reference. */
function isXmlForbidden(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    cp === 0xfffe ||
    cp === 0xffff
  );
}

/** Text → a Mermaid label that shows exactly that text (forbidden characters become U+FFFD). */
export function escapeMermaidText(text: string): string {
  let out = '';
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (KEEP.test(char)) out += char;
    else if (char === '\u00A0') out += NO_BREAK_SPACE_STAND_IN;
    else out += `#${isXmlForbidden(cp) ? 0xfffd : cp};`;
  }
  return out;
}

/**
 * Mermaid node shapes: rectangle, rounded, subroutine (double sides), hexagon.
 * Not the stadium: Mermaid draws it with rough.js, which doubles the SVG and its render time.
 */
const SHAPE: Record<NodeKind, [string, string]> = {
  standard: ['["', '"]'],
  'follow-up': ['("', '")'],
  support: ['[["', '"]]'],
  escalation: ['{{"', '"}}'],
};

/** Mermaid class names per node kind (classDef names are plain identifiers). */
export const NODE_CLASS: Record<NodeKind, string> = {
  standard: 'krStandard',
  'follow-up': 'krFollowUp',
  support: 'krSupport',
  escalation: 'krEscalation',
};

export function toMermaid(graph: FlowchartGraph, theme: FlowchartTheme): string {
  const lines = [
    `flowchart ${theme.direction}`,
    `  accTitle: ${escapeMermaidText(graph.title)}`,
    `  accDescr: ${escapeMermaidText(graph.description)}`,
  ];
  for (const node of graph.nodes) {
    const [open, close] = SHAPE[node.kind];
    lines.push(`  ${node.id}${open}${escapeMermaidText(node.label)}<br/>${escapeMermaidText(node.title)}${close}`);
  }
  for (const edge of graph.edges) {
    const arrow = edge.toEscalation ? '==>' : '-->';
    const label = edge.condition === undefined ? '' : `|"${escapeMermaidText(edge.condition)}"|`;
    lines.push(`  ${edge.from} ${arrow}${label} ${edge.to}`);
  }
  for (const kind of Object.keys(NODE_CLASS) as NodeKind[]) {
    const ids = graph.nodes.filter((n) => n.kind === kind).map((n) => n.id);
    if (ids.length === 0) continue;
    const style = theme.nodes[kind];
    const props = [
      `fill:${style.fill}`,
      `stroke:${style.stroke}`,
      `stroke-width:${style.strokeWidth}px`,
      `color:${style.text}`,
      ...(style.dash ? [`stroke-dasharray:${style.dash}`] : []),
    ];
    lines.push(`  classDef ${NODE_CLASS[kind]} ${props.join(',')}`);
    lines.push(`  class ${ids.join(',')} ${NODE_CLASS[kind]}`);
  }
  if (graph.edges.length > 0) {
    lines.push(`  linkStyle default stroke:${theme.edge.stroke},stroke-width:${theme.edge.width}px`);
    const thick = graph.edges.flatMap((e, i) => (e.toEscalation ? [i] : []));
    if (thick.length > 0) lines.push(`  linkStyle ${thick.join(',')} stroke:${theme.edge.stroke},stroke-width:${theme.edge.width * 2.5}px`);
  }
  return `${lines.join('\n')}\n`;
}

/** The Mermaid options that belong to a theme (the rest is fixed in the renderer). */
export function mermaidConfig(theme: FlowchartTheme): { themeVariables: Record<string, string>; flowchart: Record<string, number> } {
  const { nodeSpacing, rankSpacing, padding, wrappingWidth, diagramPadding } = theme.layout;
  return { themeVariables: theme.variables, flowchart: { nodeSpacing, rankSpacing, padding, wrappingWidth, diagramPadding } };
}
