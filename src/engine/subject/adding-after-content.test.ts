/**
 * `adding` after a comma that closes a reported clause adds to what the reporting verb's subject
 * said: "The mayor said the town would bid for the money, adding that the deadline was tight"
 * credits the mayor, not "the town" (participle cues share the source of their clause's main
 * cue: ANNOTATION.md, settled cases). Other participles may belong to the reported clause
 * ("said some staff had pushed back, arguing that ...") and keep its subject. Every sentence is
 * invented, in the shapes of local and regional news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('`adding` takes the reporting verb’s subject', () => {
  test.each([
    [
      'The mayor said the town would bid for the money, adding that the deadline was tight.',
      'The mayor',
    ],
    ['Police said the road would stay closed, adding that diversions were in place.', 'Police'],
    [
      'Residents told the Echo the lights had been out for days, adding that nobody had come.',
      'Residents',
    ],
    [
      'The head teacher said the roof had been repaired, adding that pupils would return on Monday.',
      'The head teacher',
    ],
    [
      'A neighbour said the family had moved in last year, adding that they kept to themselves.',
      'A neighbour',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'adding')?.[0]).toBe(source);
  });
});

describe('what stays as it was', () => {
  test('another participle keeps the reported clause’s subject', () => {
    expect(
      cueSource(
        'Managers said some staff had pushed back, arguing that the team was too small.',
        'arguing',
      )?.[0],
    ).toBe('some staff');
  });
  test('a participle after the reporting clause itself', () => {
    expect(
      cueSource(
        'The club confirmed the deal, saying the player had passed a medical.',
        'saying',
      )?.[0],
    ).toBe('The club');
  });
});
