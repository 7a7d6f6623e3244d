/**
 * A plural occupation that opens a clause before a plain present or past verb the word lists do
 * not know (plain-verbs.ts): the position reads it as the verb's subject, so an occupation that
 * acts there is an unnamed actor (the guideline's "acts, speaks or is relied on"); the same
 * people only described, in a generic present or in a frame that is no clause, stay unflagged
 * (decisions 17, 99, 125 of eval/labelled/DECISIONS.md; counted-states.ts).
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a plural occupation before a plain verb acts', () => {
  test.each([
    [
      'Yes, but: several shop owners oppose the plan and have threatened to sue.',
      'several shop owners',
    ],
    [
      'Curators at first missed the tear, which came to light only after a visitor complained.',
      'Curators',
    ],
    ['Not everyone was convinced. Several nurses left in his first year.', 'Several nurses'],
    [
      "A neighbour fumed: 'The roofers start drilling at 6am and nobody does anything.'",
      'The roofers',
    ],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });
});

describe('the same nouns that do not act stay unflagged', () => {
  test.each([
    // a need, a cost ahead, a generic present (counted-states.ts reads them once they are subjects)
    ['Several builders need help with the paperwork.', 'builders'],
    // a present of receiving or having: no act ("the shareholders receive the cash")
    ['Once the sale closes, the shareholders receive the proceeds.', 'the shareholders'],
    ['Electricians in the region earn about 40,000 a year.', 'Electricians'],
    // no clause opens before the noun: an object
    ['The council hired several roofers last spring.', 'roofers'],
    // a bare plural before a present: the class in general
    ['"Investors hate a leadership vacuum," the analyst said.', 'Investors'],
    // a negated verb
    ["He turned the honour down because 'the steelworkers never got one.'", 'steelworkers'],
    // an undergoing passive
    ['Several nurses were treated for smoke inhalation.', 'nurses'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
