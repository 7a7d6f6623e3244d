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
