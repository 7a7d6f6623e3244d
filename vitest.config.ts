/**
 * Unit tests: the `*.test.ts(x)` files next to the code they test. The end-to-end
 * tests of the built extension have their own config (vitest.e2e.config.ts).
 */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The popup and options tests render Preact components: JSX must compile to Preact.
  plugins: [preact()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    exclude: ['test/e2e/**', 'dist/**', 'extension/**', 'node_modules/**'],
    // No unit test is timed (speed lives in the benchmarks): a test that analyses a few hundred
    // kilobytes takes ~4 s on a quiet 2-core machine, and three times that when it is shared.
    testTimeout: 60_000,
    // (the unnamed detector's gate checked against `reason` on every phrase it refuses)
    setupFiles: ['src/engine/test-setup.ts'],
  },
});
