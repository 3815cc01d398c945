// The diagram benchmark, shared by `npm run bench:diagrams` and `npm run
// bench`: the build's renderer (one browser, one page) against mermaid-cli
// (`mmdc`, one call per diagram, as a build calling it would, with the same
// Mermaid options and our Chromium via `-p`), measured in the same run.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { requireBrowser } from '../browser/find-browser.ts';
import { BROWSER_FLAGS, withBrowser } from '../browser/launch.ts';
import { renderDiagrams, type DiagramRequest } from '../browser/render-diagrams.ts';
import { median } from './stats.ts';

const run = promisify(execFile);

export interface DiagramBench {
  diagrams: number;
  /** The browser's start, once per build. */
  launchMs: number;
  /** Median per diagram in one warm page, after a warm-up pass; and how many samples. */
  warmMs: number;
  warmSamples: number;
  /** Median per diagram with a fresh page per run (Mermaid loaded again, as in a build). */
  perBuildMs: number;
  runs: number;
  /** Median per `mmdc` call, one per diagram; and how many calls. */
  mmdcMs: number;
  mmdcCalls: number;
}

/** `runs` warm runs and per-build runs of ours, then `mmdcRuns` passes of mmdc over the same sources. */
export async function benchDiagrams(
  sources: readonly DiagramRequest[],
  { runs, mmdcRuns, root = process.cwd() }: { runs: number; mmdcRuns: number; root?: string },
): Promise<DiagramBench> {
  const perDiagram: number[] = [];
  const perRun: number[] = [];
  const launchStarted = performance.now();
  // runs = 0: mmdc only.
  const launchMs = runs === 0 ? Number.NaN : await withBrowser(async (browser) => {
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

  const dir = mkdtempSync(join(tmpdir(), 'kr-bench-'));
  const mmdcTimes: number[] = [];
  try {
    const puppeteerConfig = join(dir, 'puppeteer.json');
    writeFileSync(puppeteerConfig, JSON.stringify({ executablePath: (await requireBrowser()).executablePath, args: [...BROWSER_FLAGS] }));
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
        await run(join(root, 'node_modules', '.bin', 'mmdc'), ['-q', '-i', input, '-o', join(dir, `${source.id}.svg`), '-c', config, '-p', puppeteerConfig]);
        mmdcTimes.push(performance.now() - started);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    diagrams: sources.length,
    launchMs,
    warmMs: median(perDiagram),
    warmSamples: perDiagram.length,
    perBuildMs: median(perRun),
    runs,
    mmdcMs: median(mmdcTimes),
    mmdcCalls: mmdcTimes.length,
  };
}
