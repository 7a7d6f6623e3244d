/**
 * Earlier mentions of a word in a part: for each word token, the nearest word token before it
 * with the same lowercase word, built once per part when first asked. Rules that look back for
 * `the report` met before (unnamed/reason.ts, phrase/namedness.ts) follow this chain instead of
 * comparing the word with every token on the way (a string compare per token: 5% of the engine's
 * time in a profile of the bench prose) or keeping every word's positions in a Map of arrays.
 */
import type { Context } from './context';
import type { Token } from './tokenize';
import { WORD_SLOTS } from './word-table';

/**
 * `base` + 1 + the last token of each word so far, by word-table id, while `chainOf` builds a
 * chain: each chain takes a new `base` above every value an earlier chain wrote, so a value at or
 * below it is a word the part has not had yet, and no part pays for clearing the slots it set (a
 * second pass over the part's tokens) or for a table of every slot (a new one per part was a 64
 * KB allocation and fill, most of it for a short text's few hundred words).
 */
const lastBySlot = new Int32Array(WORD_SLOTS);
/** The `base` of the latest chain (see `lastBySlot`). */
let chainBase = 0;

/**
 * For each word token of the part, 1 + the nearest earlier word token of the same word, or 0;
 * kept on the context (`ctx.sameWord`: a field read, where a WeakMap by context was a hash probe
 * at every question).
 */
function chainOf(ctx: Context): Int32Array {
  const known = ctx.sameWord;
  if (known !== null) return known;
  const toks = ctx.tokens;
  // (values stay small integers: when the next base would pass 2^30, the table starts over)
  if (chainBase + 2 * toks.length + 2 >= 1 << 30) {
    lastBySlot.fill(0);
    chainBase = 0;
  }
  const base = chainBase;
  chainBase = base + toks.length + 1;
  const prev = chainFrom(toks, base);
  ctx.sameWord = prev;
  return prev;
}

/**
 * `chainOf`'s chain of `toks` above `base`. (Its own function, ending where the loop does: V8
 * compiles the loop on the stack (OSR) at every part, and there the store to `ctx.sameWord`
 * after it, which the interpreter had not yet run, threw the compiled code out at each part's
 * end.)
 */
function chainFrom(toks: readonly Token[], base: number): Int32Array {
  // (positions + 1, so that the zeros a new typed array holds mean none: no fill)
  const prev = new Int32Array(toks.length);
  /** 1 + the last token of each word without a slot, by its string. */
  const lastByWord = new Map<string, number>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') continue;
    // (a token with a slot carries the table's word, and every token of that word has the slot:
    // see Token.id; so slots and strings never name the same word)
    if (t.id >= 0) {
      const last = lastBySlot[t.id]!;
      prev[k] = last > base ? last - base : 0;
      lastBySlot[t.id] = base + k + 1;
    } else {
      prev[k] = lastByWord.get(t.lower) ?? 0;
      lastByWord.set(t.lower, k + 1);
    }
  }
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

/** What `walkBack` keeps: the part it last answered for, and its answers by token. */
export interface WalkMemo {
  ctx: Context | null;
  /** 2 yes, 1 no, 0 not yet asked. */
  answers: Uint8Array;
}

/** A new `WalkMemo`, one per rule that walks back (kept at module level). */
export function walkMemo(): WalkMemo {
  return { ctx: null, answers: new Uint8Array(0) };
}

/** `walkBack`'s step: ends the walk at a mention with a yes or a no, or goes on. */
export const WALK_ON = 0;
export const WALK_YES = 2;
export const WALK_NO = 1;

/**
 * The answer of a walk back from token `k` over the earlier mentions of its word, nearest first
 * (`k`, then `previousSameWord`...): `step(ctx, q)` ends it at mention `q` with `WALK_YES` or
 * `WALK_NO`, or goes on (`WALK_ON`); `atEnd` answers when the mentions run out. Every mention a
 * walk passes has the same answer as the walk, so each is kept in `memo` for the part: a rule
 * asked at every repeat of `the report` would otherwise walk back over all the earlier repeats at
 * each of them (quadratic in the repeats; 2% of the engine's time in the bench prose). `step`
 * must read only the part (not what the passes found).
 */
export function walkBack(
  ctx: Context,
  k: number,
  memo: WalkMemo,
  step: (ctx: Context, q: number) => number,
  atEnd: boolean,
): boolean {
  if (memo.ctx !== ctx) {
    memo.ctx = ctx;
    memo.answers = new Uint8Array(ctx.tokens.length);
  }
  const answers = memo.answers;
  // find the answer, then note it on every mention on the way
  let answer = atEnd ? WALK_YES : WALK_NO;
  let stop = k;
  for (let q = k; q >= 0; q = previousSameWord(ctx, q)) {
    stop = q;
    const known = answers[q]!;
    if (known !== 0) {
      answer = known;
      break;
    }
    const r = step(ctx, q);
    if (r !== WALK_ON) {
      answer = r;
      break;
    }
  }
  for (let q = k; q >= 0; q = previousSameWord(ctx, q)) {
    answers[q] = answer;
    if (q === stop) break;
  }
  return answer === WALK_YES;
}
