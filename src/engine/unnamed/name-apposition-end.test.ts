import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a description in apposition to a name, with a reduced relative to the sentence's end", () => {
  test.each([
    'The app was built by Tallow Systems, a software company based in Leeds.',
    'The drug is made by Verin Pharma, a generic maker headquartered in Basel.',
    'Quellin, a delivery start-up once valued at $1bn, has collapsed.',
    'She sold the land to Marsh Farms, a dairy business founded in 1950.',
    'The contract went to Orlen Build, a contractor registered in Cyprus.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // no name before the comma, or a verb after the relative: a new clause's subject
    [
      'After meeting Okafor, a senior official briefed on the talks said the deal was close.',
      'a senior official briefed on the talks',
    ],
    ['Harrow said a company based in Leeds had made an offer.', 'a company'],
    ['The offer came from a rival, a firm based in Leeds, officials said.', 'officials'],
    ['After the vote, a councillor opposed to the plan resigned in protest.', 'a councillor'],
    ['On Monday, a firm based in the city made an offer.', 'a firm'],
    ['A bidder, a firm based in Leeds, made an offer.', 'a firm'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
