/**
 * Session 32: the person a story's first sentence describes (`A man accused of killing a courier
 * told a jury`) is the person whose full name opens the next sentence in apposition (`Pavel
 * Odinga, 29, who was arrested in May, appeared ...`) when a later cue credits that name, though
 * no cue credits it in the next sentence itself (decision 4 of the labelled sets).
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a lede description named by the apposition that opens the next sentence', () => {
  test('the full name with an age, credited later by surname', () => {
    const text =
      'A man accused of killing a courier outside a bar told a jury on Monday that he had panicked.\n\nPavel Odinga, 29, who was arrested in May, appeared by video link.\n\nGiving evidence, Odinga said he had been threatened.';
    expect(cueSource(text, 'told')?.[1]).toBe(true);
    expect(cueSource(text, 'told')?.[2]).toBe('Pavel Odinga');
  });

  test('a name no later cue credits leaves the description unnamed', () => {
    const text =
      'A woman who lived above the shop told a jury on Tuesday that she had seen the fight.\n\nPavel Odinga, 29, was arrested at the scene.\n\nThe trial continues.';
    expect(cueSource(text, 'told')?.[1]).toBe(false);
  });

  test('a name that is no apposition (a clause of its own) leaves it unnamed', () => {
    const text =
      'A woman who lived above the shop told a jury on Tuesday that she had seen the fight.\n\nPavel Odinga was arrested in May.\n\nOdinga later said he had been threatened.';
    expect(cueSource(text, 'told')?.[1]).toBe(false);
  });
});
