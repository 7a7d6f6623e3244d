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

// ("citing", ", per" credit the same nouns)
describe('"citing" and "per" credit a listed person noun', () => {
  test.each([
    [
      'The paper, citing a senior minister, said the deal was close.',
      'citing',
      'a senior minister',
    ],
    ['The deal is close, per a cabinet minister.', 'per', 'a cabinet minister'],
    [
      'The Times, citing a senior figure in the party, said he would resign.',
      'citing',
      'a senior figure in the party',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([['The bank cut rates, citing weak demand.', 'citing']])('not: %s', (text, cue) => {
    expect(sourceText(text, cue)).toBeNull();
  });
});

// A cue of addressing with the press right after it is a verb, whatever ends its subject: a
// relative clause ("who attended the meeting") leaves a noun before the cue.
describe('"tells the paper" after a relative clause', () => {
  test.each([
    ['A woman who lives nearby tells the paper the deal is close.', 'tells', 'A woman'],
    ['Two people who attended the meeting tell the paper the deal is close.', 'tell', 'Two people'],
    ['A guard who works nights tells this newspaper that the alarms failed.', 'tells', 'A guard'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    ['The poker tells the players noticed were subtle.', 'tells'],
    // (a base form before a name or a pronoun is no cue of its own here)
    ['The button encourages your browser to tell Facebook about your habits.', 'tell'],
  ])('not: %s', (text, cue) => {
    expect(sourceText(text, cue)).toBeUndefined();
  });
});
