/**
 * A country's unique institution with no determiner (`Treasury confirms ...`, `government denies
 * plan`, `Parliament voted`) is that one institution, a named source as `the treasury` is
 * (decision 21 of the labelled sets); with a determiner of its own or as a modifier of people it
 * keeps its own reading. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a unique institution with no determiner is named', () => {
  test.each([
    ['Budget live: Treasury confirms fuel duty freeze as markets wobble', 'confirms', 'Treasury'],
    ['Rice prices jump on talk of export curbs; government denies plan', 'denies', 'government'],
    ['Talks stalled overnight. Army said two soldiers had been wounded.', 'said', 'Army'],
    ['Navy says submarine returned to port after fault', 'says', 'Navy'],
    ['The vote was close. Parliament said the bill would return in May.', 'said', 'Parliament'],
    ['Cabinet denies rift over border plan', 'denies', 'Cabinet'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // people the institution only qualifies stay unnamed (decision 62)
    [
      'Talks stalled overnight. Military sources said two soldiers had been wounded.',
      'said',
      'Military sources',
    ],
    // a body of that kind that is not the country's one
    [
      'Talks stalled overnight. A government in the region said the border was shut.',
      'said',
      'A government in the region',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('the air force is a unique institution in two words', () => {
  test.each([
    [
      'Drones flew over the base on Sunday. The air force has confirmed that two jets were scrambled.',
      'has confirmed',
      'The air force',
      true,
    ],
    [
      'Drones flew over the base on Sunday. A spokesman for the air force said the drones were large.',
      'said',
      'A spokesman for the air force',
      'partial',
    ],
    // its people with no body in the phrase stay unnamed (decision 62)
    [
      'Drones flew over the base on Sunday. Air force sources said the drones were large.',
      'said',
      'Air force sources',
      false,
    ],
  ])('%s', (text, cue, source, named) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, named]);
  });
});
