// (protocol, sector, language) → the flowchart as a graph: steps are nodes,
// `next` and decision branches are edges, every text already translated.
// No output syntax here: `mermaid.ts` turns this into Mermaid source, the
// templates turn it into the text alternative.
import type { Translate } from '../i18n/translator.ts';
import { sectorNameKey } from '../protocol/keys.ts';
import type { Outcome, Phase, Protocol, Sector } from '../protocol/types.ts';
import type { StepView } from './plan.ts';

/** How a node is drawn: its phase, or the outcome it comes to rest in. */
export type NodeKind = Phase | Outcome;

export interface FlowchartNode {
  /** The step id: also the Mermaid node id, so pages can find the node in the SVG. */
  id: string;
  number: number;
  /** "Stap 3" */
  label: string;
  title: string;
  phase: Phase;
  outcome?: Outcome;
  kind: NodeKind;
}

export interface FlowchartEdge {
  from: string;
  to: string;
  /** The branch id; undefined for the plain next step. */
  branch?: string;
  /** The branch's question, as the source words it; undefined for the plain next step. */
  condition?: string;
  /** "Ga naar stap 3: …" or "Daarna: stap 2: …" */
  label: string;
  /** The edge leads to the escalation step (drawn thick). */
  toEscalation: boolean;
}

export interface FlowchartGraph {
  /** Mermaid's accTitle and the SVG's <title>. */
  title: string;
  /** Mermaid's accDescr and the SVG's <desc>: what the chart shows and how to read its shapes. */
  description: string;
  nodes: FlowchartNode[];
  edges: FlowchartEdge[];
}

/**
 * The graph of a plan's steps, as the plan view numbered, titled and
 * labelled them (so the chart and the pages say the same), with the
 * outcomes from the model.
 */
export function toFlowchartGraph(protocol: Protocol, sector: Sector, t: Translate, planSteps: readonly StepView[]): FlowchartGraph {
  const steps = [...planSteps].sort((a, b) => a.number - b.number); // the model's order
  const modelStep = new Map(protocol.steps.map((step) => [step.id, step]));

  const nodes: FlowchartNode[] = steps.map((step) => {
    const outcome = modelStep.get(step.id)?.outcome;
    return {
      id: step.id,
      number: step.number,
      label: step.label,
      title: step.title,
      phase: step.phase,
      ...(outcome ? { outcome } : {}),
      kind: outcome ?? step.phase,
    };
  });

  const graphEdges: FlowchartEdge[] = steps.flatMap((step) =>
    step.exits.map((exit) => ({
      from: step.id,
      to: exit.to,
      ...(exit.branch === undefined ? {} : { branch: exit.branch, condition: exit.condition! }),
      label: exit.label,
      toEscalation: modelStep.get(exit.to)?.outcome === 'escalation',
    })),
  );

  const numberWith = (outcome: Outcome) => nodes.find((n) => n.outcome === outcome)?.number ?? '';
  const kinds = new Set(nodes.map((n) => n.kind));
  const legend = [
    ...(['standard', 'follow-up', 'support', 'escalation'] as const).filter((k) => kinds.has(k)).map((k) => t(`ui:flowchart.legend.${k}`)),
    ...(graphEdges.some((e) => e.toEscalation) ? [t('ui:flowchart.legend.to-escalation')] : []),
  ];

  return {
    title: t('ui:flowchart.diagram-title', { sector: t(sectorNameKey(sector.id)) }),
    description: t('ui:flowchart.diagram-description', {
      steps: nodes.length,
      branches: graphEdges.length,
      first: nodes.find((n) => n.id === protocol.start)?.number ?? 1,
      support: numberWith('support'),
      escalation: numberWith('escalation'),
      legend: legend.join(' '),
    }),
    nodes,
    edges: graphEdges,
  };
}
