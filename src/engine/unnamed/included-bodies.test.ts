import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Bodies a group or a list is said to include (included-bodies.ts): new bodies counted among the
// parties of a deal, a bid or a campaign, known only by the description.

describe('bodies a group includes', () => {
  test.each([
    [
      'The bidders include a rival drinks company, two people close to the sale said.',
      'a rival drinks company',
    ],
    [
      'The consortium includes a Nordic pension fund and at least one family office, the people said.',
      'a Nordic pension fund',
    ],
    [
      'The consortium includes a Nordic pension fund and at least one family office, the people said.',
      'at least one family office',
    ],
    [
      'Opponents of the bypass included a local history society and several parish councils.',
      'several parish councils',
    ],
    [
      'Lenders to the project are understood to include a state-owned bank and a regional insurer.',
      'a regional insurer',
    ],
    [
      'It faces a rival offer from a group of investors that includes a Gulf sovereign fund.',
      'a Gulf sovereign fund',
    ],
    [
      'Backers of the new stadium have included two construction firms, according to filings.',
      'two construction firms',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // people on a panel are its members, not parties it withholds
    ['The contract was awarded by a panel that included two former dockers.', 'two former dockers'],
    // a definite body met before
    ['The shortlist includes the airline, which bid last year.', 'the airline'],
    // things, not bodies
    ['The package includes a clause on overtime pay.', 'a clause'],
    // not `include`: a body only mentioned
    ['The chain sold a stake to its founders in 2019.', 'a stake'],
    // `including` after a group is left to the other rules
    ['Parents, including a teacher at the school, had complained.', 'a teacher at the school'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
