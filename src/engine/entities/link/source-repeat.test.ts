/**
 * Session 41: "the source" and "the insider" repeat the story's anonymous source whatever word
 * introduced it, past named people who spoke in between, and take its namedness; a spokesperson
 * or a group of the other number is no such antecedent.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../../test-helpers';

describe('an anonymous-source noun repeats the anonymous source', () => {
  test('"the source" after "A Kellbrook insider": the person of the named firm, named', () => {
    const text =
      'Kellbrook Energy paid its chief executive a bonus of £2 million. A Kellbrook insider said staff were furious. "We were told there was no money for pay rises," the source said.';
    expect(cueSource(text, 'said', 1)).toEqual(['the source', 'partial', 'A Kellbrook insider']);
  });

  test('"The source" after "A cleaner at the depot" of the named depot', () => {
    const text =
      'Rats were found at the Harlow Road depot run by Vestor Foods. A cleaner at the depot told the paper that staff had complained for months. The source said managers ignored them.';
    expect(cueSource(text, 'said', 0)?.slice(0, 2)).toEqual(['The source', 'partial']);
  });

  test('"the insider" past a named person quoted in between: the first, unnamed, source', () => {
    const text =
      'A source on the programme told the paper the row began at lunch. The presenter Mira Fell denied that, saying she had left early. "Bosses are terrified," the insider added.';
    const got = cueSource(text, 'added', 0);
    expect(got?.slice(0, 2)).toEqual(['the insider', false]);
    expect(got?.[2]).toBe('A source on the programme');
  });

  test('not a spokeswoman: "the source" after "A Tavel spokeswoman" stays its own', () => {
    const text =
      'A Tavel spokeswoman said the company would not comment. Two people briefed on the talks said a deal was close. One of them said the price had been agreed. "It is done," the source said.';
    expect(cueSource(text, 'said', 3)?.slice(0, 2)).toEqual(['the source', false]);
  });

  test('not past a source in the same word: "the insider" after "an insider at ... Corvo Records"', () => {
    const text =
      'A source close to the singer said the pair had fallen out. But an insider at her label, Corvo Records, said the tour was off. "It was all signed," the insider said.';
    expect(cueSource(text, 'said', 2)?.slice(0, 2)).toEqual(['the insider', true]);
  });

  test('not past a group of the other number: "the source" after "one of the people"', () => {
    const text =
      'A Marlow spokesman declined to comment. Three people familiar with the matter said the bid was ready. "The board has signed off," one of the people said. The source added that the offer was final.';
    expect(cueSource(text, 'added', 0)?.slice(0, 2)).toEqual(['The source', false]);
  });
});
