/**
 * One of a set of documents the story named (`One paper`, `Each letter` after a named body's
 * `board papers`) is as named as the set (descriptions.ts); one of papers found in a skip is not.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../../test-helpers';

describe('one of a named set of documents is named', () => {
  test.each([
    [
      'Managers at the Kelm Water Board ignored the leaks, according to board papers seen by the Vale Courier. One paper, from May 2022, describes the pipes as failing.',
      'describes',
      'One paper',
      true,
    ],
    [
      'Managers ignored the leaks, according to papers found in a skip. One paper describes the pipes as failing.',
      'describes',
      'One paper',
      false,
    ],
  ])('%s', (text, cue, source, named) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, named]);
  });
});
