// A state body marked only as foreign withholds which state is behind the story, wherever it
// stands in its clause (the guideline's "a foreign intelligence agency"; foreign-bodies.ts). The
// sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a state body marked only as foreign', () => {
  test.each([
    [
      'A clerk at the shipyard was arrested on suspicion of handing radar plans to a foreign intelligence service.',
      'a foreign intelligence service',
    ],
    [
      'The stolen files were later offered to a foreign government, the report said.',
      'a foreign government',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // a class of states in general
    ['The new law bans gifts to politicians from foreign governments.', 'governments'],
    // another head: a delegation of a foreign government
    ['The mayor met a foreign government delegation on Tuesday.', 'delegation'],
    // a definite body the story knows
    ['He denied working for the foreign intelligence service.', 'service'],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
