/**
 * A title in a definite description with a person's name in apposition after it (`the finance
 * minister, Tomas Brandt,`) is that person's title, so a later `the minister` is the named person
 * (names.ts, `titleApposedBefore`); a list after the title (`the minister, Tomas Brandt and ...`)
 * is no apposition. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a title apposed before a name titles that person', () => {
  test.each([
    [
      'A spokeswoman for the ministry said the minister, Tomas Brandt, would appear before the committee.\n\nBrandt told reporters the failure was bad. The minister said savers would be paid in full.',
      1,
      'The minister',
    ],
    [
      "Union leaders met Acme's chief executive, Ana Ruiz, on Monday.\n\nRuiz told staff the plant would stay open. The chief executive said no jobs would go.",
      0,
      'The chief executive',
    ],
  ])('%s', (text, nth, source) => {
    expect(cueSource(text, 'said', nth)?.slice(0, 2)).toEqual([source, true]);
  });
});

describe('near misses: no apposition, no title', () => {
  test('a list after the title names no holder', () => {
    const text =
      'The talks included the minister, Tomas Brandt and Ana Ruiz.\n\nBrandt told reporters the failure was bad. The minister said savers would be paid in full.';
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual(['The minister', false]);
  });
});
