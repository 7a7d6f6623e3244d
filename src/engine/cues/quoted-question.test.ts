import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a verb that tags a quoted question or exclamation ending the sentence before', () => {
  test.each([
    [
      '"Who is going to pay for the repairs?" Harbourmaster Ines Caro added.',
      'added',
      'Harbourmaster Ines Caro',
    ],
    ['"Where was the regulator?" Two former directors argued.', 'argued', 'Two former directors'],
    ['"Not again!" Okafor snapped.', 'snapped', 'Okafor'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    '"Who is going to pay?" The question found no answer.',
    '"Stop!" The crowd shouted at the driver and ran.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
