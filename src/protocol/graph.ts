// The protocol as a graph: steps are nodes, `next` and decision branches are
// edges. Pages, validation and (later) the flowchart all read edges from here.
import type { Protocol, Step } from './types.ts';

export interface Edge {
  from: string;
  to: string;
  /** The branch id, or undefined for a plain `next`. */
  branch?: string;
}

export function edgesOf(step: Step): Edge[] {
  if (step.decision) return step.decision.branches.map((b) => ({ from: step.id, to: b.to, branch: b.id }));
  return step.next ? [{ from: step.id, to: step.next }] : [];
}

export function edges(protocol: Protocol): Edge[] {
  return protocol.steps.flatMap(edgesOf);
}

/** Ids of the steps reachable from `from` (itself included), following edges to known steps. */
export function reachableFrom(protocol: Protocol, from: string): Set<string> {
  const byId = new Map(protocol.steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const queue = byId.has(from) ? [from] : [];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of edgesOf(byId.get(id)!)) if (byId.has(edge.to) && !seen.has(edge.to)) queue.push(edge.to);
  }
  return seen;
}

/** Ids of the steps from which some outcome step (support or escalation) can be reached. */
export function stepsReachingAnOutcome(protocol: Protocol): Set<string> {
  const reaching = new Set(protocol.steps.filter((s) => s.outcome).map((s) => s.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const step of protocol.steps) {
      if (!reaching.has(step.id) && edgesOf(step).some((e) => reaching.has(e.to))) {
        reaching.add(step.id);
        grew = true;
      }
    }
  }
  return reaching;
}
