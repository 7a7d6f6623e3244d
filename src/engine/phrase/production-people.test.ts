/**
 * People placed on a production by a workplace word ("A show insider", "a production source") or
 * by `on` ("A source on the show", "an insider on set") are people of the show the story names,
 * named in part, as "a club source" is of the named club (decision 144 of the labelled sets). A
 * sector word places no one ("A telly insider", "a soap source"), and with no name before them the
 * show is one the story does not name. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('people placed on a named production are named in part', () => {
  test.each([
    [
      'Presenter Lena Marsh walked out of breakfast show Wake Up Westmere on Friday. A show insider said the pair had not spoken for weeks.',
      'said',
    ],
    [
      'Filming of the drama Saltmarsh was halted after the row. A source on the show told the Courier that the director had quit.',
      'told',
    ],
    [
      'Carrowgate Pictures has paused work on The Long Tide. A production source said the budget had run out.',
      'said',
    ],
    [
      'Actor Tom Reyes was seen leaving the studio in tears. An insider on set claimed he had been shouted at.',
      'claimed',
    ],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe('partial');
  });

  test.each([
    // a sector word, not a workplace
    [
      'Presenter Lena Marsh walked out of breakfast show Wake Up Westmere on Friday. A telly insider said the pair had not spoken for weeks.',
      'said',
    ],
    [
      'Filming of the drama Saltmarsh was halted after the row. A soap source said the director had quit.',
      'said',
    ],
    // no name before: a show the story does not name
    ['A popular soap has been hit by a row. A show insider said the cast were exhausted.', 'said'],
  ])('%s', (text, cue) => {
    const source = cueSource(text, cue);
    expect(source?.[0]).toMatch(/insider|source/);
    expect(source?.[1]).toBe(false);
  });
});
