// A new, indefinite holder of a political post who acts is a holder the story does not name
// (decisions 56, 66 and 172 of the labelled sets: "A government minister", "a junior minister").
// `minister` and `whip` are known only as credited (find-unnamed.ts, POLITICAL_POSTS); found with
// scripts/probe-politics.ts. The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an indefinite political post that acts is unnamed', () => {
  test.each([
    ['A junior minister voted against the bill on Tuesday.', 'A junior minister'],
    ['A government minister blocked the plan last week.', 'A government minister'],
    ['One cabinet minister resigned in protest on Monday.', 'One cabinet minister'],
    ['The amendment was drafted by a junior minister.', 'a junior minister'],
    ['A minister was arrested at his home in the capital.', 'A minister'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a predicate, a title given, a post named in apposition, a meeting's other side
    'She was a junior minister for two years.',
    'He became a junior minister in 2019.',
    'He served as a minister under the last government.',
    'She was appointed a junior minister in the reshuffle.',
    'A minister, Ana Ruiz, blocked the plan.',
    'The prime minister met a junior minister on Tuesday.',
    'The post of a junior minister was cut.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
