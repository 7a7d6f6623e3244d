/**
 * People related to `those` described by a participle or a relative clause ("Relatives of those
 * killed", "Lawyers for those who lost their homes") are the verb's subject, not the words after
 * `those`. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('people of those described', () => {
  test.each([
    [
      'Families of those injured have criticised the delay.',
      'have criticised',
      'Families of those injured',
    ],
    [
      'Relatives of those who drowned have accused the port authority of neglect.',
      'have accused',
      'Relatives of those who drowned',
    ],
    [
      'Families of those killed in the fire at Pell Street said the inquiry was too slow.',
      'said',
      'Families of those killed',
    ],
    [
      'Some of those detained told reporters they had been beaten.',
      'told',
      'Some of those detained',
    ],
    [
      'Lawyers for those who lost their homes said the payments were too low.',
      'said',
      'Lawyers for those who lost their homes',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });

  // `those` at the head of its clause is the subject itself, a pronoun, not the place after it
  test.each([
    ['Those injured in the crash said the warnings came late.', 'said'],
    ['Those who lost their homes said the aid was late.', 'said'],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[0]).toBe('Those');
  });

  // near misses: `those` that is no person described, or a phrase that is no speaker
  test.each([
    ['The number of those killed rose to 12, the ministry said.', 'said', 'the ministry'],
    ['The cost of those repairs was high, engineers said.', 'said', 'engineers'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
