// npm run build [-- --out DIR] [-- --locales DIR] [-- --definition FILE]:
// everything into output/. --definition builds another publication: a module
// whose default export is a definition (`{ protocol, sectors, localesDir? }`,
// see src/protocol/definition.ts), or only a protocol, which then gets the
// Kindreflex's sectors, e.g. an editor's draft of the Kindreflex itself.
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
import { isPublicationDefinition, type PublicationDefinition } from '../src/protocol/definition.ts';
import type { Protocol } from '../src/protocol/types.ts';
import { build } from '../src/build/build.ts';
import { kindreflexPublication } from '../src/sectors/index.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    locales: { type: 'string' },
    definition: { type: 'string' },
    timings: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
  },
});

/** The definition a `--definition` module exports. */
async function loadDefinition(file: string): Promise<PublicationDefinition> {
  const exported = ((await import(pathToFileURL(resolve(file)).href)) as { default: PublicationDefinition | Protocol }).default;
  return isPublicationDefinition(exported) ? exported : { ...kindreflexPublication, protocol: exported };
}

try {
  const started = performance.now();
  const definition = values.definition ? await loadDefinition(values.definition) : undefined;
  const result = await build({
    log: (line) => console.log(`build: ${line}`),
    ...(values.out ? { outDir: resolve(values.out) } : {}),
    ...(values.locales ? { localesDir: resolve(values.locales) } : {}),
    ...(definition ? { definition } : {}),
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
