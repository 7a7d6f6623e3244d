import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a definite body described, with no name before it to be, is unnamed', () => {
  test.each([
    ['The fund, which manages about $40 billion, has also approached a rival bidder.', 'The fund'],
    [
      'The supplier, a family-owned firm in the north, has since stopped shipping parts.',
      'The supplier',
    ],
    [
      'The developer, whose name has not been released, has applied for permission again.',
      'The developer',
    ],
    ['The team, based at a university in the south, has shared its data.', 'The team'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a name before it: the body it points back to
    [
      'Harlow Capital is bidding. The fund, which manages about $40 billion, declined to comment.',
      'The fund',
    ],
    // not described: a unique body or the story's subject, whose antecedent cannot be known
    ['The ministry rejected all three bids on cost grounds.', 'The ministry'],
    ['The company lost $310 million last year, according to its annual report.', 'The company'],
    // a country's unique institution
    ['The government, which took office in May, has cut the budget.', 'The government'],
    // not acting
    ['The firm, which employs 40 people, was fined last week.', 'The firm'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
