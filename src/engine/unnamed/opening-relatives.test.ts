/**
 * A sentence's opening occupation picked out by a relative clause of its own past act
 * (opening-relatives.ts): the clause carries the deed, so the person is a withheld actor whatever
 * the main clause does with them (decisions 70, 120 and 229 of eval/labelled/DECISIONS.md). One
 * known by what befell them stays unflagged (decision 102).
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an opening occupation with a relative clause of its own act', () => {
  test.each([
    ['The dealer who sold the painting is under investigation, officials said.', 'The dealer'],
    ['The referee who ran the match has been stood down, the league said.', 'The referee'],
    ['The plumber who fitted the boiler has been fined, the court heard.', 'The plumber'],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });
});

describe('what befell them is no act', () => {
  test.each([
    ['The nurses who were hurt in the crash are recovering.', 'nurses'],
    ['The miners who died in the blast were buried on Friday.', 'miners'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
