// npm run bench:diagrams [-- --runs N --mmdc-runs N]: how fast the build
// renders its flowcharts, against mermaid-cli (`mmdc`) for the same sources.
// Ours: one browser. "Warm": one page renders the build's diagrams `runs`
// more times after a first, warm-up pass; the figure is the median time per
// diagram. "Per build": a fresh page per run (Mermaid loaded again, as in a
// build), total time divided by the diagrams, median over the runs. mmdc: one call per diagram, as a build calling it would, with
// the same Mermaid options and our Chromium (puppeteer config via `-p`).
// Prints figures; asserts nothing. Start it when the machine is quiet.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { BROWSER_FLAGS, withBrowser } from '../src/browser/launch.ts';
import { requireBrowser } from '../src/browser/find-browser.ts';
import { renderDiagrams } from '../src/browser/render-diagrams.ts';
import { preparePublication } from '../src/build/publication.ts';
import { diagramSources } from '../src/views/flowchart-page.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, 'mmdc-runs': { type: 'string', default: '2' } } });
const runs = Number(values.runs);
const mmdcRuns = Number(values['mmdc-runs']);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const sources = diagramSources(preparePublication().flowcharts);
console.log(`bench: ${sources.length} diagrams (${sources.map((s) => s.id).join(', ')})`);

// Ours: warm-up run, then `runs` runs; each run opens its page and loads Mermaid again.
const perDiagram: number[] = [];
const perRun: number[] = [];
const launchStarted = performance.now();
const launchMs = await withBrowser(async (browser) => {
  const launched = performance.now() - launchStarted;
  const repeated = Array.from({ length: runs + 1 }, (_, r) => sources.map((s) => ({ ...s, id: `${s.id}-run${r}` }))).flat();
  perDiagram.push(...(await renderDiagrams(browser, repeated)).slice(sources.length).map((d) => d.ms));
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const rendered = await renderDiagrams(browser, sources);
    perRun.push((performance.now() - started) / rendered.length);
  }
  return launched;
});
const oursWarm = median(perDiagram);
const oursWithPage = median(perRun);
console.log(`ours: browser start ${ms(launchMs)} (once per build)`);
console.log(`ours: ${ms(oursWarm)} per diagram warm (median of ${perDiagram.length}), ${ms(oursWithPage)} per diagram in a build (fresh page, Mermaid load included; median of ${runs} runs)`);

// mmdc: one process (and browser) per diagram.
const dir = mkdtempSync(join(tmpdir(), 'kr-bench-'));
try {
  const puppeteerConfig = join(dir, 'puppeteer.json');
  writeFileSync(puppeteerConfig, JSON.stringify({ executablePath: requireBrowser().executablePath, args: [...BROWSER_FLAGS] }));
  const mmdcTimes: number[] = [];
  for (let r = 0; r < mmdcRuns; r++) {
    for (const source of sources) {
      const input = join(dir, `${source.id}.mmd`);
      const config = join(dir, `${source.id}.json`);
      writeFileSync(input, source.source);
      writeFileSync(
        config,
        JSON.stringify({
          securityLevel: 'strict',
          htmlLabels: false,
          flowchart: { htmlLabels: false, ...source.config.flowchart },
          theme: 'base',
          themeVariables: source.config.themeVariables,
          deterministicIds: true,
          deterministicIDSeed: source.id,
        }),
      );
      const started = performance.now();
      await run(join('node_modules', '.bin', 'mmdc'), ['-q', '-i', input, '-o', join(dir, `${source.id}.svg`), '-c', config, '-p', puppeteerConfig]);
      mmdcTimes.push(performance.now() - started);
    }
  }
  const mmdc = median(mmdcTimes);
  console.log(`mmdc: ${ms(mmdc)} per diagram (median of ${mmdcTimes.length} calls, one per diagram)`);
  console.log(`ratio: ours is ${(mmdc / oursWarm).toFixed(0)}× faster warm, ${(mmdc / oursWithPage).toFixed(0)}× per build; ` +
    `a build of ${sources.length} diagrams: ours ${ms(launchMs + oursWithPage * sources.length)}, mmdc ${ms(mmdc * sources.length)}`);
  console.log(`targets: ≥15× faster than mmdc: ${mmdc / oursWarm >= 15 ? 'met' : 'NOT met'}; < 60 ms per diagram warm: ${oursWarm < 60 ? 'met' : 'NOT met'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
