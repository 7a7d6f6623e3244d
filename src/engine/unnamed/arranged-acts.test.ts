import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// `be to` with a plain verb tells of an act arranged (position.ts): its subject acts; `be to be`
// with a participle is a passive ahead.

describe('the subject of `be to` and a plain verb acts', () => {
  test.each([
    ['A supplier is to close its plant in the north next month.', 'A supplier'],
    [
      'Tram drivers in the city are to strike for three days in a row over pay.',
      'Tram drivers in the city',
    ],
    ['A lender is to cut its mortgage rates from Monday.', 'A lender'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a passive ahead: acted upon
    ['A supplier is to be found for the contract.', 'A supplier'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

// After a plural body, an unknown word is the verb, as after plural people (position.ts).

describe('a plural body before a plain verb acts', () => {
  test.each([
    ['A league doctor said some clubs simply ignore the rule.', 'some clubs'],
    ['Residents said two gangs control the estate.', 'two gangs'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
