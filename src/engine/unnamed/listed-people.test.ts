// Person nouns of news the lexicon lacked (actor-nouns.json): the plural of a listed role
// (`moderators`), a singular whose plural was listed (`academic`), and trades and crowds
// (`reformers`, `charterer`, `regulars`); the same words as adjectives stay quiet. The sentences
// are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('listed person nouns', () => {
  test.each([
    ['Comments under the post were removed by moderators on Wednesday evening.', 'moderators'],
    ['The university declined to name the academic, who has since resigned.', 'the academic'],
    ['Reformers have proposed a cap on fees.', 'Reformers'],
    ['The vessel was hired by a charterer based abroad, the broker said.', 'a charterer'],
    ['At the harbour bar, the owner says his regulars stayed away.', 'his regulars'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    'The academic year starts in September.',
    'Regular checks found no fault with the pumps.',
    'The question is now purely academic.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
