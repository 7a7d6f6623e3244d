import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';
import { isParticiple } from './participle';

// Invented sentences: participles of an unusual shape, and words of that shape that are none.

describe('participles in -eed', () => {
  test.each([
    ['The settlement was agreed behind closed doors.', ['was agreed']],
    ['It was agreed that the depot would close.', ['It was agreed']],
    ['Four of the crew had been freed by nightfall.', ['had been freed']],
    ['Their pensions were guaranteed in 2011.', ['were guaranteed']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test.each(['need', 'speed', 'proceed', 'indeed', 'exceed', 'breed'])(
    '%s is no participle',
    (w) => {
      expect(isParticiple(w)).toBe(false);
    },
  );
});

// session 28: a solid prefix of excess, shortfall or error before an irregular participle
describe('participles after over-, under- and mis- written solid', () => {
  test.each([
    ['The concert tickets were oversold.', ['were oversold']],
    ['He had been overpaid for a decade.', ['had been overpaid']],
    ['Care workers were underpaid for years.', ['were underpaid']],
    ['The voters were misled.', ['were misled']],
  ])('%s', (text, want) => {
    expect(spans(text, 'agentless')).toEqual(want);
  });

  test.each([
    'Analysts said the selloff was overdone.',
    'The fears are overblown.',
    'The footpath is overgrown.',
  ])('a judgement or state: none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});
