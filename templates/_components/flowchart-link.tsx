import type { FlowchartPageView } from '../../src/views/flowchart-page.ts';

/** The plan page's link to its flowchart (relative: the plan is one folder up). */
export function FlowchartLink({ flowcharts, planPath }: { flowcharts: readonly FlowchartPageView[]; planPath: string }) {
  const page = flowcharts.find((f) => f.planPath === planPath);
  if (!page) return null;
  return (
    <p class="kr-flowchart-link">
      <a href="flowchart/">{page.labels.open}</a>
    </p>
  );
}
