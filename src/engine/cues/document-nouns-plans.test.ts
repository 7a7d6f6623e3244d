/**
 * Documents the lexicon lacked (lexicon/actor-nouns.json `document`): a strategy lays out what it
 * proposes like a memo (decision 34's "sets out"), and rankings, tallies, a projection and reviews
 * find or show like a poll (decisions 10, 142). A strategy that works, a review someone writes and
 * rankings that are updated say nothing.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('strategies, rankings, tallies, projections and reviews as documents', () => {
  test.each([
    ['The strategy sets out how the council will cut costs.', 'sets out'],
    [
      'The new strategy, published on Monday, sets out how the trust will cut waiting lists.',
      'sets out',
    ],
    ['The latest rankings show the university slipping to 40th.', 'show'],
    ['Early tallies suggest a swing of around 6% to the Greens.', 'suggest'],
    ['The projection shows a deficit of £2bn by 2030.', 'shows'],
    ['Independent reviews found serious failings at the hospital.', 'found'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    "The club's strategy worked well in the second half.",
    'The rankings were updated on Friday.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
