// (protocol, sector, language) → the flowchart as a graph: steps are nodes,
// `next` and decision branches are edges, every text already translated.
// No output syntax here: `mermaid.ts` turns this into Mermaid source, the
// templates turn it into the text alternative.
import type { Translate } from '../i18n/translator.ts';
import { edges } from '../protocol/graph.ts';
import { branchKey, sectorNameKey, stepTitleKey } from '../protocol/keys.ts';
import type { Outcome, Phase, Protocol } from '../protocol/types.ts';
import type { Sector } from '../sectors/types.ts';

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

export function toFlowchartGraph(protocol: Protocol, sector: Sector, t: Translate): FlowchartGraph {
  const numberOf = new Map(protocol.steps.map((step, i) => [step.id, i + 1]));
  const stepOf = new Map(protocol.steps.map((step) => [step.id, step]));
  const titleOf = (id: string) => t(stepTitleKey(id));

  const nodes: FlowchartNode[] = protocol.steps.map((step) => ({
    id: step.id,
    number: numberOf.get(step.id)!,
    label: t('ui:step.label', { number: numberOf.get(step.id)! }),
    title: titleOf(step.id),
    phase: step.phase,
    ...(step.outcome ? { outcome: step.outcome } : {}),
    kind: step.outcome ?? step.phase,
  }));

  const graphEdges: FlowchartEdge[] = edges(protocol).map((edge) => ({
    from: edge.from,
    to: edge.to,
    ...(edge.branch === undefined ? {} : { branch: edge.branch, condition: t(branchKey(edge.from, edge.branch)) }),
    label: t(edge.branch === undefined ? 'ui:step.then' : 'ui:step.go-to', {
      number: numberOf.get(edge.to)!,
      title: titleOf(edge.to),
    }),
    toEscalation: stepOf.get(edge.to)?.outcome === 'escalation',
  }));

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
      first: numberOf.get(protocol.start) ?? 1,
      support: numberWith('support'),
      escalation: numberWith('escalation'),
      legend: legend.join(' '),
    }),
    nodes,
    edges: graphEdges,
  };
}
