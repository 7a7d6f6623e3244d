import { describe, expect, test } from 'vitest';
import { cardFacts, spokenText, type CardModel } from './card';

const base: CardModel = {
  kind: 'attribution',
  quote: 'Asked',
  why: 'The question put to a source: the answer that follows is the claim',
  sample: { background: { color: '#ffe08a', ink: '#000000' } },
  canNote: false,
  keys: false,
};

describe('cardFacts', () => {
  test('an attribution without a source says none is given', () => {
    expect(cardFacts({ ...base, quote: 'was confirmed' })).toContainEqual([
      'Source',
      'none given in this sentence',
    ]);
  });

  test('the reporter’s question says the answer credits the source, not that none is given', () => {
    const rows = cardFacts({ ...base, question: true });
    expect(rows).toContainEqual([
      'Source',
      'a question, not a claim: the answer that follows credits its source',
    ]);
    expect(spokenText({ ...base, question: true })).not.toContain('none given');
  });
});
