import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in, so that the workers keep both cores busy:
 * first the file that makes the shared build (and then takes longest), next
 * to it the files that make builds of their own and wait for nothing; the
 * quick unit tests after them; the files that only read the shared build last,
 * when it is there (started earlier they would hold a worker while waiting).
 * A file not named here runs with the unit tests.
 */
const FIRST = [
  'tests/site.browser.test.ts',
  'tests/pseudo.browser.test.ts',
  'tests/cli.browser.test.ts',
  'tests/editions.browser.test.ts',
  'tests/releases.browser.test.ts',
  'tests/watch.browser.test.ts',
  'tests/killed-build.browser.test.ts',
  'tests/build.test.ts',
  'tests/render-cache.test.ts',
  'tests/dev-server.test.ts',
  'tests/editions.test.ts',
  'tests/pseudo.test.ts',
  'tests/i18n.test.ts',
  'tests/xliff.test.ts',
  'tests/definition.test.ts',
  'tests/axe-helper.browser.test.ts',
];
/** Longest first, so the run does not end on one long file; web.browser mostly waits (a slow network, a held-back font). */
const LAST = [
  'tests/presentation.browser.test.ts',
  'tests/pdf.browser.test.ts',
  'tests/web.browser.test.ts',
  'tests/pdfua.browser.test.ts',
  'tests/site.test.ts',
  'tests/checklist.browser.test.ts',
  'tests/scorm.browser.test.ts',
  'tests/flowchart.browser.test.ts',
  'tests/polish.browser.test.ts',
  'tests/render-cache.browser.test.ts',
  'tests/scorm-package.test.ts',
  'tests/web.test.ts',
];

class SharedBuildFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const file = relative(this.ctx.config.root, spec.moduleId).replaceAll('\\', '/');
      const first = FIRST.indexOf(file);
      if (first >= 0) return first;
      const last = LAST.indexOf(file);
      return last >= 0 ? FIRST.length + 1 + last : FIRST.length;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // A timeout guards against a hang, not a speed: speed is the bench's.
    // Builds and browser tests take seconds on a quiet 2-core machine, but a
    // CPU-bound test (QR codes read from rendered cards) took over 60 s at a
    // load of 20 on two cores, and failed a good change.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // One real build per run, shared by the test files that read its output.
    globalSetup: ['tests/global-setup.ts'],
    // Three test files at a time, browser files included (at most three
    // Chromiums): a browser test mostly waits on Chromium, a build on its
    // browser, so a third file fills the waits of the other two on a 2-core
    // machine. Vitest would give 1 worker to 2 cores.
    maxWorkers: 3,
    sequence: { sequencer: SharedBuildFirst },
    projects: [
      // The unit tests build nothing and keep no state between files: one worker
      // imports the source once for all of them instead of once per file.
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['**/*.browser.test.ts'], isolate: false } },
      { extends: true, test: { name: 'plain', include: ['tests/**/*.test.ts'], exclude: ['**/*.browser.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['src/**/*.browser.test.ts', 'tests/**/*.browser.test.ts'] } },
    ],
  },
});
