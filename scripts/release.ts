// npm run release -- <version> [--date YYYY-MM-DD] [--locales DIR] [--editions DIR] [--releases DIR]:
// writes releases/<version>.json, the snapshot of what the build publishes
// (docs/releases.md). Nothing is written when anything is wrong.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makeRelease } from '../src/pipeline/release-command.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { date: { type: 'string' }, locales: { type: 'string' }, editions: { type: 'string' }, releases: { type: 'string' } },
});

if (positionals.length !== 1) {
  console.error('usage: npm run release -- <version> [--date YYYY-MM-DD], e.g. npm run release -- 1.1');
  process.exitCode = 1;
} else {
  try {
    const file = makeRelease({
      version: positionals[0]!,
      ...(values.date ? { date: values.date } : {}),
      ...(values.locales ? { localesDir: resolve(values.locales) } : {}),
      ...(values.editions ? { editionsDir: resolve(values.editions) } : {}),
      ...(values.releases ? { releasesDir: resolve(values.releases) } : {}),
    });
    console.log(`release: wrote ${relative(process.cwd(), file)}; commit it, then npm run build`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
