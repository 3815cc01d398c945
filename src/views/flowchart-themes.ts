// The three looks of one flowchart. Shape and line pattern carry the meaning
// (standard / follow-up / support / escalation) in every theme, so the chart
// reads the same in colour, photocopied, or from the back of a room.
import type { NodeKind } from './flowchart.ts';

export type FlowchartThemeName = 'screen' | 'print' | 'projector';

export interface NodeStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** SVG stroke-dasharray, e.g. "8 5"; undefined for a solid line. */
  dash?: string;
  text: string;
}

export interface FlowchartTheme {
  name: FlowchartThemeName;
  direction: 'TD' | 'LR';
  /** Mermaid `themeVariables` for its `base` theme. */
  variables: Record<string, string>;
  /** Mermaid `flowchart` options: spacing and the width labels wrap at. */
  layout: { nodeSpacing: number; rankSpacing: number; padding: number; wrappingWidth: number; diagramPadding: number };
  nodes: Record<NodeKind, NodeStyle>;
  edge: { stroke: string; width: number };
  /**
   * Drawn on another theme's layout: the same direction, type size and
   * spacing, only colours and line widths differ. The build then restyles
   * that theme's drawing instead of laying the chart out again
   * (src/browser/restyle-diagram.ts).
   */
  layoutOf?: FlowchartThemeName;
}

/** Mermaid's colours for the print and projector themes: black lines and text on white. */
const BLACK_ON_WHITE = {
  primaryColor: '#ffffff',
  primaryTextColor: '#000000',
  primaryBorderColor: '#000000',
  lineColor: '#000000',
  textColor: '#000000',
  edgeLabelBackground: '#ffffff',
  background: '#ffffff',
};

const SCREEN_INK = '#1b1b1b';
const SCREEN_ACCENT = '#00577a';

/** The screen chart's layout, which the print chart shares. */
const SCREEN_LAYOUT = { nodeSpacing: 40, rankSpacing: 60, padding: 14, wrappingWidth: 230, diagramPadding: 8 };
const SCREEN_FONT_SIZE = '16px';

export const flowchartThemes: Record<FlowchartThemeName, FlowchartTheme> = {
  // The site's colours (templates/css/site.css).
  screen: {
    name: 'screen',
    direction: 'TD',
    variables: {
      fontSize: SCREEN_FONT_SIZE,
      primaryColor: '#e8f1f5',
      primaryTextColor: SCREEN_INK,
      primaryBorderColor: SCREEN_ACCENT,
      lineColor: SCREEN_INK,
      textColor: SCREEN_INK,
      edgeLabelBackground: '#ffffff',
      background: '#ffffff',
    },
    layout: SCREEN_LAYOUT,
    nodes: {
      standard: { fill: '#e8f1f5', stroke: SCREEN_ACCENT, strokeWidth: 2, text: SCREEN_INK },
      'follow-up': { fill: '#f6f1e7', stroke: SCREEN_ACCENT, strokeWidth: 2, dash: '8 5', text: SCREEN_INK },
      support: { fill: '#f6f1e7', stroke: SCREEN_ACCENT, strokeWidth: 2, dash: '8 5', text: SCREEN_INK },
      escalation: { fill: '#ffffff', stroke: '#7a3e00', strokeWidth: 5, text: SCREEN_INK },
    },
    edge: { stroke: SCREEN_INK, width: 1.5 },
  },
  // Pure black on white: no fills a photocopier turns grey, patterns only.
  // The screen chart's layout (the page scales it to the paper), restyled.
  print: {
    name: 'print',
    direction: 'TD',
    variables: {
      fontSize: SCREEN_FONT_SIZE,
      ...BLACK_ON_WHITE,
    },
    layout: SCREEN_LAYOUT,
    layoutOf: 'screen',
    nodes: {
      standard: { fill: '#ffffff', stroke: '#000000', strokeWidth: 2, text: '#000000' },
      'follow-up': { fill: '#ffffff', stroke: '#000000', strokeWidth: 2, dash: '8 5', text: '#000000' },
      support: { fill: '#ffffff', stroke: '#000000', strokeWidth: 2, dash: '8 5', text: '#000000' },
      escalation: { fill: '#ffffff', stroke: '#000000', strokeWidth: 6, text: '#000000' },
    },
    edge: { stroke: '#000000', width: 1.5 },
  },
  // 1920×1080 in a lit room: large type, near-black on white, heavy lines.
  // Top to bottom, so the presentation can show a step's checklist beside it.
  projector: {
    name: 'projector',
    direction: 'TD',
    variables: {
      fontSize: '22px',
      ...BLACK_ON_WHITE,
    },
    layout: { nodeSpacing: 30, rankSpacing: 50, padding: 14, wrappingWidth: 360, diagramPadding: 8 },
    nodes: {
      standard: { fill: '#dcecf3', stroke: '#000000', strokeWidth: 4, text: '#000000' },
      'follow-up': { fill: '#fbf3df', stroke: '#000000', strokeWidth: 4, dash: '14 8', text: '#000000' },
      support: { fill: '#fbf3df', stroke: '#000000', strokeWidth: 4, dash: '14 8', text: '#000000' },
      escalation: { fill: '#ffffff', stroke: '#000000', strokeWidth: 9, text: '#000000' },
    },
    edge: { stroke: '#000000', width: 3 },
  },
};
