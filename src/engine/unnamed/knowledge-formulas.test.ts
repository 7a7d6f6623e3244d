import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Anonymity formulas whose basis is awareness or acquaintance, as the wires write them ("people
// aware of the plans", "a person acquainted with the matter"): the guideline's "sources familiar
// with the matter", the post-modifier kept in the span (scripts/probe-sources-anon.ts).
describe('"aware of" and "acquainted with" make an anonymity formula', () => {
  test.each([
    ['People aware of the plans said the deal was close.', 'People aware of the plans'],
    [
      'Two people aware of the talks told Reuters the bid would be raised.',
      'Two people aware of the talks',
    ],
    [
      'The bank is weighing a sale, according to people acquainted with the matter.',
      'people acquainted with the matter',
    ],
    [
      'A person acquainted with the discussions said no price had been agreed.',
      'A person acquainted with the discussions',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a predicate, and a named person: no one withheld
    ['He was aware of the plans, his lawyer said.', 'aware'],
    ['Ana Ruiz, who is aware of the plans, said the deal was close.', 'Ana Ruiz'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').some((s) => s.includes(word))).toBe(false);
  });
});
