// npm run bench [-- --quick] [-- --runs N --mmdc-runs N --diagram-runs N --edits N --scale 1x1,5x2 --scale-budget 300]
// Figures on how fast the build is and how it grows, each the median of
// several runs, printed as a table and written to BENCHMARKS.md (overwritten;
// `--quick` prints only, unless `--write`). A bench, not a test: it asserts
// nothing and its figures depend on the machine and its load.
//   - full cold build of the real project, each run a child process
//     (`scripts/build.ts --out <tmp> --timings`): wall time, stages, peak
//     memory of the child and its browser (PSS of the process tree), browsers launched;
//   - diagrams against `mmdc` (src/bench/diagrams.ts, as `npm run bench:diagrams`);
//   - PDFs per file and per pocket card, from the builds;
//   - the editor's loop: `npm run dev` in a copy of the project, one Dutch
//     string changed, until the page is served with it;
//   - scale: generated sectors × languages, in this process, within a time budget;
//   - page weight, fonts and scripts of the built site.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDiagrams, type DiagramBench } from '../src/bench/diagrams.ts';
import { benchEditorLoop } from '../src/bench/editor-loop.ts';
import { samplePeakMemory } from '../src/bench/memory.ts';
import { writeScaleLoad } from '../src/bench/scale-load.ts';
import { siteWeight, type SiteWeight } from '../src/bench/site-weight.ts';
import { figuresTable, formatBytes, formatMs, linearFit, markdownTable, median, type Figure } from '../src/bench/stats.ts';
import { build, type BuildTimings } from '../src/build/build.ts';
import { preparePublication } from '../src/build/publication.ts';
import { kindreflexPublication } from '../src/sectors/index.ts';
import { diagramSources } from '../src/views/flowchart-page.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'mmdc-runs': { type: 'string' },
    'diagram-runs': { type: 'string' },
    edits: { type: 'string' },
    scale: { type: 'string' },
    'scale-budget': { type: 'string' },
    port: { type: 'string', default: '18080' },
  },
});
const quick = values.quick;
const option = (name: keyof typeof values, full: string, fast: string) => String(values[name] ?? (quick ? fast : full));
const runs = Number(option('runs', '3', '1'));
const mmdcRuns = Number(option('mmdc-runs', '1', '1'));
const diagramRuns = Number(option('diagram-runs', '5', '1'));
const edits = Number(option('edits', '5', '1'));
const scaleSizes = option('scale', '1x1,2x2,5x2,10x5,20x10', '1x1,2x1').split(',').map((size) => {
  const [sectors, languages] = size.split('x').map(Number);
  if (!sectors || !languages) throw new Error(`--scale: '${size}' is not SECTORSxLANGUAGES, e.g. 5x2`);
  return { sectors, languages };
});
const scaleBudgetMs = Number(option('scale-budget', '300', '120')) * 1000;
const say = (line: string) => console.log(`bench: ${line}`);

interface ChildBuild {
  wallMs: number;
  peakBytes: number;
  timings: BuildTimings & { nodeMaxRssKb: number };
}

/** One cold build of the real project in a child process, into a new folder; returns its figures and the site. */
async function childBuild(outDir: string): Promise<ChildBuild> {
  const timingsFile = join(outDir, '..', 'timings.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', outDir, '--timings', timingsFile], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = samplePeakMemory(child.pid!);
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const wallMs = performance.now() - started;
  const peakBytes = memory.stop();
  if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${output.join('').slice(-3000)}`);
  return { wallMs, peakBytes, timings: JSON.parse(readFileSync(timingsFile, 'utf8')) as ChildBuild['timings'] };
}

const startedAt = new Date();
const header = [
  `Date: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  `Runs: ${runs} full builds, ${diagramRuns} diagram runs, ${mmdcRuns} mmdc pass(es), ${edits} edits${quick ? ' (--quick)' : ''}`,
];
say(header.join('; '));
const figures: Figure[] = [];
const work = mkdtempSync(join(tmpdir(), 'kr-bench-run-'));

