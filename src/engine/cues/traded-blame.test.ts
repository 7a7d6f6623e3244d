import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

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
