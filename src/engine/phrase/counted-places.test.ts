import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A group placed in a counted set of places or bodies (phrase-starting.ts countedPlaces): the
// phrase runs over "in at least four states", as it does over "in the village".

describe('people placed in a counted set of places or bodies', () => {
  test.each([
    [
      'Farmers in at least four states have refused to let inspectors test their herds.',
      'Farmers in at least four states',
    ],
    [
      'Parents in more than 30 districts have filed complaints about the tests.',
      'Parents in more than 30 districts',
    ],
    [
      'Tenants in at least two counties have stopped paying rent, organisers said.',
      'Tenants in at least two counties',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a time or a quantity after the preposition is not a place
    ['Residents in at least two years have not seen a bus.', 'Residents in at least two years'],
    ['The charity sent nurses for more than 800 inmates.', 'nurses for more than 800 inmates'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
