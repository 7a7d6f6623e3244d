// "government" and "cabinet" before a person qualify the person by the state as a whole, like
// "U.S. officials": a required `unnamed`, `named: false`, though the story has met "the
// government" before (decision 66 of the labelled sets: "A government spokesperson", "One cabinet
// minister"; namedness.ts, STATE_MODIFIERS). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('the state as a whole qualifies, after "the government" too', () => {
  test.each([
    [
      'Critics said the government had been slow. A government spokesman said the plan was ready.',
      'A government spokesman',
      1,
    ],
    [
      "The levy will add to the government's income. A government spokesperson said it was fair.",
      'A government spokesperson',
      0,
    ],
    [
      'The government has delayed the vote. One cabinet minister said the delay was a mistake.',
      'One cabinet minister',
      0,
    ],
  ])('%s', (text, want, nth) => {
    expect(cueSource(text, 'said', nth)?.slice(0, 2)).toEqual([want, false]);
    expect(spans(text, 'unnamed')).toContain(want);
  });
});

describe('near misses: a named body, or the government as the head', () => {
  test('a council spokesman after the council stays the council’s', () => {
    const text =
      'Tollerby Council has closed the library. A council spokesman said the building was unsafe.';
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual(['A council spokesman', 'partial']);
  });

  test('a spokesman for the government speaks for it', () => {
    const text =
      'The Kelvadian government denies the claim. A spokesman for the Kelvadian government said it was false.';
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([
      'A spokesman for the Kelvadian government',
      'partial',
    ]);
  });
});
