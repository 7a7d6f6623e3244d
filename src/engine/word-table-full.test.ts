import { describe, expect, it, vi } from 'vitest';
import type { tokenize as Tokenize } from './tokenize';
import type { wordBits as WordBits } from './word-bits';

/** Words with flags of several kinds: a cue, a hedge, an -ly adverb, a hyphenated hedge, none. */
const WORDS = 'Officials said the plan was reportedly long-rumoured, allegedly, quietly; zorbleqx.';

/** A fresh copy of the tokenizer and the word-bits module, with an empty word table. */
async function fresh(): Promise<{
  tokenize: typeof Tokenize;
  wordBits: typeof WordBits;
  slots: number;
}> {
  vi.resetModules();
  const { tokenize } = await import('./tokenize');
  const { wordBits } = await import('./word-bits');
  const { WORD_SLOTS } = await import('./word-table');
  return { tokenize, wordBits, slots: WORD_SLOTS };
}

/** `k` in base 26, as letters. */
function letters(k: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26);
  } while (k > 0);
  return s;
}

/** `n` distinct invented ASCII words (letters only), none in any lexicon list. */
const filler = (n: number, tag: string): string =>
  Array.from({ length: n }, (_, k) => `q${tag}${letters(k)}x`).join(' ');

describe('word table when full', () => {
  it('gives each word the same flags and list answers first and after the table is full', async () => {
    const lists = () => [new Set(['said', 'officials']), new Set(['reportedly', 'zorbleqx'])];
    const a = await fresh();
    const bitsA = a.wordBits(lists);
    const first = a.tokenize(WORDS).map((t) => [t.lower, t.f, bitsA(t) & 3]);
    // the invented word had an id: looked up from the table
    expect(a.tokenize(WORDS).find((t) => t.lower === 'zorbleqx')!.id).toBeGreaterThanOrEqual(0);

    const b = await fresh();
    const bitsB = b.wordBits(lists);
    // fill the table (it stores up to WORD_SLOTS words), then ask about more new words than the
    // word-bits overflow map keeps, so that map empties and fills again
    for (const t of b.tokenize(filler(b.slots, 'f'))) bitsB(t);
    for (const t of b.tokenize(filler(10_000, 'g'))) bitsB(t);
    const toks = b.tokenize(WORDS);
    // the words the table had not stored before it was full now have no id: the slow path
    expect(toks.find((t) => t.lower === 'zorbleqx')!.id).toBe(-1);
    expect(toks.filter((t) => t.kind === 'word' && t.id < 0).length).toBeGreaterThan(3);
    const after = toks.map((t) => [t.lower, t.f, bitsB(t) & 3]);
    expect(after).toEqual(first);
    // and asked again, from the overflow map
    expect(b.tokenize(WORDS).map((t) => [t.lower, t.f, bitsB(t) & 3])).toEqual(first);
    // the flags are not all zero: the test compares something
    expect(first.filter(([, f, bits]) => f !== 0 || bits !== 0).length).toBeGreaterThan(4);
  });
});
