// Writes a build into a staging folder beside `output/` and swaps it in only
// when everything succeeded, so `output/` is never half-written: a failed
// build leaves the previous output exactly as it was.
import { mkdirSync, renameSync, rmSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export async function buildInto<T>(outDir: string, write: (stagingDir: string) => Promise<T>): Promise<T> {
  const parent = dirname(outDir);
  const staging = join(parent, `.${basename(outDir)}-staging-${process.pid}`);
  const previous = join(parent, `.${basename(outDir)}-previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  let result: T;
  try {
    result = await write(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOutput) renameSync(previous, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  return result;
}
