// npm run build [-- --out DIR] [-- --locales DIR] [-- --definition FILE]:
// everything into output/. --definition builds another protocol definition
// (a module whose default export is the protocol), e.g. an editor's draft.
// Exits non-zero, with the reason and the fix, when any input is wrong;
// output/ then stays exactly as it was.
// `--no-cache` renders every diagram and PDF anew, neither reading nor
// writing the render cache (src/cache).
// `--timings FILE` writes the build's stage timings and this process's peak
// memory as JSON (for `npm run bench`).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Protocol } from '../src/protocol/types.ts';
import { build } from '../src/build/build.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    locales: { type: 'string' },
    definition: { type: 'string' },
    timings: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
  },
});

try {
  const started = performance.now();
  const protocol = values.definition
    ? ((await import(pathToFileURL(resolve(values.definition)).href)) as { default: Protocol }).default
    : undefined;
  const result = await build({
    log: (line) => console.log(`build: ${line}`),
    ...(values.out ? { outDir: resolve(values.out) } : {}),
    ...(values.locales ? { localesDir: resolve(values.locales) } : {}),
    ...(protocol ? { protocol } : {}),
    ...(values['no-cache'] ? { cache: false as const } : {}),
  });
  console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${result.outDir}`);
  if (values.timings) {
    // maxRSS is in kilobytes: Node's own peak, the browser's processes not included.
    writeFileSync(values.timings, JSON.stringify({ ...result.timings, nodeMaxRssKb: process.resourceUsage().maxRSS }));
  }
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${values.out ?? 'output'}/ was left as it was.`);
  process.exitCode = 1;
}
