// An unnamed source described again by where it comes from is a required `unnamed` of its own
// (decisions 6 and 78 of the labelled sets; origin-apposition.ts), and a body from a name met
// nowhere else is a body from a place (namedness.ts, `originName`). Found with
// scripts/drop-audit.ts's `markedAnonymous` cause; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a source described again by its town', () => {
  test.each([
    [
      'One of the protesters, a dairy farmer from Millbray, said the plan was unfair.',
      'a dairy farmer from Millbray',
    ],
    [
      'One angry passenger, a nurse from Tolsey, said: "Nobody told us anything."',
      'a nurse from Tolsey',
    ],
    [
      'One, a retired engineer from the Orrin Valley, said the bridge had been cracked for years.',
      'a retired engineer from the Orrin Valley',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // a body's name after `from`
    'One of the speakers, an analyst from Dorne Partners, said the plan was unfair.',
    // the apposition is to a named person
    'Maria Venn, a teacher from Ostley, said the plan was unfair.',
  ])('%s', (text) => {
    expect(found(text)).not.toMatch(/from/);
  });
});

describe('a body from a place', () => {
  test.each([
    ['A pension fund from Vestria bought the stake on Monday.', 'A pension fund from Vestria'],
    [
      'Two bankers said a rival bidder, a shipping group from Korvale, had pulled out.',
      'a shipping group from Korvale',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test('a body named from its place is named as a source', () => {
    const text = 'An investment fund from Vestria said it would bid.';
    expect(cueSource(text, 'said')?.[1]).toBe(false);
  });

  test.each([
    // a team or a unit from a name is that body's own
    'A team from Korvale visited the plant on Monday.',
    // a name with a body's word
    'A fund from Vestria Capital bought the stake on Monday.',
    // a name the text gives again is a body the story names
    'Korvale has bid before. A shipping group from Korvale bought the stake on Monday.',
  ])('%s', (text) => {
    expect(found(text)).not.toMatch(/from/);
  });
});
