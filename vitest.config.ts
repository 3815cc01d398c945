import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Builds and browser tests take seconds on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One real build per run, shared by the test files that read its output.
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'plain', include: ['src/**/*.test.ts', 'tests/**/*.test.ts'], exclude: ['**/*.browser.test.ts'] } },
      // One Chromium at a time: browser test files run one after another.
      { extends: true, test: { name: 'browser', include: ['src/**/*.browser.test.ts', 'tests/**/*.browser.test.ts'], fileParallelism: false } },
    ],
  },
});
