/**
 * Earlier mentions of a word in a part: for each word token, the nearest word token before it
 * with the same lowercase word, built once per part when first asked. Rules that look back for
 * `the report` met before (unnamed/reason.ts, phrase/namedness.ts) follow this chain instead of
 * comparing the word with every token on the way (a string compare per token: 5% of the engine's
 * time in a profile of the bench prose) or keeping every word's positions in a Map of arrays.
 */
import type { Context } from './context';
import { WORD_SLOTS } from './word-table';

/** Per part: for each word token, 1 + the nearest earlier word token of the same word, or 0. */
const CHAINS = new WeakMap<Context, Int32Array>();

function chainOf(ctx: Context): Int32Array {
  let prev = CHAINS.get(ctx);
  if (prev) return prev;
  const toks = ctx.tokens;
  // (positions + 1, so that the zeros a new typed array holds mean none: no fill)
  prev = new Int32Array(toks.length);
  /** 1 + the last token of each word so far: by word-table slot, and by string without one. */
  const lastBySlot = new Int32Array(WORD_SLOTS);
  const lastByWord = new Map<string, number>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') continue;
    // (a token with a slot carries the table's word, and every token of that word has the slot:
    // see Token.id; so slots and strings never name the same word)
    if (t.id >= 0) {
      prev[k] = lastBySlot[t.id]!;
      lastBySlot[t.id] = k + 1;
    } else {
      prev[k] = lastByWord.get(t.lower) ?? 0;
      lastByWord.set(t.lower, k + 1);
    }
  }
  CHAINS.set(ctx, prev);
  return prev;
}

/** The nearest token before token `k` with the same lowercase form as `k`, or -1. */
export function previousSameWord(ctx: Context, k: number): number {
  const toks = ctx.tokens;
  const t = toks[k]!;
  if (t.kind === 'word') return chainOf(ctx)[k]! - 1;
  // (a number or a mark, rarely asked: a scan back; only tokens of its kind share its form)
  for (let q = k - 1; q >= 0; q--) if (toks[q]!.lower === t.lower) return q;
  return -1;
}
