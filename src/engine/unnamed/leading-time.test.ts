import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group that acts after an opening time with no comma', () => {
  test.each([
    ['Last month Harwick fans booed the side off after a home draw.', 'Harwick fans'],
    ['On Saturday residents blocked the road to the quarry.', 'residents'],
    ['In March farmers dumped manure outside the ministry.', 'farmers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the public, and a group that only arrives (decision 85)
    'On Saturday voters elected a new council.',
    'Last month relatives gathered at the school.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
