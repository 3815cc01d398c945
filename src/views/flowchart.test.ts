import { describe, expect, it } from 'vitest';
import { loadLocales } from '../i18n/load-locales.ts';
import { createTranslator } from '../i18n/translator.ts';
import { applySector } from '../protocol/apply-sector.ts';
import { edgesOf } from '../protocol/graph.ts';
import { kindreflex as definition } from '../protocol/kindreflex.ts';
import { gevangenis } from '../sectors/gevangenis.ts';
import { toFlowchartGraph } from './flowchart.ts';
import { toPlanView } from './plan.ts';

// As release 1.0 publishes it (releases/1.0.json): the build takes the version and date from the latest release.
const kindreflex = { ...definition, version: '1.0', published: '2026-11-29' };

const locales = loadLocales('locales');
const protocol = applySector(kindreflex, gevangenis);
const t = createTranslator(locales, 'nl', gevangenis);
const planSteps = toPlanView({ protocol, sector: gevangenis, lang: 'nl', meta: locales[0]!.meta, t }).phases.flatMap((p) => p.steps);
const graph = toFlowchartGraph(protocol, gevangenis, t, planSteps);

describe('the flowchart graph of the prison plan', () => {
  it('has one node per step, in the model order, numbered and titled', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(protocol.steps.map((s) => s.id));
    expect(graph.nodes[2]).toMatchObject({ number: 3, label: 'Stap 3', title: 'Ondersteun de gedetineerde in zijn rol als ouder', kind: 'support' });
    expect(graph.nodes[5]).toMatchObject({ kind: 'escalation', outcome: 'escalation' });
    expect(graph.nodes[0]).toMatchObject({ kind: 'standard' });
    expect(graph.nodes[3]).toMatchObject({ kind: 'follow-up' });
  });

  for (const step of protocol.steps) {
    describe(step.id, () => {
      if (edgesOf(step).length === 0) {
        it('has no way out: the plan comes to rest here', () => {
          expect(graph.edges.filter((e) => e.from === step.id)).toEqual([]);
          expect(step.outcome).toBeDefined();
        });
      }
      for (const edge of edgesOf(step)) {
        it(`goes to ${edge.to}${edge.branch ? ` when '${edge.branch}'` : ''}`, () => {
          const drawn = graph.edges.filter((e) => e.from === step.id && e.to === edge.to && e.branch === edge.branch);
          expect(drawn).toHaveLength(1);
          if (edge.branch) expect(drawn[0]!.condition).toMatch(/\?$/);
          expect(drawn[0]!.toEscalation).toBe(edge.to === 'step-6');
        });
      }
    });
  }

  it('has a title and a description with every interpolation filled', () => {
    expect(graph.title).toBe('Stroomschema van de Kindreflex: Gevangenissen');
    expect(graph.description).toContain('6 stappen en 8 pijlen');
    expect(JSON.stringify(graph)).not.toContain('{{');
  });
});
