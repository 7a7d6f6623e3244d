import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import type { Context } from './context';
import { previousSameWord, WALK_NO, WALK_ON, WALK_YES, walkBack, walkMemo } from './same-word';

describe('previousSameWord', () => {
  /** For each token of `text`: its form and the form and index of its previous same word. */
  const links = (text: string): [string, number][] => {
    const ctx = buildContext(text);
    return ctx.tokens.map((t, k) => [t.lower, previousSameWord(ctx, k)]);
  };

  it('links each word to its nearest earlier mention, whatever its case or slot', () => {
    // "Report" and "report" are one word; "Ünal" has no word-table id; "7" is a number
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

  it('knows nothing of the words of an earlier part or text, however many came before', () => {
    // (each chain's marks in the shared slot table sit above every earlier chain's; a word the
    // earlier texts had, and had late, must read as new here)
    const naive = (ctx: Context, k: number): number => {
      for (let q = k - 1; q >= 0; q--) if (ctx.tokens[q]!.lower === ctx.tokens[k]!.lower) return q;
      return -1;
    };
    const texts = [
      'The memo said the inspector had read the memo twice, and the inspector agreed.',
      'An inspector wrote a memo.',
      'Memo: the inspector. The memo, the inspector, a memo.',
    ];
    for (let round = 0; round < 3; round++)
      for (const text of texts) {
        const ctx = buildContext(text);
        const got = ctx.tokens.map((_, k) => previousSameWord(ctx, k));
        expect(got).toEqual(ctx.tokens.map((_, k) => naive(ctx, k)));
      }
  });
});

describe('walkBack', () => {
  // tokens: A(0) memo(1) ,(2) the(3) memo(4) ,(5) the(6) memo(7) and(8) a(9) memo(10) .(11)
  const text = 'A memo, the memo, the memo and a memo.';
  /** On over a mention after `the`; no at one after anything else. */
  const steps: number[] = [];
  const onOverThe = (ctx: Context, q: number): number => {
    steps.push(q);
    return ctx.tokens[q - 1]!.lower === 'the' ? WALK_ON : WALK_NO;
  };

  it('answers as the walk does, and notes the answer on every mention it passed', () => {
    const ctx = buildContext(text);
    const memo = walkMemo();
    steps.length = 0;
    // from "the memo" (7): on over 7 and 4, ends at 1 ("A memo") with no
    expect(walkBack(ctx, 7, memo, onOverThe, true)).toBe(false);
    expect(steps).toEqual([7, 4, 1]);
    // asked again from 4 or 7: the noted answer, with no step
    steps.length = 0;
    expect(walkBack(ctx, 4, memo, onOverThe, true)).toBe(false);
    expect(walkBack(ctx, 7, memo, onOverThe, true)).toBe(false);
    expect(steps).toEqual([]);
  });

  it('answers atEnd when the mentions run out, and starts over for a new part', () => {
    const memo = walkMemo();
    const a = buildContext('The memo, the memo.');
    expect(walkBack(a, 4, memo, onOverThe, true)).toBe(true);
    expect(walkBack(a, 4, memo, onOverThe, false)).toBe(true); // (noted)
    const b = buildContext('The memo, the memo.');
    expect(walkBack(b, 4, memo, onOverThe, false)).toBe(false);
  });

  it('ends with yes where the step says so', () => {
    const ctx = buildContext(text);
    const yesAtA = (c: Context, q: number): number =>
      c.tokens[q - 1]!.lower === 'a' ? WALK_YES : WALK_ON;
    expect(walkBack(ctx, 10, walkMemo(), yesAtA, false)).toBe(true);
    expect(walkBack(ctx, 7, walkMemo(), yesAtA, false)).toBe(true);
    const none = (): number => WALK_ON;
    expect(walkBack(ctx, 10, walkMemo(), none, false)).toBe(false);
  });
});
