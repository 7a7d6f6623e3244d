/**
 * Session 49: a jail is a prison in other words (entity-words.json's `bodyKindNames`), so "a
 * jail source" in a story that names Kelmoor Prison speaks from inside that prison and is named,
 * with the repeats that follow (point 285 of the labelled sets: "A jail insider" of the one jail);
 * with no prison named it stays unnamed. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("the named prison's people", () => {
  test.each([
    [
      'Phones are flown into Kelmoor Prison by drone, a jail source has told the Evening Post.',
      'has told',
      'a jail source',
    ],
    [
      'Phones are flown into Kelmoor Prison by drone, a jail source has told the Evening Post. The insider, who asked not to be named, said guards had found 30 packages.',
      'said',
      'The insider',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });

  test('no prison named', () => {
    const text = 'Phones are flown into jails by drone, a jail source has told the Evening Post.';
    expect(cueSource(text, 'has told')?.slice(0, 2)).toEqual(['a jail source', false]);
  });
});
