import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// position.ts's `marketMove`: `rallied` before a place or a side tells of people gathering, not of
// a price, so its subject acts (a sector rallies by a figure or in trading)
describe('people who rallied somewhere are actors; a sector that rallied is not', () => {
  test.each([
    ['Nurses rallied outside the hospital on Monday.', 'Nurses'],
    ['Supporters rallied behind the striking drivers at the depot.', 'Supporters'],
    ['Teachers rallied at the town hall on Saturday.', 'Teachers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['Lenders rallied 3% in afternoon trade.', 'Lenders'],
    ['Miners rallied in early trading after the copper price rose.', 'Miners'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
