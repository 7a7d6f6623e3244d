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
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'dist/**', 'extension/**', 'node_modules/**'],
  },
});
