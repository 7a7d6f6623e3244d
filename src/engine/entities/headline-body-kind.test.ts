/**
 * A bare body noun as a headline's subject (`Regulator signals delay`) stands for the body the
 * story names later, in any sentence, by a name that ends in the noun or in a word for its kind
 * (`the Communications Regulatory Authority`; decision 15 of the labelled sets), so its source is
 * named. A story that names no such body leaves it unnamed, and nouns for people stay out.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a headline body noun is the body the story names', () => {
  test.each([
    [
      'Regulator lifts price cap by 6%, signals further rise in October\n\nThe Northmark Energy Markets Authority (NEMA) on Thursday raised the cap on household tariffs by 6%.\n\nSuppliers had lobbied for more.',
      'signals',
      'Regulator',
    ],
    [
      'Operators push back on auction terms as regulator signals delay\n\nThe country’s three mobile operators have urged the telecoms regulator to rethink the reserve prices.\n\nThe Communications Regulatory Authority (CRA) said on Tuesday it would consider the letter.',
      'signals',
      'regulator',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });
});

describe('near misses: no body of the kind named', () => {
  test('a story that names only a company leaves the regulator unnamed', () => {
    const text =
      'Regulator signals further rise in October\n\nHousehold tariffs will rise again, suppliers were told on Thursday.\n\nOstmark Energy said it would pass the rise on.';
    expect(cueSource(text, 'signals')?.slice(0, 2)).toEqual(['Regulator', false]);
  });
});
