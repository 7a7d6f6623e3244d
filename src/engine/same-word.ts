/**
 * Earlier mentions of a word in a part: for each word token, the nearest word token before it
 * with the same lowercase word, built once per part when first asked. Rules that look back for
 * `the report` met before (unnamed/reason.ts, phrase/namedness.ts) follow this chain instead of
 * comparing the word with every token on the way (a string compare per token: 5% of the engine's
 * time in a profile of the bench prose) or keeping every word's positions in a Map of arrays.
 */
import type { Context } from './context';
import { WORD_SLOTS } from './word-table';

interface Chain {
  /** The nearest earlier word token of the same word, -1 when none; -1 for other tokens. */
  prev: Int32Array;
  /** The last token of each word: by word-table slot, and by string for words without one. */
  lastBySlot: Int32Array;
  lastByWord: Map<string, number>;
}

const CHAINS = new WeakMap<Context, Chain>();

function chainOf(ctx: Context): Chain {
  let chain = CHAINS.get(ctx);
  if (chain) return chain;
  const toks = ctx.tokens;
  const prev = new Int32Array(toks.length).fill(-1);
  const lastBySlot = new Int32Array(WORD_SLOTS).fill(-1);
  const lastByWord = new Map<string, number>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') continue;
    // (a token with a slot carries the table's word, and every token of that word has the slot:
    // see Token.id; so slots and strings never name the same word)
    if (t.id >= 0) {
      prev[k] = lastBySlot[t.id]!;
      lastBySlot[t.id] = k;
    } else {
      prev[k] = lastByWord.get(t.lower) ?? -1;
      lastByWord.set(t.lower, k);
    }
  }
  chain = { prev, lastBySlot, lastByWord };
  CHAINS.set(ctx, chain);
  return chain;
}

/** The nearest token before token `k` with the same lowercase form as `k`, or -1. */
export function previousSameWord(ctx: Context, k: number): number {
  const toks = ctx.tokens;
  const t = toks[k]!;
  if (t.kind === 'word') return chainOf(ctx).prev[k]!;
  // (a number or a mark, rarely asked: a scan back; only tokens of its kind share its form)
  for (let q = k - 1; q >= 0; q--) if (toks[q]!.lower === t.lower) return q;
  return -1;
}
