/**
 * Plurals of organisation nouns whose singular the lexicon lists (`county`, `publication`,
 * `studio`, `regime`, `railroad`, ...; actor-nouns.json `organisation`): bodies that act or are
 * relied on, as the singular's are, and candidates that pass or fail the same gates. Not the
 * plurals that are mostly places or parts of a body in news (`schools`, `departments`: "Schools
 * will reopen", "Emergency departments remained open"), left out. The sentences are invented;
 * each `unnamed` below fails without the plural.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a plural of an organisation noun is an unnamed body that acts or is relied on', () => {
  test.each([
    ['Two other counties are reported to have made offers for the bowler.', 'Two other counties'],
    [
      'The film was recut late in production, according to trade publications.',
      'trade publications',
    ],
    ['Rival studios are said to be bidding for the rights.', 'Rival studios'],
    [
      'Smaller regimes in the region have quietly backed the plan, diplomats say.',
      'Smaller regimes in the region',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('a plural body that does not act stays unflagged', () => {
  test.each([
    ['Heavy snow closed roads in three counties on Monday.', 'three counties'],
    ['He has worked for several railroads since 1990.', 'several railroads'],
    ['The corporations lobbied hard against the rule.', 'The corporations'],
  ])('%s', (text, notWant) => {
    expect(spans(text, 'unnamed')).not.toContain(notWant);
  });
});
