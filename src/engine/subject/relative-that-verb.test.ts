/**
 * A past verb after a relative `that` which follows a noun is the relative clause's verb ("A team
 * that lost said"), not a phrase opened by the demonstrative `that` ("that lost"): the subject is
 * the noun before `that`. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a past verb after a relative that', () => {
  test.each([
    ['A bidder that lost said it was disappointed.', 'said', 'A bidder'],
    ['A team that won said the result was fair.', 'said', 'A team'],
    ['One supplier that quit told the paper it had not been paid.', 'told', 'One supplier'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near misses: `that` after a verb opens the content, and a demonstrative before a noun
  test.each([
    ['The club said that set was the best of the night.', 'said', 'The club'],
    [
      'Officials say that lost ground will be hard to win back, the minister said.',
      'said',
      'the minister',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
