/**
 * `so far` and `thus far` between a subject and its verb are an adverbial of time, not the
 * subject's head: the source is the people before them. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('so far between subject and verb', () => {
  test.each([
    [
      'Developers want a higher price, but ministers have so far ruled that out.',
      'ruled',
      'ministers',
    ],
    [
      'The regulator has thus far declined to say whether the plant will reopen.',
      'declined to say',
      'The regulator',
    ],
    ['Engineers so far say the fault lies in a valve.', 'say', 'Engineers'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
