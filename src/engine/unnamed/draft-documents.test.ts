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
