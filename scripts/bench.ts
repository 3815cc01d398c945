// npm run bench [-- --quick] [-- --runs N --mmdc-runs N --diagram-runs N --edits N --scale 1x1,5x2 --scale-budget 300]
// Figures on how fast the build is and how it grows, each the median of
// several runs, printed as a table and written to BENCHMARKS.md (overwritten;
// `--quick` prints only, unless `--write`). A bench, not a test: it asserts
// nothing and its figures depend on the machine and its load.
//   - full cold build of the real project, each run a child process
//     (`scripts/build.ts --out <tmp> --timings`): wall time, stages, browsers
//     launched; and one more, not timed, for the peak memory of the child and
//     its browser (PSS of the process tree, which takes CPU to sample);
//   - diagrams against `mmdc` (src/bench/diagrams.ts, as `npm run bench:diagrams`);
//   - PDFs per file and per pocket card, from the builds;
//   - the editor's loop: `npm run dev` in a copy of the project, one Dutch
//     string changed, until the page is served with it;
//   - scale: generated sectors × languages, in this process, within a time budget;
//   - page weight, fonts and scripts of the built site.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDiagrams, type DiagramBench } from '../src/bench/diagrams.ts';
import { benchEditorLoop } from '../src/bench/editor-loop.ts';
import { samplePeakMemory } from '../src/bench/memory.ts';
import { writeScaleLoad } from '../src/bench/scale-load.ts';
import { siteWeight, type SiteWeight } from '../src/bench/site-weight.ts';
import { figuresTable, formatBytes, formatMs, linearFit, markdownTable, median, type Figure } from '../src/bench/stats.ts';
import { build, type BuildTimings } from '../src/pipeline/build.ts';
import { BUILD_COMMAND } from '../src/pipeline/command.ts';
import { defaultPrintConcurrency } from '../src/browser/print-pdf.ts';
import { keepLighthouse } from '../src/bench/report.ts';
import { phaseShares, printJobs, profilePdfs } from '../src/bench/pdf-profile.ts';
import { preparePublication } from '../src/pipeline/publication.ts';
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
    tests: { type: 'boolean' },
  },
});
const quick = values.quick;
const option = (name: keyof typeof values, full: string, fast: string) => String(values[name] ?? (quick ? fast : full));
const runs = Number(option('runs', '3', '1'));
const mmdcRuns = Number(option('mmdc-runs', '1', '1'));
const diagramRuns = Number(option('diagram-runs', '5', '1'));
const edits = Number(option('edits', '5', '1'));
// SECTORSxLANGUAGES[xEDITIONS]: 2x4x30 is the 2 sectors with 30 local editions, in 4 languages.
// 20×10 is the issue's 200 variants: measured, never extrapolated (unless --quick leaves it out).
const scaleSizes = option('scale', '1x1,5x2,2x4x30,20x10', '1x1,2x1').split(',').map((size) => {
  const [sectors, languages, editions = 0] = size.split('x').map(Number);
  if (!sectors || !languages) throw new Error(`--scale: '${size}' is not SECTORSxLANGUAGES[xEDITIONS], e.g. 5x2 or 2x4x30`);
  return { sectors, languages, editions };
});
const scaleBudgetMs = Number(option('scale-budget', '300', '120')) * 1000;
/** `npm test`'s wall time: the whole suite, so only in a full run (or with --tests). */
const runTests = values.tests ?? !quick;
const TARGET_VARIANTS = 200;
const say = (line: string) => console.log(`bench: ${line}`);

interface ChildBuild {
  wallMs: number;
  /** Peak PSS of the tree, when sampled (a sampled run is not timed: reading every process's memory ten times a second takes CPU from the build). */
  peakBytes?: number;
  timings: BuildTimings & { nodeMaxRssKb: number };
}

/**
 * One build of the real project in a child process, into a new folder;
 * returns its figures. `args` adds build options (`--no-cache`, `--locales`),
 * `env` the environment (KINDREFLEX_CACHE_DIR).
 */
