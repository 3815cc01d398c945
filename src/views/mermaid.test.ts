import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLocales } from '../i18n/load-locales.ts';
import { createTranslator } from '../i18n/translator.ts';
import { applySector } from '../protocol/apply-sector.ts';
import { edges } from '../protocol/graph.ts';
import { kindreflex as definition } from '../protocol/kindreflex.ts';
import { sectors } from '../sectors/index.ts';
import { toFlowchartGraph } from './flowchart.ts';
import { toPlanView } from './plan.ts';
import { flowchartThemes } from './flowchart-themes.ts';
import { escapeMermaidText, NO_BREAK_SPACE_STAND_IN, toMermaid } from './mermaid.ts';

// As release 1.0 publishes it (releases/1.0.json): the build takes the version and date from the latest release.
const kindreflex = { ...definition, version: '1.0', published: '2026-11-29' };

const locales = loadLocales('locales');

describe('escapeMermaidText', () => {
  it('keeps plain Dutch text as it is', () => {
    expect(escapeMermaidText('Heb je geen twijfels over de thuissituatie?')).toBe('Heb je geen twijfels over de thuissituatie?');
  });

  it('turns syntax into entity codes', () => {
    expect(escapeMermaidText('"] --> x %% {} `')).toBe('#34;#93; --#62; x #37;#37; #123;#125; #96;');
  });

  it('never lets a quote, bracket, brace, pipe, angle bracket, hash, percent, backtick or newline through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const label = escapeMermaidText(text);
        // Outside entity codes, only kept characters remain.
        const bare = label.replace(/#\d+;/g, '');
        expect(bare).not.toMatch(/["`[\](){}<>|#%;:\\$&\n\r\t]/);
        expect(bare).toMatch(/^[\p{L}\p{M}\p{N} .,!?'’‘/-]*$/u);
      }),
    );
  });

  it('round-trips: decoding the entity codes gives the text back (XML-forbidden characters become U+FFFD)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        // A no-break space travels through Mermaid as its stand-in, which the
        // build turns back into one in the SVG (cleanSvg); a stand-in typed
        // in the text itself is written as an entity code, so it stays itself.
        const decoded = escapeMermaidText(text)
          .replaceAll(NO_BREAK_SPACE_STAND_IN, '\u00a0')
          .replace(/#(\d+);/g, (_, cp: string) => String.fromCodePoint(Number(cp)));
        expect(decoded).toBe(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd'));
      }),
      // Always tried, besides the random ones: a no-break space, and the stand-in typed as text.
      { examples: [['a\u00a0b'], ['a\ue003b']] },
    );
  });

  it('replaces a lone surrogate, which no SVG file can hold', () => {
    expect(escapeMermaidText('a\ud800b')).toBe('a#65533;b');
  });
});

for (const sector of sectors) {
  describe(`the Mermaid source of the ${sector.id} flowchart`, () => {
    const protocol = applySector(kindreflex, sector);
    const t = createTranslator(locales, 'nl', sector);
    const planSteps = toPlanView({ protocol, sector, lang: 'nl', meta: locales[0]!.meta, t }).phases.flatMap((p) => p.steps);
    const graph = toFlowchartGraph(protocol, sector, t, planSteps);

    for (const theme of Object.values(flowchartThemes)) {
      describe(`in the ${theme.name} theme`, () => {
        const source = toMermaid(graph, theme);
        const lines = source.split('\n');

        it('is a flowchart with accTitle and accDescr on one line each', () => {
          expect(lines[0]).toMatch(/^flowchart (TD|LR)$/);
          expect(lines.filter((l) => l.startsWith('  accTitle: '))).toHaveLength(1);
          expect(lines.filter((l) => l.startsWith('  accDescr: '))).toHaveLength(1);
          expect(source).toContain(escapeMermaidText(graph.title));
          expect(source).toContain(escapeMermaidText(graph.description));
        });

        it('declares every step of the model as a node, labelled with its number and title', () => {
          for (const step of protocol.steps) {
            const node = graph.nodes.find((n) => n.id === step.id)!;
            expect(lines.filter((l) => l.startsWith(`  ${step.id}[`) || l.startsWith(`  ${step.id}(`) || l.startsWith(`  ${step.id}{`)), step.id).toEqual([
              expect.stringContaining(`${escapeMermaidText(node.label)}<br/>${escapeMermaidText(node.title)}`),
            ]);
          }
        });

        it('draws every edge of the model, each branch with its condition', () => {
          const drawn = lines.filter((l) => /^ {2}step-\S+ (-->|==>)/.test(l));
          expect(drawn).toHaveLength(edges(protocol).length);
          for (const edge of edges(protocol)) {
            const label = edge.branch ? `|"${escapeMermaidText(graph.edges.find((e) => e.from === edge.from && e.branch === edge.branch)!.condition!)}"|` : '';
            expect(drawn.filter((l) => l === `  ${edge.from} -->${label} ${edge.to}` || l === `  ${edge.from} ==>${label} ${edge.to}`), `${edge.from} → ${edge.to}`).toHaveLength(1);
          }
        });

        it('gives standard, follow-up, support and escalation steps their own shape and line', () => {
          expect(source).toMatch(/ {2}step-1\["/);
          expect(source).toMatch(/ {2}step-4\("/);
          expect(source).toMatch(/ {2}step-3\[\["/);
          expect(source).toMatch(/ {2}step-6\{\{"/);
          expect(source).toMatch(/classDef krFollowUp .*stroke-dasharray/);
          expect(source).toMatch(/ {2}step-4 ==>.* step-6/);
        });
      });
    }
  });
}

describe('a no-break space in a label', () => {
  it('stands as one private-use character in the source (the browser makes it a no-break space again: src/browser/render-diagrams.test.ts)', () => {
    expect(escapeMermaidText('s’améliore-t-elle\u00A0?')).toBe(`s’améliore-t-elle${NO_BREAK_SPACE_STAND_IN}?`);
  });
});
