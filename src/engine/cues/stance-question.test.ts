/**
 * Adjectives of worry with a clause report what their holder fears (decisions 99 and 113), and so
 * with a question as their topic (point 345: "anxious about what a long strike would mean"). A
 * thing as the topic, no clause, the first person or a worry caused by something stay unmarked.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a stance adjective with a clause or a question', () => {
  test.each([
    ['Tenants are worried that the heating will fail again.', 'are worried', 'Tenants'],
    ['Growers remain uneasy that prices will fall.', 'remain uneasy', 'Growers'],
    [
      'Shop owners were anxious about what a long closure would mean.',
      'were anxious',
      'Shop owners',
    ],
    ['Parents are worried about whether the school will reopen.', 'are worried', 'Parents'],
    ['Nurses were concerned about how the wards would be staffed.', 'were concerned', 'Nurses'],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('no clause, no question, or no holder in the story', () => {
  test.each([
    'Tenants are worried about the cost of heating.',
    'Doctors are worried.',
    'Investors were worried by the figures.',
    'The delay has worried investors.',
    'We are worried that the heating will fail again.',
    'The board was unsure about which route to take.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
