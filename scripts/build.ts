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
// `--watch` builds, then builds again on every change of a text, a
// translation, an edition or publication.config.json, in the same process
// and browser (src/pipeline/watch.ts); a change of code starts a new process.
import { parseArgs } from 'node:util';
import { buildFromCommandLine } from '../src/pipeline/command-line.ts';
import { superviseWatch, watchAndBuild } from '../src/pipeline/watch-process.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    locales: { type: 'string' },
    definition: { type: 'string' },
    timings: { type: 'string' },
    'no-cache': { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    // The process `--watch` starts, and starts again when the code changes.
    'watch-worker': { type: 'boolean', default: false },
  },
});

if (values.watch && !values['watch-worker']) await superviseWatch(values);
else if (values.watch) await watchAndBuild(values);
else await buildFromCommandLine(values);
