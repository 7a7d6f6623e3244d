/**
 * Session 41: a tip or tip-off with its giver after `from` is a noun cue with a source (points
 * 209, 215, 291: "acting on a tip from a local shopkeeper"); a tip with no giver, a gratuity and
 * the tip of something are not.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a tip-off with its giver', () => {
  test.each([
    ['Officers raided the flat after a tip from a neighbour.', 'tip', 'a neighbour'],
    [
      'The boat was stopped after a tip-off from a foreign customs agency.',
      'tip-off',
      'a foreign customs agency',
    ],
    ['The audit followed an anonymous tip from a former employee.', 'tip', 'a former employee'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'She left a tip for the waitress.',
    'It is only the tip of the iceberg.',
    'The tips from the jar went missing.',
    'Police acted on a tip last week.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