async function childBuild(outDir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}, sampleMemory = false): Promise<ChildBuild> {
  const timingsFile = join(outDir, '..', 'timings.json');
  const started = performance.now();
  // As `npm run build` runs it (package.json), without npm's own start.
  const child = spawn(process.execPath, [...BUILD_COMMAND, '--out', outDir, '--timings', timingsFile, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const memory = sampleMemory ? samplePeakMemory(child.pid!) : undefined;
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const wallMs = performance.now() - started;
  const peakBytes = memory?.stop();
  if (code !== 0) throw new Error(`the build failed (exit ${code}):\n${output.join('').slice(-3000)}`);
  return { wallMs, ...(peakBytes === undefined ? {} : { peakBytes }), timings: JSON.parse(readFileSync(timingsFile, 'utf8')) as ChildBuild['timings'] };
}

/** A copy of the project's locales with one French string changed (a step title: on the cards, the plan, the poster and the flowcharts). */
function localesWithFrenchChange(dir: string, n: number): string {
  const locales = join(dir, `locales-${n}`);
  cpSync(join(root, 'locales'), locales, { recursive: true });
  const file = join(locales, 'fr', 'protocol.json');
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(/"title": "([^"]+)"/, (_, title: string) => `"title": "${title} (${n + 1})"`);
  if (changed === text) throw new Error(`${file}: no "title" to change for the bench`);
  writeFileSync(file, changed);
  return locales;
}

/**
 * `npm run build -- --watch` in a child process, with the cache `env` names
 * filled: `n` times one French string changed in its locales, each timed from
 * the file written to the rebuild's "done" line. Between edits it waits until
 * the watch says it is ready again (browser running, Mermaid loaded), as a
 * translator would between two saves.
 */
async function watchRebuilds(work: string, env: NodeJS.ProcessEnv, n: number): Promise<{ wallMs: number[]; counts: string }> {
  const locales = join(work, 'locales-watch');
  cpSync(join(root, 'locales'), locales, { recursive: true });
  const file = join(locales, 'fr', 'protocol.json');
  const text = readFileSync(file, 'utf8');
  const child = spawn(process.execPath, [...BUILD_COMMAND, '--watch', '--out', join(work, 'watch-out', 'output'), '--locales', locales], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const lines: string[] = [];
  let read = 0;
  let wake = () => {};
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop()!;
      lines.push(...parts);
      wake();
    });
  }
  let ended = false;
  child.on('exit', () => {
    ended = true;
    wake();
  });
  /** The next line from here on that matches `pattern`. */
  const next = async (pattern: RegExp): Promise<string> => {
    for (;;) {
      while (read < lines.length) {
        const line = lines[read++]!;
        if (pattern.test(line)) return line;
      }
      if (ended) throw new Error(`the watching build ended:\n${lines.slice(-30).join('\n')}`);
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  try {
    await next(/^build: watching for changes/);
    const wallMs: number[] = [];
    let counts = '';
    for (let i = 0; i < n; i++) {
      const changed = text.replace(/"title": "([^"]+)"/, (_, title: string) => `"title": "${title} (watch ${i + 1})"`);
      const started = performance.now();
      writeFileSync(file, changed);
      const done = await next(/^build: (done in|render cache:)|^build failed/);
      if (done.startsWith('build failed')) throw new Error(`a rebuild in --watch failed:\n${lines.slice(-30).join('\n')}`);
      counts = done.replace(/^build: render cache: /, '').replace(/ \(.*\)$/, '');
      await next(/^build: done in/);
      wallMs.push(performance.now() - started);
      await next(/^build: watching for changes/);
    }
    return { wallMs, counts };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (ended ? resolve(undefined) : child.on('exit', resolve)));
  }
}

