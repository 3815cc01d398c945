// One build at a time per output folder: a second build started while one
// runs waits for it (up to a bound), then refuses, so output/ is never a mix
// of two builds. A lock left by a build that died is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from '../browser/process-alive.ts';

export class BuildLockedError extends Error {
  override name = 'BuildLockedError';
}

function holder(lockFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work` holding `lockFile`; waits up to `waitMs` for another build to finish first. */
export async function withBuildLock<T>(lockFile: string, work: () => Promise<T>, { waitMs = 120_000, log = (_: string) => {} } = {}): Promise<T> {
  const deadline = Date.now() + waitMs;
  let told = false;
  // `--out some/new/folder`: its parent is made, as the output folder itself will be.
  mkdirSync(dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = holder(lockFile);
      if (pid === undefined || !isProcessAlive(pid)) {
        rmSync(lockFile, { force: true }); // left by a build that died
        continue;
      }
      if (Date.now() >= deadline) {
        throw new BuildLockedError(
          `another build (process ${pid}) is writing the same output folder; this one waited ${Math.round(waitMs / 1000)} s and gives up. ` +
            `Run it again when that build has finished, or remove ${lockFile} if no build is running.`,
        );
      }
      if (!told) log(`waiting for another build (process ${pid}) to finish`);
      told = true;
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    if (holder(lockFile) === process.pid) rmSync(lockFile, { force: true });
  }
}
