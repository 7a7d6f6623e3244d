/**
 * Session 49: a country's or a region's one body or record of its kind under a common noun (`the
 * national lobbying register`, `the regional flood centre`, `the national crime survey`) is
 * named, as decisions 66 and 164 of the labelled sets read "the national property register" and
 * a unique national survey; an indefinite, a plural or a body with no scope word stays unnamed.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("a country's or region's one body or record of its kind is named", () => {
  test.each([
    [
      'Home sales fell by a tenth in the autumn, according to the national land register.',
      'according to',
      'the national land register',
    ],
    [
      'Burglaries fell for a third year, the national crime survey found.',
      'found',
      'the national crime survey',
    ],
    [
      'The national cyber defence centre, which was told of the breach, said it was satisfied.',
      'said',
      'The national cyber defence centre',
    ],
    [
      'The surge was driven by a week of easterly gales, according to the regional flood forecasting centre.',
      'according to',
      'the regional flood forecasting centre',
    ],
    [
      'Three banks were hit, according to a report published in May by the national cyber defence centre.',
      'according to',
      'a report published in May by the national cyber defence centre',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test('a repeat of the register is the register', () => {
    const text =
      'Vale Advisory met ministers nine times, according to the national lobbying register. Its client is not listed, the register shows.';
    expect(cueSource(text, 'shows')?.slice(0, 2)).toEqual(['the register', true]);
  });
});

describe('one of many, or no scope word, stays unnamed', () => {
  test.each([
    [
      'A national survey of councils found that most had cut library hours.',
      'found',
      'A national survey of councils',
    ],
    ['Prices rose sharply, according to the registers.', 'according to', 'the registers'],
    [
      'Rents rose again last year, according to a regional housing survey.',
      'according to',
      'a regional housing survey',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
