/**
 * A group whose verb comes after a non-restrictive aside set off by commas (position.ts,
 * `pastNonRestrictive`): the aside describes the group, and the verb after the closing comma is
 * still the group's. What the guideline and eval/labelled/DECISIONS.md require: a group that acts
 * in the story is a required `unnamed` (decisions 85, 125); the aside changes nothing, and what
 * the group would not be flagged for without it (a state, a loss, the future) stays unflagged.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group acts past a relative clause, a share or an inclusion set off by commas', () => {
  test.each([
    [
      'Parents at Fenwick Lane Primary, which stands beside a dual carriageway, have campaigned for a crossing.',
      'Parents at Fenwick Lane Primary',
    ],
    [
      'Worshippers at St Brendan’s, one of the parishes on the closure list, have begun collecting signatures.',
      'Worshippers at St Brendan’s',
    ],
    [
      'Holders of the lender’s bonds, including several pension funds, are organising to block the sale.',
      'Holders of the lender’s bonds',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a loss, the future, a state: the aside does not make them act
    ['Tenants of the Marlow estate, which was built in 1962, have lost their deposits.', 'Tenants'],
    [
      'Commuters on the northern line, which carries 40,000 people a day, will pay more from May.',
      'Commuters',
    ],
    [
      'Pensioners in the town, where the bank closed last year, were left without cash.',
      'Pensioners',
    ],
    // a quotation's speaker's people
    ['"Tenants, who pay on time, deserve better," she said.', 'Tenants'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
