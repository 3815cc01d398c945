// The real build (Chromium for diagrams and PDFs), made once per test run and
// read by every test file that only looks at what the build wrote; and the
// pseudo-locale build, also made once per run, for the two browser files that
// look at it. Test files run in several worker processes: the first to ask
// takes a lock folder and builds; the others wait for its result file. A
// failed build is reported to every waiting file with the build's own message.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import type { Publication } from '../../src/pipeline/publication.ts';
import type { Rendered } from '../../src/views/rendered.ts';
import { writePseudoLocales } from './pseudo-locales.ts';
import { stubPrint } from './stubs.ts';

export interface SharedBuild {
  /** The build's output folder: `site/`, `print/`, `manifest.json`. Read it, never write into it. */
  outDir: string;
  siteDir: string;
  /** The publication the build prepared. */
  publication: Publication;
  /** What the browser rendered: the SVGs, the printed files' facts. */
  rendered: Rendered;
}

const root = join(import.meta.dirname, '..', '..');
/** Long enough for a cold build on a busy 2-core machine. */
const WAIT_MS = 8 * 60_000;
/** The timeout for a `beforeAll` that waits for the shared build: `beforeAll(fn, SHARED_BUILD_TIMEOUT)`. */
export const SHARED_BUILD_TIMEOUT = WAIT_MS + 60_000;

let pending: Promise<SharedBuild> | undefined;
let pendingPseudo: Promise<SharedBuild> | undefined;

/** The shared build; built by the first caller in the whole test run. */
export function sharedBuild(): Promise<SharedBuild> {
  pending ??= buildOrWait(inject('sharedBuildDir'), (outDir) => build({ root, outDir }));
  return pending;
}

/**
 * The pseudo-locale build (Dutch, en-XA and ar-XB: tests/helpers/pseudo-locales.ts),
 * once per run for tests/pseudo.browser.test.ts and tests/presentation.browser.test.ts.
 * Its diagrams are rendered for real (the pages axe checks and the slides
 * measured show them); its PDFs are stand-ins, which neither file looks at.
 */
export function sharedPseudoBuild(): Promise<SharedBuild> {
  pendingPseudo ??= buildOrWait(join(inject('sharedBuildDir'), 'pseudo'), (outDir) =>
    build({ root, outDir, localesDir: writePseudoLocales(join(root, 'locales')), printPdfs: stubPrint }),
  );
  return pendingPseudo;
}

async function buildOrWait(dir: string, make: (outDir: string) => Promise<BuildResult>): Promise<SharedBuild> {
  mkdirSync(dir, { recursive: true });
  const outDir = join(dir, 'output');
  const resultFile = join(dir, 'publication.json');
  const failedFile = join(dir, 'failed.txt');
  let builder = false;
  try {
    mkdirSync(join(dir, 'lock'));
    writeFileSync(join(dir, 'lock', 'pid'), String(process.pid));
    builder = true;
  } catch {
    // Another file is building it.
  }
  if (builder) {
    try {
      const result = await make(outDir);
      writeFileSync(`${resultFile}.tmp`, JSON.stringify({ publication: result.publication, rendered: result.rendered }));
      // Renamed into place, so a waiting file never reads half of it.
      renameSync(`${resultFile}.tmp`, resultFile);
    } catch (error) {
      writeFileSync(failedFile, error instanceof Error ? (error.stack ?? error.message) : String(error));
      throw error;
    }
  } else {
    const started = Date.now();
    while (!existsSync(resultFile)) {
      if (existsSync(failedFile)) throw new Error(`the shared test build failed:\n${readFileSync(failedFile, 'utf8')}`);
      if (!builderAlive(dir)) throw new Error(`the test file building the shared build (${dir}) stopped before it finished: see its error above`);
      if (Date.now() - started > WAIT_MS) throw new Error(`the shared test build did not finish within ${WAIT_MS / 60_000} minutes (${dir})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const { publication, rendered } = JSON.parse(readFileSync(resultFile, 'utf8')) as { publication: Publication; rendered: Rendered };
  return { outDir, siteDir: join(outDir, 'site'), publication, rendered };
}

/** Whether the process that took the lock still runs (a timed-out or crashed test worker leaves the lock behind). */
function builderAlive(dir: string): boolean {
  const pidFile = join(dir, 'lock', 'pid');
  if (!existsSync(pidFile)) return true; // it is just writing it
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}
