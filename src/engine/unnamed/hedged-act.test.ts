import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group whose particular act a hedge reports is unnamed', () => {
  test.each([
    ['Airport managers have reportedly started turning away charter flights.', 'Airport managers'],
    ['Some wholesalers are reportedly hoarding stock ahead of the tax rise.', 'Some wholesalers'],
    ['Rival bidders reportedly walked away from the auction in March.', 'Rival bidders'],
    ['Several regional lenders have allegedly been charging hidden fees.', 'regional lenders'],
    ['Bus drivers have reportedly begun refusing overtime on the night routes.', 'Bus drivers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a class in general, a state, a passive, a document's claim, no people
    'Wholesalers reportedly earn more than twice the retail margin.',
    'Bus drivers are reportedly unhappy with the new rota.',
    'Shop workers were reportedly told to stay at home.',
    'Prices have reportedly risen by a third since June.',
    // a name shaped like a plural noun
    'Summers reportedly closed the deal in March.',
    'Walters has reportedly signed a new contract.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
