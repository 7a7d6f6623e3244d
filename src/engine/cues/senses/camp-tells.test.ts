/**
 * A future "will tell you" whose subject is a camp, a plural group of the story's own matter,
 * predicts a line the camp holds (points 240 and 261): a required cue with the camp its source.
 * Anyone at all ("any pilot", "most parents") or a pronoun stays the generic use that attributes
 * nothing. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('a camp that will tell you', () => {
  test.each([
    ['Landlords will tell you that the new rules drive up rents.', 'Landlords'],
    [
      'The scheme’s backers will tell you, over lunch, that it has paid for itself.',
      'The scheme’s backers',
    ],
  ])('%s', (text, source) => {
    expect(spans(text, 'attribution')).toContain('will tell');
    expect(sourceText(text, 'will tell')).toBe(source);
  });
});

describe('anyone at all, or a pronoun', () => {
  test.each([
    'Any ferry captain will tell you that fog is the worst.',
    'Most parents will tell you that sleep matters.',
    'Everyone will tell you that the queues are long.',
    'They will tell you that it is fine.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
