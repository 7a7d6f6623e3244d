import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a definite body noun repeating an unnamed one is unnamed again (decision 7)', () => {
  test.each([
    [
      'Investigators linked the breach to a criminal syndicate. The syndicate is believed to operate from abroad.',
      'The syndicate',
    ],
    [
      'The bid came from a foreign pension fund, which the person declined to name. The fund is thought to have offered more.',
      'The fund',
    ],
    [
      'Customs officers said the smuggler had been paid by a trafficking network. The network is believed to be run from the coast, one officer said.',
      'The network',
    ],
    [
      'A group of residents blocked the road on Monday. Engineers said the group had refused to move.',
      'the group',
    ],
    [
      'A smuggling gang used the port for years. Police said the gang had bribed two clerks.',
      'the gang',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named antecedent of the head
    'Acme Freight shipped the parts late. The company declined to comment.',
    // a body the story names between the two mentions, described by a body noun
    'Officials blamed a criminal group based abroad. Experts said the attack bore the marks of Red Lantern, a gang that targets hospitals. The group demands ransoms in cryptocurrency.',
    // a body acted on, not acting
    'The deal was struck with a little-known company in March. The minister had no stake in the company.',
    // a market crowd in general
    'In a cash merger a group of shareholders may object. Then the shareholders receive the cash.',
    // a document or a newspaper: `paper`
    'A draft options paper sets out four plans. The paper is understood to have been circulated to managers.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed').filter((u) => /^the /i.test(u))).toEqual([]);
  });
});
