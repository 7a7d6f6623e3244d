import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// "which the people declined to name": the sources met again, keeping a name back (decisions 7
// and 163 of the labelled sets: a sourcing noun is a required repeat in a sentence of its own)
describe('the people who keep back a name are the sources again', () => {
  test.each([
    [
      'A second lender, which the people declined to name, has also walked away, they said.',
      'the people',
    ],
    ['The distributor, which the person did not name, had missed three deliveries.', 'the person'],
    ['The fund, whom the sources would not identify, is said to hold a 9% stake.', 'the sources'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a passive tells of a thing whose origin is unknown; "the people" of a place are no sources
    'The source of the blaze has not been identified.',
    'The people of Marrowby have not been told when the bridge will reopen.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
