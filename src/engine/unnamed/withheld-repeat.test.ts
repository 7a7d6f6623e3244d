import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a definite person the entities file as named whose own words withhold it', () => {
  test.each([
    // filed under a named investor met before, yet the phrase asks not to be named
    [
      'Shares of Tallis Moor rose after activist investor Greyfield Capital built a stake. "He has done well," said a fund manager at one of the company\'s largest investors. The investor asked not to be named because talks are continuing.',
      'The investor',
    ],
    [
      'Corvane hired auditor Brisk & Hale last year. "The numbers did not add up," said a partner at one of the other auditors. The auditor asked not to be named because the review is continuing.',
      'The auditor',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a repeat of the named person with no withholding of its own stays named
    [
      'Ana Ruiz, a ministry official, said the plan was final. The official declined to comment further.',
      'The official',
    ],
    // another party's withholding beside a definite repeat (decision 229)
    [
      'Shares of Tallis Moor rose after activist investor Greyfield Capital built a stake. The investor said it had asked the board not to name the buyer.',
      'The investor',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('a demonstrative repeat of people credited or marked anonymous', () => {
  test.each([
    [
      'The insurer had been pressing the union to accept the offer, these people said.',
      'these people',
    ],
    [
      'Two aides said the vote would be close. This aide, who asked not to be named, said it would pass.',
      'This aide',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // neither credited nor withheld: a demonstrative that points, not a repeat of a source
    ['The minister said this official had been warned twice.', 'this official'],
    ['"These officials have no idea," said Ana Ruiz, a ministry adviser.', 'These officials'],
    // a body, not people
    ['The union said these companies had ignored the safety rules.', 'these companies'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
