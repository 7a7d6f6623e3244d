import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { previousSameWord } from './same-word';

describe('previousSameWord', () => {
  /** For each token of `text`: its form and the form and index of its previous same word. */
  const links = (text: string): [string, number][] => {
    const ctx = buildContext(text);
    return ctx.tokens.map((t, k) => [t.lower, previousSameWord(ctx, k)]);
  };

  it('links each word to its nearest earlier mention, whatever its case or slot', () => {
    // "Report" and "report" are one word; "Ünal" has no word-table slot; "7" is a number
    expect(links('A report by Ünal. The Report said 7 things, Ünal said 7 more.')).toEqual([
      ['a', -1],
      ['report', -1],
      ['by', -1],
      ['ünal', -1],
      ['.', -1],
      ['the', -1],
      ['report', 1],
      ['said', -1],
      ['7', -1],
      ['things', -1],
      [',', -1],
      ['ünal', 3],
      ['said', 7],
      ['7', 8],
      ['more', -1],
      ['.', 4],
    ]);
  });

  it('follows a chain back over every mention', () => {
    const ctx = buildContext('The memo, the memo and a memo.');
    const at: number[] = [];
    for (let k = previousSameWord(ctx, 7); k >= 0; k = previousSameWord(ctx, k)) at.push(k);
    expect(ctx.tokens[7]!.lower).toBe('memo');
    expect(at).toEqual([4, 1]);
  });
});
