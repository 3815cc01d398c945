// npm run bench:pdfs [-- --print-dir output/print --concurrency 1,2,3 --only card]:
// prints the PDFs of a built print folder again and says where the time
// goes, phase by phase (src/bench/pdf-profile.ts). Build first.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { phaseShares, printJobs, profilePdfs } from '../src/bench/pdf-profile.ts';
import { preparePublication } from '../src/pipeline/publication.ts';

const { values } = parseArgs({
  options: {
    'print-dir': { type: 'string', default: 'output/print' },
    concurrency: { type: 'string', default: '1,2,3' },
    only: { type: 'string' },
  },
});
const root = join(import.meta.dirname, '..');
const jobs = printJobs(preparePublication({ localesDir: join(root, 'locales') }), resolve(values['print-dir']), '/nonexistent').filter(
  (job) => !values.only || job.name.startsWith(`${values.only} `),
);
for (const p of await profilePdfs(jobs, values.concurrency.split(',').map(Number))) {
  const phases = Object.entries(p.phases).map(([phase, ms]) => `${phase} ${Math.round(ms)}`).join(', ');
  console.log(`concurrency ${p.concurrency}: ${p.files} files in ${Math.round(p.wallMs)} ms, ${Math.round(p.wallMs / p.files)} ms a file; phases (ms, summed): ${phases}`);
  console.log(`  shares: ${phaseShares(p.phases)}`);
}
