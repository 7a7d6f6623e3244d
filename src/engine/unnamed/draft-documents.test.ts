import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

// Documents with no issuer in the phrase are unnamed (ANNOTATION.md; decisions 14, 69 and 105):
// a draft of a rule, an agreement or a proposal that reached the outlet was no document to the
// lexicon ("rule", "agreement" and "proposal" are no heads alone; "draft" was only a modifier).
describe('drafts of rules, agreements and proposals are documents', () => {
  test.each([
    [
      'A draft agreement seen by The Chronicle commits the countries to spending more.',
      'A draft agreement',
    ],
    [
      'The rules will be tightened, according to a draft rule obtained by The Bulletin.',
      'a draft rule',
    ],
    ['Fees would be capped, according to a draft proposal seen by the paper.', 'a draft proposal'],
  ])('%s', (text, phrase) => {
    expect(unnamed(text).join(' | ')).toContain(phrase);
  });

  test('a draft the story only acts on stays quiet', () => {
    expect(
      unnamed('Lawmakers in Kelm approved the draft legislation on Tuesday.').join(),
    ).not.toContain('draft');
    expect(unnamed('The office will close until further notice, the council said.')).toEqual([]);
  });
});

// A draft or copy of a named body's document takes the body's namedness; the outlet that saw it
// never counts (decision 68 of the labelled sets: "A draft of the office's findings", "A draft of
// the Agriculture Ministry's report"). One of a document, of people or of an indefinite body keeps
// its issuer unknown ("a copy of the review's summary").
describe("a draft or copy of a named body's document", () => {
  test.each([
    "A draft of the Ferrow Water Board's spending plan, seen by the Gazette, cuts repairs by a third.",
    "A copy of the ministry's internal review, obtained by the Ledger, says the scheme overran.",
    "A draft of Pellam Motors' annual report, which was seen by the Wire, shows a loss.",
  ])('%s', (text) => {
    expect(unnamed(text).join(' | ')).not.toMatch(/draft|copy/i);
  });

  test.each([
    [
      "A copy of the inquiry's summary obtained by the Ledger recommends closing the ward.",
      "A copy of the inquiry's summary",
    ],
    [
      "A draft of a company's annual report, seen by the Post, shows a loss.",
      "A draft of a company's annual report",
    ],
    [
      "A copy of the auditors' report, seen by the Post, shows a loss.",
      "A copy of the auditors' report",
    ],
  ])('%s', (text, phrase) => {
    expect(unnamed(text)).toContain(phrase);
  });
});
