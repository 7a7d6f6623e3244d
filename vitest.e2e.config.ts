/**
 * End-to-end tests: the built extension (extension/chrome, extension/firefox) in real browsers. One browser at a
 * time (one worker, no file parallelism), with timeouts long enough for a browser
 * to start on a busy machine. `npm run test:e2e` builds first.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
    // Print what each test found (lint warnings, timings, skip reasons).
    reporters: ['verbose'],
  },
});
