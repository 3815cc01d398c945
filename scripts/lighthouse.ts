// npm run lighthouse [-- --runs 3 --port 0 --no-write]
//
// Builds the site for the address it will be served at, serves it the way a
// host should (src/site/hosting.ts: compressed, cached, CSP header) on a
// loopback port of its own, runs Lighthouse 12 (through npx, not a
// dependency) on each kind of page on its mobile profile, and writes the
// median scores into BENCHMARKS.md between the lighthouse markers.
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, normalize, sep } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { createBrotliCompress, createGzip } from 'node:zlib';
import { requireBrowser } from '../src/browser/find-browser.ts';
import { withLighthouseBlock } from '../src/bench/markdown-block.ts';
import { markdownTable } from '../src/bench/stats.ts';
import { build } from '../src/pipeline/build.ts';
import { COMPRESSIBLE, extensionOf, hostingHeaders } from '../src/site/hosting.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '0' },
    'no-write': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);

/** One page of each kind, in the source language. */
const PAGES = [
  { kind: 'overview', path: 'nl/justitiehuis/' },
  { kind: 'step', path: 'nl/justitiehuis/step-3/' },
  { kind: 'flowchart', path: 'nl/justitiehuis/flowchart/' },
  { kind: 'whole plan', path: 'nl/justitiehuis/plan/' },
  { kind: 'decision walk', path: 'nl/justitiehuis/walk/step-2/' },
] as const;
const CATEGORIES = ['accessibility', 'best-practices', 'seo', 'performance'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { accessibility: 100, 'best-practices': 95, seo: 100, performance: 95 };

/** A static server as a host would be: brotli or gzip for text, the headers of src/site/hosting.ts. */
function serve(siteDir: string) {
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(siteDir, pathname));
    if (file !== siteDir && !file.startsWith(siteDir + sep)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const headers = hostingHeaders(file.slice(siteDir.length + 1));
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const compress = COMPRESSIBLE.has(extensionOf(file)) ? (/\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined) : undefined;
    response.writeHead(200, compress ? { ...headers, 'content-encoding': compress } : headers);
    const body = createReadStream(file);
    if (compress === 'br') body.pipe(createBrotliCompress()).pipe(response);
    else if (compress === 'gzip') body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
}

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  failed: string[];
  version: string;
  userAgent: string;
}

async function lighthouse(url: string, outFile: string, chromePath: string): Promise<Run> {
  await promisify(execFile)(
    'npx',
    [
      '-y', 'lighthouse@12', url,
      '--output=json', `--output-path=${outFile}`, '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
  );
  // Lighthouse's report (lhr): only the fields read here.
  const lhr = JSON.parse(readFileSync(outFile, 'utf8')) as {
    lighthouseVersion: string;
    environment: { hostUserAgent: string };
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
  };
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Run['scores'];
  const failed = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.scoreDisplayMode !== 'notApplicable' && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => ref.id),
  );
  return {
    scores,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    failed: [...new Set(failed)],
    version: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
  };
}

const work = mkdtempSync(join(tmpdir(), 'kr-lighthouse-'));
const server = serve(join(work, 'output', 'site'));
try {
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  const startedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  await new Promise<void>((resolve) => server.listen(Number(values.port), '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const siteUrl = `http://127.0.0.1:${port}/`;
  // Built for this address, as the real build is for siteUrl: canonical URLs, alternates and the sitemap point here.
  console.log(`building for ${siteUrl} …`);
  await build({ root, outDir: join(work, 'output'), siteUrl });
  const { executablePath } = await requireBrowser();
  const rows: { kind: string; path: string; run: Run; performances: number[] }[] = [];
  for (const page of PAGES) {
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await lighthouse(`${siteUrl}${page.path}`, join(work, `lhr-${rows.length}-${i}.json`), executablePath);
      console.log(`${page.kind} (${page.path}) run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${run.scores[c]}`).join(', ')}, CLS ${run.cls.toFixed(3)}` +
        (run.failed.length ? `; below 0.9: ${run.failed.join(', ')}` : ''));
      results.push(run);
    }
    // The run with the median performance score stands for the page.
    const byPerformance = results.toSorted((a, b) => a.scores.performance - b.scores.performance);
    rows.push({ ...page, run: byPerformance[Math.floor(byPerformance.length / 2)]!, performances: results.map((r) => r.scores.performance) });
  }
  const verdict = (c: (typeof CATEGORIES)[number]) => (rows.every((r) => r.run.scores[c] >= TARGETS[c]) ? 'met' : '**missed**');
  const first = rows[0]!.run;
  const body = [
    '## Lighthouse',
    '',
    'Written by `npm run lighthouse` (scripts/lighthouse.ts); `npm run bench` keeps this block. The site built for a loopback address and served',
    'as a host should serve it (brotli, a year\'s caching for hashed files, the CSP header: src/site/hosting.ts); Lighthouse on its default',
    `mobile profile (simulated slow 4G, 4× CPU slowdown). Per page the run with the median performance score of ${runs}. The machine is shared: performance is noisy.`,
    '',
    `- Date: ${startedAt} UTC; ${cpus().length} cores, load average at start ${load}`,
    `- Lighthouse ${first.version}; ${first.userAgent.replace(/^.*(HeadlessChrome|Chrome)\/(\S+).*$/, 'Chromium $2')}`,
    '',
    markdownTable(
      ['page', 'accessibility', 'best practices', 'SEO', 'performance', 'performance, each run', 'CLS', 'LCP', 'TBT'],
      rows.map(({ kind, path, run, performances }) => [
        `${kind} (\`${path}\`)`,
        String(run.scores.accessibility),
        String(run.scores['best-practices']),
        String(run.scores.seo),
        String(run.scores.performance),
        performances.join(', '),
        run.cls.toFixed(3),
        `${(run.lcpMs / 1000).toFixed(1)} s`,
        `${Math.round(run.tbtMs)} ms`,
      ]),
    ),
    '',
    `Targets: accessibility 100 (${verdict('accessibility')}), best practices ≥ 95 (${verdict('best-practices')}), ` +
      `SEO 100 (${verdict('seo')}), performance ≥ 95 (${verdict('performance')}).`,
  ].join('\n');
  console.log(`\n${body}`);
  if (!values['no-write']) {
    const file = join(root, 'BENCHMARKS.md');
    writeFileSync(file, withLighthouseBlock(existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n', body));
    console.log('written to BENCHMARKS.md');
  }
} finally {
  server.close();
  rmSync(work, { recursive: true, force: true });
}