try {
  // 1. Full cold builds.
  const builds: ChildBuild[] = [];
  let lastSite = '';
  for (let i = 0; i < runs; i++) {
    const out = join(mkdtempSync(join(work, 'build-')), 'output');
    const b = await childBuild(out);
    builds.push(b);
    lastSite = join(out, 'site');
    say(`full build ${i + 1}/${runs}: ${formatMs(b.wallMs)}, peak ${formatBytes(b.peakBytes)}, ${b.timings.browserLaunches} browser`);
  }
  const med = (f: (b: ChildBuild) => number) => median(builds.map(f));
  const sample = `median of ${runs} cold build${runs === 1 ? '' : 's'}, child process`;
  const wall = med((b) => b.wallMs);
  const peak = med((b) => b.peakBytes);
  const launches = [...new Set(builds.map((b) => b.timings.browserLaunches))];
  const variants = builds[0]!.timings.pdfs.length / 4;
  figures.push(
    { what: `full build, ${variants} variants (2 sectors × 4 languages): wall`, value: formatMs(wall), target: '< 15 s', met: wall < 15_000, note: `${sample}, node start included` },
    { what: '… validation and preparation', value: formatMs(med((b) => b.timings.prepareMs)), note: sample },
    { what: '… diagrams (browser start included)', value: formatMs(med((b) => b.timings.diagramsMs)), note: sample },
    { what: '… print pages (Eleventy run 1)', value: formatMs(med((b) => b.timings.printPagesMs)), note: sample },
    { what: '… PDFs', value: formatMs(med((b) => b.timings.pdfsMs)), note: sample },
    { what: '… site (Eleventy run 2)', value: formatMs(med((b) => b.timings.siteMs)), note: sample },
    { what: 'peak memory, build and its browser', value: formatBytes(peak), target: '< 1 GB', met: peak < 1024 ** 3, note: 'sum of PSS over the process tree, sampled every 100 ms' },
    { what: "peak memory, the build's Node process", value: formatBytes(med((b) => b.timings.nodeMaxRssKb * 1024)), note: 'maxRSS reported by the child' },
    { what: 'browsers launched per build', value: launches.join(', '), target: '1', met: launches.length === 1 && launches[0] === 1, note: 'counted in build()' },
  );

  // 2. Diagrams: in the builds, and ours against mmdc in this run.
  const sources = diagramSources(preparePublication().flowcharts);
  const inBuild = median(builds.flatMap((b) => b.timings.diagramMs));
  say(`diagrams: ours ${diagramRuns} runs, mmdc ${mmdcRuns} pass(es) over ${quick ? 3 : sources.length} diagrams`);
  const d: DiagramBench = await benchDiagrams(sources, { runs: diagramRuns, mmdcRuns: 0, root });
  const m = await benchDiagrams(quick ? sources.slice(0, 3) : sources, { runs: 0, mmdcRuns, root }).catch((error: unknown) => {
    say(`mmdc failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  const mmdc = m?.mmdcMs ?? Number.NaN;
  figures.push(
    { what: 'diagram in the build', value: formatMs(inBuild), note: `median of ${builds.length * sources.length} diagrams (first one loads Mermaid)` },
    { what: 'diagram warm (one page)', value: formatMs(d.warmMs), target: '< 60 ms', met: d.warmMs < 60, note: `median of ${d.warmSamples}` },
    { what: 'diagram per build (fresh page, Mermaid loaded)', value: formatMs(d.perBuildMs), note: `median of ${d.runs} runs` },
    { what: '`mmdc`, one call per diagram', value: formatMs(mmdc), note: `median of ${m?.mmdcCalls ?? 0} calls, same sources` },
    { what: 'ratio mmdc / ours warm', value: `${(mmdc / d.warmMs).toFixed(0)}×`, target: '≥ 15×', met: mmdc / d.warmMs >= 15 },
    { what: 'ratio mmdc / ours in the build', value: `${(mmdc / inBuild).toFixed(0)}×`, target: '≥ 15×', met: mmdc / inBuild >= 15 },
  );

  // 3. PDFs, from the builds (printed 3 at a time: each file's own time overlaps others').
  const pdfs = builds.flatMap((b) => b.timings.pdfs);
  const cards = pdfs.filter((p) => p.name.startsWith('card ')).map((p) => p.ms);
  const card = median(cards);
  figures.push(
    { what: 'PDF, each file (3 at a time)', value: formatMs(median(pdfs.map((p) => p.ms))), note: `median of ${pdfs.length}` },
    { what: 'PDF, throughput (stage time / files)', value: formatMs(med((b) => b.timings.pdfsMs / b.timings.pdfs.length)), note: sample },
    { what: 'pocket card PDF', value: formatMs(card), target: '< 250 ms', met: card < 250, note: `median of ${cards.length}` },
  );

  // 4. The editor's loop.
  say(`editor loop: ${edits} edits`);
  const loop = await benchEditorLoop(root, { edits, port: Number(values.port) });
  const edit = median(loop.editMs);
  figures.push(
    { what: 'editor loop: save → page served with the new text', value: formatMs(edit), target: '< 1 s', met: edit < 1000, note: `median of ${edits} edits of a Dutch string, npm run dev in a copy` },
    { what: 'editor loop: dev server start → first page', value: formatMs(loop.startMs), note: '1 start' },
  );

  // 5. Pages of the last full build.
  const weight: SiteWeight = siteWeight(lastSite, 30 * 1024);
  figures.push(
    { what: `largest page, HTML + CSS (${weight.largest.page})`, value: formatBytes(weight.largest.total), target: '< 30 KB', met: weight.over.length === 0, note: `${weight.pages} pages, ${weight.over.length} at or over 30 KB` },
    { what: 'fonts (woff2, Latin + Latin Extended subsets)', value: formatBytes(weight.fontBytes), note: `${weight.fontFiles} files` },
    { what: 'scripts on the critical path', value: String(weight.blocking.length), target: '0', met: weight.blocking.length === 0, note: `${weight.pagesWithScript} pages with a (deferred) script` },
  );

  // 6. Scale, in this process, smallest first, while the budget lasts.
  const scaleRows: string[][] = [];
  const points: { x: number; y: number }[] = [];
  let scaleSpent = 0;
  const skipped: string[] = [];
  for (const { sectors, languages } of scaleSizes) {
    const n = sectors * languages;
    const fit = points.length >= 2 ? linearFit(points) : { fixed: 0, perUnit: points.length ? points[0]!.y / points[0]!.x : 0 };
    const predicted = fit.fixed + fit.perUnit * n;
    if (points.length > 0 && scaleSpent + predicted > scaleBudgetMs) {
      skipped.push(`${sectors}×${languages} (${n} variants: about ${formatMs(predicted)} predicted)`);
      continue;
    }
    const load = writeScaleLoad(join(root, 'locales'), sectors, languages);
    const outDir = join(mkdtempSync(join(work, 'scale-')), 'output');
    say(`scale ${sectors}×${languages}`);
    const memory = samplePeakMemory(process.pid);
    const started = performance.now();
    const result = await build({ root, outDir, localesDir: load.localesDir, definition: { ...kindreflexPublication, sectors: load.sectors } });
    const ms = performance.now() - started;
    const peakBytes = memory.stop();
    scaleSpent += ms;
    points.push({ x: n, y: ms });
    const t = result.timings;
    const w = siteWeight(join(outDir, 'site'), 30 * 1024);
    scaleRows.push([
      `${sectors} × ${languages}`, String(n), formatMs(ms), formatMs(ms / n), formatMs(t.prepareMs / n), formatMs(t.diagramsMs / n),
      formatMs(t.pdfsMs / n), formatMs((t.printPagesMs + t.siteMs) / n), String(t.browserLaunches), `${w.cssFiles} / ${w.fontFiles}`,
      String(w.pages), formatBytes(w.largest.total), formatBytes(peakBytes),
    ]);
    rmSync(load.localesDir, { recursive: true, force: true });
    rmSync(join(outDir, '..'), { recursive: true, force: true });
  }
  const fit = linearFit(points);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const growth = last.y / last.x / (first.y / first.x);
  const at200 = points.length >= 2 ? fit.fixed + fit.perUnit * 200 : (first.y / first.x) * 200;
  const measured200 = points.find((p) => p.x >= 200);
  figures.push(
    { what: `scale: per variant at ${last.x} vs ${first.x} variant(s)`, value: `${formatMs(last.y / last.x)} vs ${formatMs(first.y / first.x)} (${growth.toFixed(2)}×)`, target: 'flat', met: points.length >= 2 ? growth <= 1.25 : undefined, note: points.length < 2 ? 'one size only: no growth measured' : `fit: ${formatMs(fit.fixed)} fixed + ${formatMs(fit.perUnit)} per variant` },
    { what: 'scale: 200 variants (20 sectors × 10 languages), total', value: measured200 ? formatMs(measured200.y) : `about ${formatMs(at200)} (extrapolated)`, target: '< 5 min', met: (measured200?.y ?? at200) < 300_000, note: measured200 ? 'measured' : `not run: over the ${formatMs(scaleBudgetMs)} budget` },
  );

  const table = figuresTable(figures);
  const scaleTable = markdownTable(
    ['sectors × languages', 'variants', 'total', 'per variant', 'prepare / variant', 'diagrams / variant', 'PDFs / variant', 'Eleventy / variant', 'browsers', 'css / font files', 'pages', 'largest page', 'peak memory'],
    scaleRows,
  );
  const report = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); overwritten by every run. Each figure is a median; the machine is shared, so figures are noisy.',
    '',
    ...header.map((line) => `- ${line}`),
    '',
    table,
    '',
    '## Scale',
    '',
    `Generated load (src/bench/scale-load.ts): copies of a sector and of Dutch under pseudo codes; one build each, in one process; run smallest first within a ${formatMs(scaleBudgetMs)} budget.` +
      ` Peak memory here is the bench process and its browser. CSS and font files stay the same count at every size: written once, not per variant.`,
    '',
    scaleTable,
    '',
    skipped.length ? `Not run (over the budget): ${skipped.join('; ')}.` : 'Every size ran.',
    '',
  ].join('\n');
  console.log(`\n${report}`);
  if (!quick || values.write) {
    writeFileSync(join(root, 'BENCHMARKS.md'), report);
    say('written to BENCHMARKS.md');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
