import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

// A kind given only as the measure something is judged by is no actor (decisions 71 and 90).
describe('a body of a kind as a measure', () => {
  test.each([
    ['Analysts said the penalty was small for a lender of its size.', 'lender'],
    ['"For a retailer this size, it is pocket money," Dana Holt said.', 'retailer'],
    ['The transfer fee is a record for a club of that stature.', 'club'],
    ['The penalty looked steep for a charity whose income fell last year.', 'charity'],
    [
      'Analysts said the bill was manageable for an insurer that earned 2 billion last year.',
      'insurer',
    ],
  ])('%s', (text, word) => {
    expect(unnamed(text).join(' | ')).not.toContain(word);
  });

  test('another actor in the sentence stays flagged', () => {
    expect(unnamed('A lender of its size was fined last year, a regulator said.')).toContain(
      'a regulator',
    );
  });
});

// A lone `-ing` word between a comma and `that` opens a participle clause; a document there would
// have its determiner ("a ruling that").
describe('a participle after a comma is no document', () => {
  test.each([
    'A state judge on Monday ordered the nurses back to work, ruling that the strike broke their contract.',
    'A judge in Kelm blocked the eviction, ruling that the landlord had acted unlawfully.',
    'The tribunal upheld the fine, finding that the firm had misled customers.',
  ])('%s', (text) => {
    expect(unnamed(text).join(' | ')).not.toMatch(/ruling|finding/);
  });
});
