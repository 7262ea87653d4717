import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// Two projects: everything in plain Node, and the renderer's components in happy-dom.
// `.ci/run` sets MPE_TEST_RESULTS to read the counts from vitest's JSON reporter.
// Before any test, test/setup/requirements.ts prints one line per group of tests this machine cannot run
// (a missing peer tool, the extra real data) saying what to install, and fails the run in CI.
const results = process.env.MPE_TEST_RESULTS;

export default defineConfig({
  test: {
    reporters: results ? ['default', ['json', { outputFile: results }]] : ['default'],
    globalSetup: ['test/setup/requirements.ts'],
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/renderer/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.ts'],
          environment: 'happy-dom',
          // A hang guard, as in the node project: the 20 MB base64 round trip takes seconds on a loaded machine.
          testTimeout: 30_000,
          setupFiles: ['test/renderer/setupLayout.ts'],
          // The real engine's answers on the sample hive, built once per run for the fake transport.
          globalSetup: ['test/helpers/engineAnswers.ts'],
        },
      },
    ],
  },
});
