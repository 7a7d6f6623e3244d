import { describe, expect, it } from 'vitest';
import { endsLetterEd, endsLetterIng, endsSingleS } from './chars';

describe('word endings by character codes', () => {
  // invented words and edge cases: too short, a capital or a digit before the ending
  const words = [
    'ed',
    'red',
    'Red',
    'shed',
    'BED',
    '3ed',
    'x-ed',
    'ing',
    'sing',
    'Sing',
    'ring',
    'zing',
    '9ing',
    'kinged',
    'edging',
    'wedding',
    'singed',
    '',
  ];

  it('agrees with /[a-z]ed$/ and /[a-z]ing$/', () => {
    for (const w of words) {
      expect(endsLetterEd(w), w).toBe(/[a-z]ed$/.test(w));
      expect(endsLetterIng(w), w).toBe(/[a-z]ing$/.test(w));
    }
    expect(words.filter(endsLetterEd)).toEqual(['red', 'shed', 'kinged', 'singed']);
    expect(words.filter(endsLetterIng)).toEqual(['sing', 'ring', 'zing', 'edging', 'wedding']);
  });

  it('tells a single final s as endsWith does', () => {
    const heads = ['s', 'ss', 'as', 'boss', 'bosses', 'aides', 'staff', 'S', "officials'", ''];
    for (const w of heads) expect(endsSingleS(w), w).toBe(w.endsWith('s') && !w.endsWith('ss'));
    expect(heads.filter(endsSingleS)).toEqual(['s', 'as', 'bosses', 'aides']);
  });
});
