// Owners of a stake in a named body (shareholders, bondholders, holders of its bonds) are placed by
// that body, not its people: a required `unnamed` with `named: false` (decision 91 of the labelled
// sets; namedness.ts `isClientele`). Lenders placed by a name before them may be the body's own
// arm, so only a post-modifier places them. The sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('owners of a stake in a named body', () => {
  test.each([
    [
      'Some longtime Halvard shareholders have written to the board to oppose the sale.',
      'shareholders',
    ],
    ['Holders of Halvard Motors’ bonds have hired lawyers to fight the plan.', 'Holders'],
    [
      'The company’s largest shareholder has backed the plan, a person close to Mr. Kovacs said.',
      'largest shareholder',
    ],
  ])('flagged: %s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test('a shareholder credited is an unnamed source', () => {
    expect(cueSource('One Halvard shareholder said the offer was too low.', 'said')?.[1]).toBe(
      false,
    );
  });

  test.each([
    // the body's own lending arm, named by its parent
    ['Halvard Motors lenders agreed to extend the loan.', 'lenders'],
    // a holder of a title, no stake
    ['The record holder, Anna Lind, said she would race again.', 'holder'],
  ])('not flagged: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
