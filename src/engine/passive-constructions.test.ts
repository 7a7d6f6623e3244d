import { describe, expect, test } from 'vitest';
import { spans } from './test-helpers';

describe('a particle after the participle is no noun it modifies', () => {
  test.each([
    ['Visitors were turned away at the gate.', 'were turned'],
    ['The rescue teams had been pulled back from the ridge.', 'had been pulled'],
    ['Its growth estimate was revised higher in June.', 'was revised'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });
});

describe('a particle of undoing makes a stative participle an act', () => {
  test.each([
    ['The old pier was torn down last winter.', 'was torn'],
    ['Campaign banners had been torn down overnight.', 'had been torn'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each(['She was torn between the two offers.', 'The stall is closed on Sundays.'])(
    'a state in %j',
    (text) => {
      expect(spans(text, 'agentless')).toEqual([]);
    },
  );
});

describe('`used to` + a verb and its object, in the past, is a purpose', () => {
  test.each([
    ['Club funds were used to pay his rent.', 'were used'],
    ['The card had been used to buy 30 phones.', 'had been used'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toEqual([passive]);
  });

  test.each([
    'The miners are used to the cold.',
    'The nurses were used to working double shifts.',
    'The app can be used to book a table.',
    'He used to run the bakery.',
  ])('no passive in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});

describe('a reporting aside between a passive and its agent', () => {
  test.each([
    'He was taught, he says, by monks who never spoke.',
    'The bridge was designed, officials say, by a local firm.',
  ])('no agentless in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test('an aside with no agent after it leaves the passive', () => {
    expect(spans('The files were seized, police said, after a raid.', 'agentless')).toEqual([
      'were seized',
    ]);
  });
});
