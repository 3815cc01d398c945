// What `npm run build` runs: scripts/build.ts, compiled to JavaScript ahead
// of time and run without tsx's loader (scripts/lib/compiled-code.mjs says
// why). Same command line, same build, same bytes (tests/cli.browser.test.ts);
// `node --import tsx scripts/build.ts` runs the source itself.
import { join } from 'node:path';
import { runCompiled } from './lib/compiled-code.mjs';

await runCompiled(join(import.meta.dirname, '..'), 'scripts/build.ts');
