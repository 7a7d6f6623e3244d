/**
 * The plural of an adjective of political stance is a noun for the people who hold it: "a
 * handful of moderates could sink the bill", "conservatives in the House could still block it".
 * Like "hardliners" and "militants", they are a role that acts (the lexicon's `role`
 * class). Left alone: the adjective before its noun ("moderate voters", a phrase with another
 * head). "radicals" (chemistry's) and "independents" (shops) are things too often: not added.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('people named by their political stance', () => {
  test.each([
    ['A senior aide said a handful of moderates could sink the bill.', 'a handful of moderates'],
    [
      'Two aides warned that conservatives in the House could still block the deal.',
      'conservatives in the House',
    ],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });

  test.each([
    ['Moderate voters in the suburbs decided the election.', 'Moderate voters'],
    ['The party lost support among progressive voters.', 'progressive voters'],
  ])('not: %s', (text, span) => {
    expect(spans(text, 'unnamed')).not.toContain(span);
  });
});
