// npm run bench:diagrams [-- --runs N --mmdc-runs N]: how fast the build
// renders its flowcharts, against mermaid-cli (`mmdc`) for the same sources
// (src/bench/diagrams.ts; `npm run bench` runs the same code among its figures).
// Ours: one browser. "Warm": one page renders the build's diagrams `runs`
// more times after a first, warm-up pass; the figure is the median time per
// diagram. "Per build": a fresh page per run (Mermaid loaded again, as in a
// build), total time divided by the diagrams, median over the runs. mmdc: one
// call per diagram. Prints figures; asserts nothing. Start it when the machine is quiet.
import { parseArgs } from 'node:util';
import { benchDiagrams } from '../src/bench/diagrams.ts';
import { preparePublication } from '../src/pipeline/publication.ts';
import { diagramSources } from '../src/views/flowchart-page.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'mmdc-runs': { type: 'string', default: '2' } } });
const ms = (x: number) => `${x.toFixed(1)} ms`;

const sources = diagramSources(preparePublication().flowcharts);
console.log(`bench: ${sources.length} diagrams (${sources.map((s) => s.id).join(', ')})`);
const b = await benchDiagrams(sources, { runs: Number(values.runs), mmdcRuns: Number(values['mmdc-runs']) });
console.log(`ours: browser start ${ms(b.launchMs)} (once per build)`);
console.log(`ours: ${ms(b.warmMs)} per diagram warm (median of ${b.warmSamples}), ${ms(b.perBuildMs)} per diagram in a build (fresh page, Mermaid load included; median of ${b.runs} runs)`);
console.log(`mmdc: ${ms(b.mmdcMs)} per diagram (median of ${b.mmdcCalls} calls, one per diagram)`);
console.log(`ratio: ours is ${(b.mmdcMs / b.warmMs).toFixed(0)}× faster warm, ${(b.mmdcMs / b.perBuildMs).toFixed(0)}× per build; ` +
  `a build of ${b.diagrams} diagrams: ours ${ms(b.launchMs + b.perBuildMs * b.diagrams)}, mmdc ${ms(b.mmdcMs * b.diagrams)}`);
console.log(`targets: ≥15× faster than mmdc: ${b.mmdcMs / b.warmMs >= 15 ? 'met' : 'NOT met'}; < 60 ms per diagram warm: ${b.warmMs < 60 ? 'met' : 'NOT met'}`);
