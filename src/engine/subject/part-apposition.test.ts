/**
 * A part of a group ("One", "Another") and the apposition that says who it is: the apposition's
 * phrase is the source with the part, after `Another` as after `One`, and when a relative clause
 * or a participle phrase runs on to the closing comma; a name given in that clause names the
 * source. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a part and its apposition', () => {
  test.each([
    [
      'Four porters spoke to us. Another, a loader with ten years at the yard, said shifts were cut.',
      'said',
      'Another, a loader with ten years at the yard',
      false,
    ],
    [
      'Tenants gathered outside. One, a retired driver who gave his name only as Frank, says the lift has been broken for a month.',
      'says',
      'One, a retired driver',
      true,
    ],
    [
      'Walkers were stranded. One, a farmer from the valley who lost ten sheep, said the path had gone.',
      'said',
      'One, a farmer from the valley',
      false,
    ],
  ])('%s', (text, cue, source, named) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, named]);
  });

  // near misses: a time phrase after the part is no apposition, and a bare part stays itself
  test.each([
    ['Four porters spoke to us. Another, a week later, said shifts were cut.', 'said', 'Another'],
    ['Four porters spoke to us. Another said shifts were cut.', 'said', 'Another'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
