// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'extension/', 'node_modules/', '.tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Never put page or user text into innerHTML and friends.
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { drop, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes; never parse page or user text.' },
        { property: 'outerHTML', message: 'Build DOM nodes; never parse page or user text.' },
      ],
    },
  },
  {
    // The engine is pure: no DOM, no browser, no storage.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'browser',
        'chrome',
        'indexedDB',
        'localStorage',
        'fetch',
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['webextension-polyfill', 'idb', 'preact', '**/content/**', '**/shared/**'] },
      ],
    },
  },
  {
    // Only src/shared/browser.ts may import the polyfill.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/shared/browser.ts', 'src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Import from src/shared/browser.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'test/**', 'src/cli/**', '*.config.*', '**/*.test.ts', '**/*.test.tsx'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
