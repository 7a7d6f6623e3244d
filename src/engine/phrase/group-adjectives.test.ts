/**
 * A capitalised adjective of a faith or a people (`Muslim`, `Jewish`, `Catholic`, `Hispanic`)
 * before a person head qualifies the group as a nationality does ("U.S. officials" in the
 * guideline): the people stay unnamed. A name it opens (`the Muslim Council`) still names a
 * body. Every sentence is invented, in the shapes of news on communities and faith.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a group adjective names no one', () => {
  test.each([
    ['At the vigil, Muslim leaders said the attack was a crime.', 'said', 'Muslim leaders'],
    [
      'At the vigil, Jewish and Muslim leaders said the attack was a crime.',
      'said',
      'Jewish and Muslim leaders',
    ],
    [
      'At the vigil, Catholic and Protestant clergy said the attack was a crime.',
      'said',
      'Catholic and Protestant clergy',
    ],
    ['Hispanic voters told pollsters the economy mattered.', 'told', 'Hispanic voters'],
  ])('%s', (text, cue, source) => {
    const got = cueSource(text, cue);
    expect([got?.[0], got?.[1]]).toEqual([source, false]);
  });
});

describe('a name the adjective opens still names its body', () => {
  test('A Muslim Council spokesman said the attack was a crime.', () => {
    expect(
      cueSource('A Muslim Council spokesman said the attack was a crime.', 'said')?.[1],
    ).not.toBe(false);
  });
});
