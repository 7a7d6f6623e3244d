/**
 * `its` in a sentence that opens with an indefinite thing (`A petition calling for ...`, `An online
 * campaign ...`) is that thing's: `its organisers` are the petition's, unnamed, not people of a
 * body the story named before. Without such an opening, `its` may still be the named body's.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("`its` people of a thing that opens the sentence are that thing's", () => {
  test.each([
    [
      'Kelby University plans to cut 40 jobs. A petition calling for the music department to be saved has gathered 6,000 signatures, according to its organisers.',
      'according to',
      'its organisers',
    ],
    [
      'Harlow Radio dropped the presenter on Monday. A petition urging the station to reverse the decision had 60,000 signatures by Tuesday, its organisers said.',
      'said',
      'its organisers',
    ],
    [
      'Marrow Council closed the library in May. An online campaign to reopen it has raised 12,000 pounds, its founders say.',
      'say',
      'its founders',
    ],
    [
      'Fenwick Foods will shut the plant in June. A fundraiser for the laid-off workers has passed its target, its organisers said.',
      'said',
      'its organisers',
    ],
    [
      'Tarrow Energy wants to build 40 turbines. A protest camp set up on the moor will stay until spring, its organisers told the Courier.',
      'told',
      'its organisers',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });

  test.each([
    // the named body opens the sentence: its people
    [
      'Kelby Rowing Club sacked its coach on Monday, and its trustees said the vote was unanimous.',
      'said',
      'its trustees',
    ],
    // no thing opens the sentence: the body named before
    [
      'Fenwick Foods confirmed the closure on Monday. Its executives said they had no choice.',
      'said',
      'Its executives',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });
});
