// npm run editions:check [-- --editions DIR]: checks the local editions (and
// the definition and Dutch text they build on) in a few seconds, without a
// browser and without writing anything; `npm run build` then publishes them.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEditions } from '../src/pipeline/editions.ts';
import { preparePublication } from '../src/pipeline/publication.ts';
import { kindreflexPublication } from '../src/sectors/index.ts';

const { values } = parseArgs({ options: { editions: { type: 'string' } } });
const editionsDir = values.editions ? resolve(values.editions) : join(process.cwd(), 'editions');

try {
  // Every page's view is prepared, so what the build would refuse is refused here (except text that does not fit the card).
  preparePublication({ editionsDir });
  const { editions } = loadEditions(editionsDir, kindreflexPublication);
  console.log(
    editions.length === 0
      ? `no editions in ${editionsDir}`
      : `${editions.length} edition${editions.length === 1 ? '' : 's'} valid: ${editions.map((e) => `${e.id} (${e.sector})`).join(', ')}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
