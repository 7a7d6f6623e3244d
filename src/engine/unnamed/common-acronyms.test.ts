/**
 * The abbreviation of a common actor noun, written in capitals, is no name: "a local GP", "an
 * NGO", "a super PAC", "a DJ" are a doctor, a charity, a campaign committee and a presenter whom
 * the text does not name, like "an opposition MP" (context.ts's role abbreviations) and "a PR
 * executive" (rule-words.json's `commonAcronyms`, which these join). Inside a name ("The GP
 * Practice Alliance", "Winning for Kansas PAC", "DJ Kool Herc") the capitals stay the name's.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../index';
import { spans } from '../test-helpers';

describe('the capitalised abbreviation of a common actor noun', () => {
  test.each([
    ['A local GP said she had seen a spike in cases.', 'A local GP'],
    ['One GP told the inquiry that patients had been turned away.', 'One GP'],
    ['An NGO working in the camp said food had run out.', 'An NGO'],
    ['A super PAC aligned with the governor has reserved $12 million in ad time.', 'A super PAC'],
    ['A DJ at the station said he had been told to play the song.', 'A DJ at the station'],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });

  test('its source is unnamed', () => {
    const text = 'A local GP said she had seen a spike in cases.';
    const cue = analyze(text).find((f) => f.kind === 'attribution');
    expect(cue?.source?.named).toBe(false);
  });

  test.each([
    'The GP Practice Alliance said the plan was unworkable.',
    'Winning for Kansas PAC said it would spend $2 million.',
    'DJ Kool Herc said the party started at dusk.',
    'The NGO Forum on Health said the figures were wrong.',
    'She saw her GP on Monday.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
