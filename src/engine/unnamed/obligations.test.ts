import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a class under a rule is no withheld actor', () => {
  test.each([
    'Under the new rules, landlords must notify tenants a month in advance.',
    'Employers should tell staff about the change before April.',
    'Officials are required to declare gifts over £50.',
    'A defendant is entitled to a fair trial.',
    'Under the code, a lawyer has the right to see the evidence.',
    'Drivers must inform police of any accident within 24 hours.',
    'Under the code, a broker must disclose any conflict of interest.',
    'Contractors have a legal duty to report unsafe scaffolding.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // the same nouns as particular actors: acting, counted or credited
    ['Landlords told the council they would fight the rule.', 'Landlords'],
    ['Two landlords must now repay the deposits.', 'Two landlords'],
    ['A broker said the rule would cost firms millions.', 'A broker'],
    ['Several employers should have known, one regulator said.', 'one regulator'],
    ['Drivers reported the fault to the depot in March.', 'Drivers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
