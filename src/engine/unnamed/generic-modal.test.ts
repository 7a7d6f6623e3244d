import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('one of a class in general: an indefinite subject of `can`, `should` or `must`', () => {
  test.each([
    ['Officials argue that a supervisor cannot stop every failure.', 'a supervisor'],
    ['Some economists argue that a regulator should step in only if prices rise.', 'a regulator'],
    ['Critics say a minister should resign over such failures.', 'a minister'],
    ['Unions argue that a driver cannot work 14 hours safely.', 'a driver'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(want);
  });

  test.each([
    // a plan in someone's account: `would`
    [
      'Two people familiar with the talks said a rival bidder would table an offer.',
      'a rival bidder',
    ],
    // one depicted: `can be heard`
    ['In the video, a guard can be heard shouting at the men, a witness said.', 'a guard'],
    // a past act, no modal
    ['Officials said a supervisor stopped the line on Tuesday.', 'a supervisor'],
  ])('still: %s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});
