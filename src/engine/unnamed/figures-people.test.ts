/**
 * "figures" of people: after a rank, a party, the army or a political wing the noun names people
 * ("Senior army figures", "leftist figures", "a senior figure"), not numbers, so such a phrase is
 * a group of people judged as people are, while "figures" alone and data words before it stay
 * documents. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { headClass } from '../phrase/head-class';
import { buildContext } from '../context';

/** The head class of the first token reading `word` in `text`. */
function classOf(text: string, word: string): string {
  const ctx = buildContext(text);
  const i = ctx.tokens.findIndex((t) => t.lower === word);
  return headClass(ctx, i);
}

/** Whether an `unnamed` finding overlaps the first occurrence of `words`. */
function flagged(text: string, words: string): boolean {
  const at = text.indexOf(words);
  return analyze(text, { kinds: ['unnamed'] }).some(
    (f) => f.start < at + words.length && at < f.end,
  );
}

describe('figures of people', () => {
  test.each([
    ['Senior military figures are said to be angry about the withdrawal.', 'figures'],
    ['Many leftist figures openly oppose the coalition.', 'figures'],
    ['Several opposition figures boycotted the ceremony.', 'figures'],
    ['Some army figures privately questioned the plan.', 'figures'],
  ])('%s', (text, word) => expect(classOf(text, word)).toBe('role'));
  test('a withheld group of them is flagged', () =>
    expect(
      flagged('Senior army figures are said to be privately furious.', 'Senior army figures'),
    ).toBe(true));
});

describe('figures of numbers', () => {
  test.each([
    ['Official figures show that borrowing rose.', 'figures'],
    ['Government figures suggest the economy shrank.', 'figures'],
    ['Sales figures for March were revised.', 'figures'],
  ])('%s', (text, word) => expect(classOf(text, word)).toBe('document'));
});
