// npm run build: everything into output/. Exits non-zero, with the reason and
// the fix, when any input is wrong; output/ then stays as it was.
import { build } from '../src/build/build.ts';

try {
  const started = performance.now();
  const result = await build({ log: (line) => console.log(`build: ${line}`) });
  console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s → ${result.outDir}`);
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('output/ was left as it was.');
  process.exitCode = 1;
}
