/**
 * The source after `according to` keeps a document's by-phrase inside one span (decision 134 of
 * the labelled sets: "a survey of agents by the estate firm Callow & Reed" is named), and a name
 * in apposition to the issuer after a participle of issuing closes it; an outlet that obtained
 * the document never names it (decision 68). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a by-phrase on the document after according to', () => {
  test.each([
    [
      'Rents rose by a tenth, according to a survey of landlords by the lettings firm Harrow Lane.',
      'a survey of landlords by the lettings firm Harrow Lane',
      true,
    ],
    [
      'The river failed its tests, according to an analysis of samples by the Lenn Trust.',
      'an analysis of samples by the Lenn Trust',
      true,
    ],
    [
      'Turnout fell, according to a tally of ballots by the Kesh Monitoring Group.',
      'a tally of ballots by the Kesh Monitoring Group',
      true,
    ],
    [
      'The vote was rigged, according to a post on social media by a local candidate.',
      'a post on social media by a local candidate',
      false,
    ],
    [
      'Output slumped, according to a review of plant records by independent engineers.',
      'a review of plant records by independent engineers',
      false,
    ],
  ])('%s', (text, source, named) => {
    expect(cueSource(text, 'according to')?.slice(0, 2)).toEqual([source, named]);
  });
});

describe('a name in apposition to the issuer', () => {
  test.each([
    [
      'Sales fell, according to figures released by the trade body, Retail Forum, on Monday.',
      'figures released by the trade body, Retail Forum',
      true,
    ],
    [
      'Waiting lists grew, according to data published by the regulator, Ofcare.',
      'data published by the regulator, Ofcare',
      true,
    ],
    // an outlet that obtained the document is no issuer
    [
      'The vote was 34 to 29, according to internal emails obtained by the student newspaper, the Varsity Ledger.',
      'internal emails obtained by the student newspaper',
      false,
    ],
  ])('%s', (text, source, named) => {
    expect(cueSource(text, 'according to')?.slice(0, 2)).toEqual([source, named]);
  });
});
