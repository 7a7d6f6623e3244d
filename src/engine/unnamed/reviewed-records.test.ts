// The records a named party's review went through are documents relied on whose issuer the text
// does not give (decision 68 and its point on anon ah136) (reviewed-records.ts). Invented
// sentences.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('the records inside a named review', () => {
  test.each([
    ['A Courier analysis of court records found that the landlord had been fined twice.', 'court'],
    [
      'According to a Ledger review of county property records, investors bought one in four homes.',
      'county property records',
    ],
    ["The Tribune's analysis of federal data shows waiting times rose by a third.", 'federal data'],
    [
      'An Evening Star examination of payroll files, seen in full, found 40 ghost workers.',
      'payroll files',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // records tied to someone, a review no name owns (the phrase as a whole is the document
    // rules' to judge), a thing reviewed that is no document, a document noun that only modifies
    // another
    ["A Courier review of the company's filings found no mention of the loans.", 'filings'],
    ['A Courier review of its own filings found no mention of the loans.', 'own filings'],
    ['An analysis of campaign filings found that donors gave $4 million.', 'campaign filings'],
    ['The Courier review of university admissions found a fall in applications.', 'admissions'],
    ['A Courier review of records systems at the hospital found several gaps.', 'records'],
    ['A Courier review of Harwick county records found no permit.', 'Harwick'],
  ])('%s', (text, inner) => {
    expect(spans(text, 'unnamed').filter((x) => x.startsWith(inner.split(' ')[0]!))).toEqual([]);
  });
});
