// Writes a build into a staging folder beside `output/` and swaps it in only
// when everything succeeded, so `output/` is never half-written: a failed
// build leaves the previous output exactly as it was.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isProcessAlive } from '../browser/process-alive.ts';

/** Removes staging and previous folders left by builds that died (killed, crashed) before cleaning up. */
function removeLeftovers(parent: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(?:staging|previous)-(\\d+)$`);
  for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = pattern.exec(entry)?.[1];
    if (pid && Number(pid) !== process.pid && !isProcessAlive(Number(pid))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

export async function buildInto<T>(outDir: string, write: (stagingDir: string) => Promise<T>): Promise<T> {
  const parent = dirname(outDir);
  const staging = join(parent, `.${basename(outDir)}-staging-${process.pid}`);
  const previous = join(parent, `.${basename(outDir)}-previous-${process.pid}`);
  removeLeftovers(parent, basename(outDir));
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
