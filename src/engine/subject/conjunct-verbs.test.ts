/**
 * The speaker of a reporting verb after `and`/`but` when the verb nearest before it is no
 * conjunct of the speaker's: a free relative's verb inside the object ("rejected what it called
 * “lies” and said"), a reduced relative's participle after an object ("matched a sample taken
 * at the farm, but cautioned"), a content verb whose subject cannot report ("said the flood
 * showed ..., and accused"), a past content verb before a present reporting verb ("denies that
 * its guards used force and says"); and a content with a whole quotation inside still runs to
 * its comma. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the speaker of a conjunct reporting verb', () => {
  test.each([
    [
      'The ministry dismissed what it called "wild guesses" and said the plant was safe.',
      'said',
      'The ministry',
    ],
    [
      'Port officials have condemned what they called "reckless crews" working at night, and said a review was under way.',
      'said',
      'Port officials',
    ],
    [
      'The vet said tests on three cows matched a sample taken at the farm, but cautioned that results were early.',
      'cautioned',
      'The vet',
    ],
    [
      'Farm groups said the flood showed the need for new banks, and accused the agency of neglect.',
      'accused',
      'Farm groups',
    ],
    [
      'The Coastal Safety Board said its early work pointed to "a chain of small errors", but cautioned that its final report was months away.',
      'cautioned',
      'The Coastal Safety Board',
    ],
    [
      'The consulate denies that its guards used tear gas and says the footage was edited.',
      'says',
      'The consulate',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near misses: a subject's own past verb before a preposition, and a content verb with no
  // reporting verb of its own before the comma
  test.each([
    [
      'The panel found in its review that the wall was weak, but cautioned that repairs were possible.',
      'cautioned',
      'The panel',
    ],
    ['She said the talks had stalled, and warned that a strike was likely.', 'warned', 'She'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
