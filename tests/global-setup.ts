// One real build per test run, shared by every test file that reads the built
// output (tests/helpers/shared-build.ts). This file only makes the folder the
// build goes into: the first test file that asks builds it, the others wait for
// it, so a run of unit tests alone builds nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared build goes, with its lock and result files. */
    sharedBuildDir: string;
  }
}

// Every project (plain, browser) runs this setup in the same main process:
// they share one folder, removed when the last of them tears down.
const shared = globalThis as { krSharedBuild?: { dir: string; users: number } };

export function setup(project: TestProject): () => void {
  shared.krSharedBuild ??= { dir: mkdtempSync(join(tmpdir(), 'kr-shared-build-')), users: 0 };
  shared.krSharedBuild.users++;
  project.provide('sharedBuildDir', shared.krSharedBuild.dir);
  return () => {
    const state = shared.krSharedBuild;
    if (state && --state.users === 0) {
      rmSync(state.dir, { recursive: true, force: true });
      delete shared.krSharedBuild;
    }
  };
}
