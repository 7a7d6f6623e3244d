/**
 * A definite time phrase between a subject and its verb (`at the time`, `over the weekend`, `in
 * the morning`) is crossed like `last week`: the subject stays the phrase before it. Every
 * sentence is invented.
 */
import { expect, test } from 'vitest';
import { analyze } from '../analyze';

test.each([
  ['A report published at the time rated the school as failing.', 'rated', 'A report'],
  ['An audit completed over the weekend found that funds were missing.', 'found', 'An audit'],
  ['Officials at the time said the bridge was safe.', 'said', 'Officials'],
  ['Two inspectors in the morning said the site was closed.', 'said', 'Two inspectors'],
])('%s', (text, cue, source) => {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  expect(f?.source && text.slice(f.source.start, f.source.end)).toBe(source);
});
