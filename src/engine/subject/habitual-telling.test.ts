/**
 * A column's habitual telling ("Every spring a minister stands at a lectern and tells us",
 * "Landlords keep telling us"; decisions 17, 195, 248): the telling is a cue and its generic
 * subject its source, unnamed. The subject is found across a first conjunct whose present verb
 * takes a place or an occasion, and across a present aspect verb (`keep`, `continue`). Every
 * sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the subject of a present verb with a place, coordinated with the telling', () => {
  test.each([
    [
      'Every spring a minister stands at a lectern and tells us the trains will improve.',
      'tells',
      'a minister',
    ],
    [
      'Once a month, an official appears on television and says all is well.',
      'says',
      'an official',
    ],
    [
      'Every year a chief executive walks on stage and says the phone is new.',
      'says',
      'a chief executive',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });

  test('near miss: a verb of the reported content is not the speaker’s', () => {
    const text = 'The mayor said a new clinic opens in May and promised more nurses.';
    expect(cueSource(text, 'promised')?.[0]).toBe('The mayor');
  });

  test('near miss: a plural noun before its preposition is no verb', () => {
    const text = 'The council’s rules on parking and says nothing else.';
    expect(cueSource(text, 'says')).toBeUndefined();
  });
});

describe('the subject of a present aspect verb before the telling', () => {
  test.each([
    ['Landlords keep telling us the market is fair.', 'telling', 'Landlords'],
    ['Ministers continue saying the deficit will shrink.', 'saying', 'Ministers'],
    ['Why do developers keep saying the homes are affordable?', 'saying', 'developers'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });

  test('near miss: an infinitive of wanting has no source here', () => {
    expect(cueSource('They want to keep saying the plan works.', 'saying')).toBeUndefined();
  });
});

test('near miss: an aspect verb in an infinitive leaves the urged report as it was', () => {
  const text = 'Mayor Ana Brill spoke first. She urged residents to keep reporting every pothole.';
  expect(cueSource(text, 'reporting')?.[0]).toBe('She');
});
