// The restyle of one flowchart drawing into another look (restyle-diagram.ts):
// what it pairs, what it refuses, and what it replaces. That the result is
// Mermaid's own drawing of the other source is checked in a browser
// (tests/flowchart.browser.test.ts).
import { describe, expect, it } from 'vitest';
import { restyleBetween, restyleSvg, styleSource } from './restyle-diagram.ts';

const source = (fill: string, stroke: string, width: string, edge: string) =>
  [
    'flowchart TD',
    '  a["A"]',
    '  b{{"B"}}',
    '  a --> b',
    `  classDef krStandard fill:${fill},stroke:${stroke},stroke-width:${width},color:${edge}`,
    '  class a,b krStandard',
    `  linkStyle default stroke:${edge},stroke-width:1.5px`,
    '',
  ].join('\n');

describe('restyleBetween', () => {
  it('pairs the colours and line widths of the style lines', () => {
    const restyle = restyleBetween(source('#E8F1F5', '#00577a', '5px', '#1b1b1b'), source('#ffffff', '#000000', '6px', '#000000'));
    expect(Object.fromEntries(restyle.colours)).toEqual({ '#e8f1f5': '#ffffff', '#00577a': '#000000', '#1b1b1b': '#000000' });
    expect(Object.fromEntries(restyle.widths)).toEqual({ '5px': '6px', '1.5px': '1.5px' });
  });

  it('refuses sources whose layout differs, and a colour that would become two', () => {
    expect(() => restyleBetween(source('#ffffff', '#000000', '2px', '#000000'), source('#ffffff', '#000000', '2px', '#000000').replace('"B"', '"C"'))).toThrow(
      /differ in more than their colours/,
    );
    expect(() => restyleBetween(source('#111111', '#111111', '2px', '#000000'), source('#ffffff', '#000000', '2px', '#000000'))).toThrow(
      /'#111111' would become both '#ffffff' and '#000000'/,
    );
  });
});

describe('styleSource', () => {
  it('keeps the first line and the class definitions, with one node', () => {
    expect(styleSource(source('#ffffff', '#000000', '2px', '#000000'))).toBe(
      'flowchart TD\n  kindreflexStyleOnly[" "]\n  classDef krStandard fill:#ffffff,stroke:#000000,stroke-width:2px,color:#000000\n',
    );
  });
});

describe('restyleSvg', () => {
  it('renames the diagram, takes the theme-made parts from the style drawing, and maps colours, arrowheads and widths', () => {
    const svg =
      '<svg id="d-screen"><style>#d-screen{fill:#1b1b1b}</style><g id="d-screen-a" style="fill:#e8f1f5 !important;stroke-width:5px !important"></g>' +
      '<path marker-end="url(#d-screen_flowchart-v2-pointEnd__1b1b1b)" style="stroke:#1b1b1b;stroke-width:1.5px"/><rect fill="#abcdef"/>' +
      '<linearGradient id="d-screen-gradient"><stop stop-color="#e8f1f5"/></linearGradient></svg>';
    const styleSvg = '<svg id="style-only"><style>#style-only{fill:#000000}</style><linearGradient id="style-only-gradient"><stop stop-color="hsl(0, 0%, 90%)"/></linearGradient></svg>';
    const restyle = restyleBetween(source('#e8f1f5', '#00577a', '5px', '#1b1b1b'), source('#ffffff', '#000000', '6px', '#000000'));
    expect(restyleSvg(svg, { fromId: 'd-screen', toId: 'd-print', styleSvg, styleId: 'style-only', restyle })).toBe(
      '<svg id="d-print"><style>#d-print{fill:#000000}</style><g id="d-print-a" style="fill:#ffffff !important;stroke-width:6px !important"></g>' +
        '<path marker-end="url(#d-print_flowchart-v2-pointEnd__000000)" style="stroke:#000000;stroke-width:1.5px"/><rect fill="#abcdef"/>' +
        '<linearGradient id="d-print-gradient"><stop stop-color="hsl(0, 0%, 90%)"/></linearGradient></svg>',
    );
  });
});
