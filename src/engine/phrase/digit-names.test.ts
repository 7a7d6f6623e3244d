import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a firm whose name starts with digits is a named source', () => {
  test.each([
    ['Sales doubled in March, according to data analysis firm 1010data.', 'according to'],
    ['Card spending fell 4 percent, research firm 7park said on Monday.', 'said'],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(true);
  });

  test('still: a number counted by a determiner names no one', () => {
    const text = 'A 10km walk was planned, according to a local official.';
    expect(cueSource(text, 'according to')?.[1]).toBe(false);
  });
});
