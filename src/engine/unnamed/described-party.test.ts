import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a deal party described but not named is withheld', () => {
  test.each([
    ['One of the people said the buyer was likely to be a Gulf sovereign fund.', 'the buyer'],
    ['The buyer, understood to be a Canadian pension fund, is new to the market.', 'The buyer'],
    [
      'Bankers said the purchaser was a family office based in Zurich and had outbid two rivals.',
      'the purchaser',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a description that names, an adjective, a generic party, and other definite people
    ['The buyer was Harlan Capital, the filing shows.', 'The buyer'],
    ['The buyer was keen to close the deal quickly.', 'The buyer'],
    ['The buyer pays the stamp duty in most property sales.', 'The buyer'],
    ['The singer was a mother of two.', 'The singer'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
