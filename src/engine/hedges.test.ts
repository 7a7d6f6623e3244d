import { describe, expect, test } from 'vitest';
import { spans } from './test-helpers';

describe('hedges', () => {
  test.each([
    ['He reportedly discussed his plans with the former president.', ['reportedly']],
    [
      'The four men allegedly ran a property scam worth an alleged $9 million.',
      ['allegedly', 'alleged'],
    ],
    ['Photos purportedly show the long-rumoured phone.', ['purportedly', 'long-rumoured']],
    [
      'The numbers seemingly add up, and the savings are supposed gains at best.',
      ['seemingly', 'supposed'],
    ],
    ['The levy, ostensibly a charge on business, is an apparent tax.', ['ostensibly', 'apparent']],
    [
      'Unverified benchmark results and unconfirmed reports circulated.',
      ['Unverified', 'unconfirmed'],
    ],
    ['Pinecrest is said to have turned down an approach.', ['is said to']],
    ['Family members are believed to have softened.', ['are believed to']],
    ['Crows are thought to remember faces for years.', ['are thought to']],
    // a quantifier floats between the verb and its participle
    ['Tides and storms are all thought to play a part.', ['are all thought to']],
    ['The brothers were both said to be abroad.', ['were both said to']],
    ['Hartwell are understood to be holding out for more.', ['are understood to']],
    ['The man, believed to be in his 40s, died.', ['believed to']],
    ['Crows appear to teach their young.', ['appear to']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'hedge')).toEqual(expected);
  });

  test.each([
    'The train was supposed to arrive at noon.',
    'It is likely that the deal will close, and it may possibly slip.',
    'Prosecutors alleged that he took bribes.',
  ])('none in %j', (text) => {
    expect(spans(text, 'hedge')).toEqual([]);
  });
});

describe('raising passives with another predicate, and the appearance of a purpose', () => {
  test.each([
    ['The coach is now thought likely to resign.', 'is now thought'],
    ['Four climbers are feared dead after the avalanche.', 'are feared'],
    ['The statement seemed designed to reassure investors.', 'seemed'],
  ])('%s', (text, hedge) => {
    expect(spans(text, 'hedge')).toContain(hedge);
  });
});

describe('a raising participle before `to` and a noun is no raising', () => {
  test.each([
    'The fault had been reported to the contractor in March.',
    'The damage was reported to them on Friday.',
  ])('%s', (text) => {
    expect(spans(text, 'hedge')).toEqual([]);
  });

  test('`to` and a verb still raises', () => {
    expect(spans('The fault is reported to have caused the blackout.', 'hedge')).toEqual([
      'is reported to',
    ]);
  });
});
