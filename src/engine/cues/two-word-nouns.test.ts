// A reporting verb's form that opens a two-word noun of the lists with the word after it ("the
// independent think tank", "the latest press release") is that noun, no verb: no cue, and the
// body it names stays in its phrase (verb-position.ts, twoWordNounStart). The sentences are
// invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('the first word of a two-word noun is no verb', () => {
  test.each([
    'An analysis by the independent think tank Tallow Institute found that rents had doubled.',
    'Researchers at the influential think tank Tallow Institute said that rents had doubled.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('think');
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test('the body after the noun names the source', () => {
    const text =
      'Researchers at the influential think tank Tallow Institute said that rents had doubled.';
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([
      'Researchers at the influential think tank Tallow Institute',
      'partial',
    ]);
  });
});

describe('near misses: a subject before the verb', () => {
  test.each([
    'Analysts think tanks will be needed at the border.',
    'They think tanks will be needed at the border.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toContain('think');
  });
});
