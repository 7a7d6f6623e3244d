import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a firm a body hires or retains is not an unnamed actor', () => {
  test.each([
    'The startup has retained an investment bank to field offers.',
    'The council said it had hired an outside firm to review the contracts.',
    'The losing candidate has reportedly hired a second legal team.',
    'The airline retained two consultancies last spring to cut costs.',
    'The ministry has quietly engaged a recruitment agency to find a new director.',
    'Last week the club hired a debt collection agency.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // the hired firm credited with a claim is a source again
    [
      'The board hired an outside law firm, which concluded that no rules had been broken.',
      'an outside law firm',
    ],
    // hired advisers stay a party the body engaged (anon set-a requires them)
    ['Tessary has hired advisers to explore a sale of the unit.', 'advisers'],
    // the other party of a deal still withholds who acts with the body
    ['The club is in advanced talks with a Gulf investment fund.', 'a Gulf investment fund'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
