import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A body known only by its rank in a place or a market is unique but not named: ANNOTATION.md's
// "whose identity the text does not give" (decision 229's "the region's largest cannery",
// decision 159's never-named distributor), unless a name stands beside it.
describe('a body known only by its rank is unnamed when it acts', () => {
  test.each([
    ['Lismar’s largest private health insurer plans to drop two hospital chains.', 'largest'],
    ['Varnholm’s biggest shipyard has been accused of covering up a fire.', 'biggest shipyard'],
    ['Two of Ostrava’s largest hospital groups have quietly raised prices.', 'hospital groups'],
    ['Ambrosa’s two biggest grain exporters have stopped signing new contracts.', 'exporters'],
    ['Corvia’s second-largest lender has frozen the accounts, a banker said.', 'lender'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a name in apposition gives the identity
    ['Pilots at Skylane, Meridia’s second-largest airline, will walk out on Friday.', 'airline'],
    ['The country’s largest teachers’ union, the NTU, said it would strike.', 'union'],
    ['Acme, the country’s largest insurer, said it would appeal.', 'insurer'],
    // no rank: a named body's own unit is its own
    ['Acme’s insurance arm has raised its prices.', 'arm'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
