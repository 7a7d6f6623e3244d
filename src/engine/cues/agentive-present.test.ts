import { describe, expect, test } from 'vitest';
import { sourceText } from '../test-helpers';

// A present-tense cue that is also a plural noun ("claims", "tells") after a person noun no class
// lists (`minister`, `figure`, `whip`, lexicon/actor-nouns.json "agentive"): the noun is the
// subject, not the first half of a compound ("insurance claims").
describe('a present-tense homograph cue after a listed person noun', () => {
  test.each([
    ['A cabinet minister tells the paper the deal is close.', 'tells', 'A cabinet minister'],
    ['A senior figure claims the deal is close.', 'claims', 'A senior figure'],
    ['One veteran claims the rules were ignored.', 'claims', 'One veteran'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([['Insurance claims rose by a fifth.', 'claims']])('not: %s', (text, cue) => {
    expect(sourceText(text, cue)).toBeUndefined();
  });
});