/** `npm test` in a child process: its wall time and whether it passed. */
async function testSuiteWall(): Promise<{ wallMs: number; passed: boolean }> {
  const started = performance.now();
  const child = spawn('npm', ['test'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) {
    // The whole output, for the first failure (the tail below shows the last).
    const log = join(tmpdir(), `kindreflex-bench-npm-test-${Date.now()}.log`);
    writeFileSync(log, output.join(''));
    say(`npm test failed (exit ${code}), its whole output in ${log}:\n${output.join('').slice(-2000)}`);
  }
  return { wallMs: performance.now() - started, passed: code === 0 };
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
  // 1. Full cold builds (--no-cache: every diagram and PDF rendered).
  const builds: ChildBuild[] = [];
  let lastOut = '';
  for (let i = 0; i < runs; i++) {
    const out = join(mkdtempSync(join(work, 'build-')), 'output');
    const b = await childBuild(out, ['--no-cache']);
    builds.push(b);
    lastOut = out;
    say(`cold build ${i + 1}/${runs}: ${formatMs(b.wallMs)}, ${b.timings.browserLaunches} browser`);
  }
  // Memory from one more cold build of its own, sampled; the timed ones are not.
  const sampled = await childBuild(join(mkdtempSync(join(work, 'build-')), 'output'), ['--no-cache'], {}, true);
  say(`cold build, memory sampled: peak ${formatBytes(sampled.peakBytes ?? 0)}`);
  const lastSite = join(lastOut, 'site');
  const med = (f: (b: ChildBuild) => number) => median(builds.map(f));
  const sample = `median of ${runs} cold build${runs === 1 ? '' : 's'} (--no-cache), child process`;
  const wall = med((b) => b.wallMs);
  const peak = sampled.peakBytes ?? 0;
  const launches = [...new Set(builds.map((b) => b.timings.browserLaunches))];
  // A variant is a sector (or edition) in a language: the second word of every PDF's name ("card justitiehuis/nl").
  const variants = new Set(builds[0]!.timings.pdfs.map((pdf) => pdf.name.split(' ')[1])).size;

  // The render cache, in a folder of this run: filled by one build, then
  // rebuilds with nothing changed, and with one French string changed (a
  // new change each time, so each is a real miss for the French files).
  const cacheEnv = { KINDREFLEX_CACHE_DIR: join(work, 'render-cache') };
  const fill = await childBuild(join(mkdtempSync(join(work, 'fill-')), 'output'), [], cacheEnv);
  say(`cache filled: ${formatMs(fill.wallMs)}`);
  const unchanged: ChildBuild[] = [];
  const french: ChildBuild[] = [];
  for (let i = 0; i < runs; i++) {
    unchanged.push(await childBuild(join(mkdtempSync(join(work, 'again-')), 'output'), [], cacheEnv));
    const locales = localesWithFrenchChange(work, i);
    french.push(await childBuild(join(mkdtempSync(join(work, 'french-')), 'output'), ['--locales', locales], cacheEnv));
    say(`rebuild ${i + 1}/${runs}: nothing changed ${formatMs(unchanged[i]!.wallMs)}, one French string ${formatMs(french[i]!.wallMs)}`);
  }
  const watched = await watchRebuilds(work, cacheEnv, runs);
  say(`--watch: one French string ${watched.wallMs.map(formatMs).join(', ')}`);
  const again = median(unchanged.map((b) => b.wallMs));
  const afterFrench = median(french.map((b) => b.wallMs));
  const afterFrenchWatched = median(watched.wallMs);
  const count = (b: ChildBuild) => {
    const rendered = b.timings.diagrams.rendered + b.timings.pdfFiles.rendered;
    const runs = b.timings.eleventyRuns;
    return `${rendered} rendered, ${b.timings.diagrams.reused + b.timings.pdfFiles.reused} reused, ${b.timings.browserLaunches} browser, Eleventy runs ${runs.rendered} made + ${runs.reused} from the cache`;
  };
  figures.push(
    { what: `cold full build (--no-cache), ${variants} variants (2 sectors × 4 languages): wall`, value: formatMs(wall), target: '≤ 12 s', met: wall <= 12_000, note: `${sample}, node start included` },
    { what: '… validation and preparation', value: formatMs(med((b) => b.timings.prepareMs)), note: sample },
    { what: '… diagrams (browser start included; cards and sheets print meanwhile)', value: formatMs(med((b) => b.timings.diagramsMs)), note: sample },
    { what: '… print pages (Eleventy, two runs)', value: formatMs(med((b) => b.timings.printPagesMs)), note: sample },
    { what: '… PDFs (both stages; the first overlaps the diagrams)', value: formatMs(med((b) => b.timings.pdfsMs)), note: sample },
    { what: '… site (Eleventy)', value: formatMs(med((b) => b.timings.siteMs)), note: sample },
    { what: 'rebuild, nothing changed: wall', value: formatMs(again), target: '≤ 3 s', met: again <= 3_000, note: `median of ${runs}, render cache filled by one build; ${count(unchanged[0]!)}` },
    { what: 'rebuild, nothing changed: cold / rebuild', value: `${(wall / again).toFixed(1)}×`, target: '≥ 5×', met: wall / again >= 5, note: 'same run' },
    { what: 'rebuild after one French string changed, `--watch`: wall', value: formatMs(afterFrenchWatched), note: `median of ${runs}, from the file saved to the build done, in the process and browser of \`npm run build -- --watch\`; ${watched.counts}` },
    { what: 'rebuild after one French string changed, `--watch`: cold / rebuild', value: `${(wall / afterFrenchWatched).toFixed(1)}×`, target: '≥ 2.5×', met: wall / afterFrenchWatched >= 2.5, note: 'same run; how a translator rebuilds (docs/translators.md)' },
    { what: 'rebuild after one French string changed, a new `npm run build`: wall', value: formatMs(afterFrench), note: `median of ${runs}; a step title, on cards, plans, posters and flowcharts; ${count(french[0]!)}` },
    { what: 'rebuild after one French string changed, a new `npm run build`: cold / rebuild', value: `${(wall / afterFrench).toFixed(1)}×`, note: 'same run; a new process starts Node, its modules, Chromium and Mermaid again' },
    { what: 'peak memory, build and its browser', value: formatBytes(peak), target: '≤ 1 GB', met: peak <= 1024 ** 3, note: 'one more cold build: sum of PSS over the process tree, sampled every 100 ms (not timed)' },
    { what: "peak memory, the build's Node process", value: formatBytes(med((b) => b.timings.nodeMaxRssKb * 1024)), note: 'maxRSS reported by the child' },
    { what: 'browsers launched per cold build', value: launches.join(', '), target: '1', met: launches.length === 1 && launches[0] === 1, note: 'counted in build()' },
  );

  // 2. Diagrams: in the builds, and ours against mmdc in this run.
  // Each laid out by Mermaid, as mmdc does: without `layoutOf`, a print chart is not a restyle here.
  const sources = diagramSources(preparePublication().flowcharts).map(({ layoutOf: _restyle, ...source }) => source);
  const inBuild = median(builds.flatMap((b) => b.timings.diagramMs));
  say(`diagrams: ours ${diagramRuns} runs, mmdc ${mmdcRuns} pass(es) over ${quick ? 3 : sources.length} diagrams`);
  const d: DiagramBench = await benchDiagrams(sources, { runs: diagramRuns, mmdcRuns: 0, root });
  const m = await benchDiagrams(quick ? sources.slice(0, 3) : sources, { runs: 0, mmdcRuns, root }).catch((error: unknown) => {
    say(`mmdc failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  const mmdc = m?.mmdcMs ?? Number.NaN;
  figures.push(
    { what: 'diagram in the build', value: formatMs(inBuild), note: `median of ${builds.length * sources.length} diagrams (first one loads Mermaid; the print charts are restyles of the screen drawing)` },
    { what: 'diagram warm (one page)', value: formatMs(d.warmMs), target: '< 60 ms', met: d.warmMs < 60, note: `median of ${d.warmSamples}` },
    { what: 'diagram per build (fresh page, Mermaid loaded)', value: formatMs(d.perBuildMs), note: `median of ${d.runs} runs` },
    { what: '`mmdc`, one call per diagram', value: formatMs(mmdc), note: `median of ${m?.mmdcCalls ?? 0} calls, same sources` },
    { what: 'ratio mmdc / ours warm', value: `${(mmdc / d.warmMs).toFixed(0)}×`, target: '≥ 15×', met: mmdc / d.warmMs >= 15 },
    { what: 'ratio mmdc / ours in the build', value: `${(mmdc / inBuild).toFixed(0)}×`, target: '≥ 15×', met: mmdc / inBuild >= 15 },
  );

  // 3. PDFs: from the builds, and printed again from the last build's print
  // pages in a warm browser: the pocket cards' throughput, and where the
  // time of the whole stage goes, phase by phase (one page at a time, so the
  // phases do not overlap).
  const pdfs = builds.flatMap((b) => b.timings.pdfs);
  const concurrency = defaultPrintConcurrency();
  const jobs = printJobs(preparePublication(), join(lastOut, 'print'), '/not-used');
  const cardJobs = jobs.filter((job) => job.name.startsWith('card '));
  say(`pdfs: ${cardJobs.length} cards at ${concurrency} at a time, then every PDF one at a time, phase by phase`);
  const [cardRun] = await profilePdfs(cardJobs, [concurrency]);
  const [oneByOne] = await profilePdfs(jobs, [1]);
  const cardMs = cardRun!.wallMs / cardRun!.files;
  figures.push(
    { what: `PDF, each file (${concurrency} at a time)`, value: formatMs(median(pdfs.map((p) => p.ms))), note: `median of ${pdfs.length}, cold builds` },
    { what: 'PDF, throughput (stage time / files)', value: formatMs(med((b) => b.timings.pdfsMs / b.timings.pdfs.length)), note: sample },
    { what: 'pocket card PDF, throughput', value: formatMs(cardMs), target: '≤ 250 ms', met: cardMs <= 250, note: `${cardRun!.files} cards printed ${concurrency} at a time in a warm browser: wall / cards` },
    { what: 'PDF stage, where the time goes (one at a time)', value: formatMs(oneByOne!.wallMs / oneByOne!.files), note: `per file; ${phaseShares(oneByOne!.phases)} (src/bench/pdf-profile.ts)` },
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
  for (const { sectors, languages, editions } of scaleSizes) {
    const n = (sectors + editions) * languages;
    const fit = points.length >= 2 ? linearFit(points) : { fixed: 0, perUnit: points.length ? points[0]!.y / points[0]!.x : 0 };
    const predicted = fit.fixed + fit.perUnit * n;
    if (points.length > 0 && n !== TARGET_VARIANTS && scaleSpent + predicted > scaleBudgetMs) {
      skipped.push(`${sectors}×${languages} (${n} variants: about ${formatMs(predicted)} predicted)`);
      continue;
    }
    const load = writeScaleLoad(join(root, 'locales'), sectors, languages, editions);
    const outDir = join(mkdtempSync(join(work, 'scale-')), 'output');
    say(`scale ${sectors}×${languages}`);
    // Sampled once a second: the run takes minutes, and sampling costs the build CPU.
    const memory = samplePeakMemory(process.pid, 1000);
    const started = performance.now();
    // No render cache: every variant is rendered, as the first build of new editions would be.
    const result = await build({ root, outDir, localesDir: load.localesDir, editionsDir: load.editionsDir, definition: { ...kindreflexPublication, sectors: load.sectors }, cache: false });
    const ms = performance.now() - started;
    const peakBytes = memory.stop();
    scaleSpent += ms;
    points.push({ x: n, y: ms });
    const t = result.timings;
    const w = siteWeight(join(outDir, 'site'), 30 * 1024);
    scaleRows.push([
      `${sectors}${editions ? ` + ${editions} editions` : ''} × ${languages}`, String(n), formatMs(ms), formatMs(ms / n), formatMs(t.prepareMs / n), formatMs(t.diagramsMs / n),
      formatMs(t.pdfsMs / n), formatMs((t.printPagesMs + t.siteMs) / n), String(t.browserLaunches), `${w.cssFiles} / ${w.fontFiles}`,
      String(w.pages), formatBytes(w.largest.total), formatBytes(peakBytes),
    ]);
    rmSync(load.localesDir, { recursive: true, force: true });
    rmSync(load.editionsDir, { recursive: true, force: true });
    rmSync(join(outDir, '..'), { recursive: true, force: true });
  }
  const fit = linearFit(points);
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const growth = last.y / last.x / (first.y / first.x);
  const at200 = points.length >= 2 ? fit.fixed + fit.perUnit * TARGET_VARIANTS : (first.y / first.x) * TARGET_VARIANTS;
  const measured200 = points.find((p) => p.x === TARGET_VARIANTS);
  const scaleMemory = scaleRows.length > 0 ? scaleRows[scaleRows.length - 1]![12] : '';
  figures.push(
    { what: `scale: per variant at ${last.x} vs ${first.x} variant(s)`, value: `${formatMs(last.y / last.x)} vs ${formatMs(first.y / first.x)} (${growth.toFixed(2)}×)`, target: 'flat', met: points.length >= 2 ? growth <= 1.25 : undefined, note: points.length < 2 ? 'one size only: no growth measured' : `fit: ${formatMs(fit.fixed)} fixed + ${formatMs(fit.perUnit)} per variant` },
    {
      what: `scale: ${TARGET_VARIANTS} variants (20 sectors × 10 languages, --no-cache), total`,
      value: measured200 ? formatMs(measured200.y) : `not measured (about ${formatMs(at200)} extrapolated)`,
      target: '≤ 4 min',
      met: measured200 ? measured200.y <= 240_000 : undefined,
      note: measured200 ? `measured, in one process; peak memory ${scaleMemory}` : 'not run (--quick or --scale without 20x10): extrapolated, no verdict',
    },
  );

  // 7. The test suite.
  if (runTests) {
    say('npm test: the whole suite');
    const suite = await testSuiteWall();
    figures.push({ what: '`npm test`, wall', value: formatMs(suite.wallMs), target: '≤ 5 min', met: suite.passed && suite.wallMs <= 300_000, note: `${suite.passed ? 'passed' : 'FAILED'}; type-check and every test, with the project's render cache as the bench left it` });
  } else {
    figures.push({ what: '`npm test`, wall', value: 'not run', target: '≤ 5 min', note: '--quick (add --tests to run it)' });
  }

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
    writeFileSync(join(root, 'BENCHMARKS.md'), keepLighthouse(report, existsSync(join(root, 'BENCHMARKS.md')) ? readFileSync(join(root, 'BENCHMARKS.md'), 'utf8') : ''));
    say('written to BENCHMARKS.md');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
