import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// The body money, goods or a deal went to or through (counterparty.ts): one particular body after
// `to` and a word of paying or handing over, or after `through` / `via` and a word of routing.

describe('one body paid, handed something, or gone through', () => {
  test.each([
    [
      'The payments were routed through a shell company in Cyprus, bank records show.',
      'a shell company',
    ],
    ['The agents were recruited through a front company, the official said.', 'a front company'],
    ['He was charged with leaking tender documents to a construction firm.', 'a construction firm'],
    ['The council paid nearly 2 million pounds to a consultancy last year.', 'a consultancy'],
    ['The tanker was chartered via a trading company set up in March.', 'a trading company'],
    [
      'The ministry wired the money to an engineering group in two instalments.',
      'an engineering group',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a body known through its owner
    ['The contract was awarded to a firm owned by his sister.', 'a firm'],
    // a vague many, not one
    ['The orders were routed through several banks.', 'several banks'],
    // a person, and an idiom
    ['The company paid tribute to a colleague who died.', 'a colleague'],
    // a wish or a plan
    ['The club hopes to sell the ground to a developer.', 'a developer'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
