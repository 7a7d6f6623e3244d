import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('parties swapping words: `trade blame`, `exchanged accusations`', () => {
  test.each([
    [
      'Ferry strike drags on as union and operator trade blame over cancelled sailings',
      'trade blame',
    ],
    ['The two candidates traded accusations of vote-buying on Sunday.', 'traded accusations'],
    ['Rival promoters exchanged insults at the weigh-in.', 'exchanged insults'],
    [
      'Both clubs have traded bitter recriminations since the final.',
      'have traded bitter recriminations',
    ],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The ministry is reviewing trade claims from exporters.',
    'The two firms exchanged contracts on Friday.',
    'Farmers traded sheep at the autumn fair.',
    'Brokers said the exchange blame game had gone on too long.',
  ])('no swapped words in %j', (text) => {
    expect(spans(text, 'attribution').filter((c) => /trade|exchange/.test(c))).toEqual([]);
  });
});

describe('gossip traded and credit taken', () => {
  // session 41: "Dealers are trading gossip of a bid" is talk with a stated topic, and a group
  // that "took credit for" an outage claims it, like "claimed responsibility" (point 291)
  test.each([
    ['Brokers were trading gossip of a takeover on Friday.', 'Brokers'],
    ['A hacking group took credit for the outage.', 'A hacking group'],
    ['The group has taken credit for the attack.', 'The group'],
  ])('%s', (text, source) => {
    const cue = seen(text, 'attribution')[0];
    expect(cue?.text).toMatch(/(gossip|credit)$/);
    expect(cue?.source).toBe(source);
  });

  test.each([
    'The shop does not take credit cards.',
    'She took credit from the bank to buy the flat.',
    'The trade gossip column ran every Friday.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
