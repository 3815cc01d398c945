import type { FlowchartPageView } from '../../src/views/flowchart-page.ts';

/**
 * The flowchart's text alternative: every step with its ways out (condition →
 * link to the target step), as nested lists a screen reader can follow.
 */
export function FlowchartText({ page, idPrefix }: { page: FlowchartPageView; idPrefix: string }) {
  const { graph, labels } = page;
  const headingOf = new Map(page.steps.map((step) => [step.id, step.heading]));
  return (
    <ol class="kr-flowchart-text">
      {graph.nodes.map((node) => {
        const exits = graph.edges.filter((e) => e.from === node.id);
        return (
          <li id={`${idPrefix}${node.id}`} class={`kr-flowchart-text__step kr-flowchart-text__step--${node.kind}`}>
            <span class="kr-flowchart-text__title">
              {headingOf.get(node.id)}
            </span>
            <ul class="kr-flowchart-text__branches">
              {exits.length === 0 && <li class="kr-flowchart-text__branch">{labels.noExit}</li>}
              {exits.map((edge) => (
                <li class="kr-flowchart-text__branch" data-branch={edge.branch}>
                  {edge.condition && <span class="kr-flowchart-text__condition">{edge.condition}</span>}
                  <a href={`#${idPrefix}${edge.to}`}>{edge.label}</a>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
