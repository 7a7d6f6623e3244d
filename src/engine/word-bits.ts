/**
 * A token's word in several fixed word lists at once, as bits (list `i` of the lists given:
 * `1 << i`). The answer for a word-table word is kept by its id (word-table.ts), so each
 * distinct word probes the lists once and every later question about it is one typed-array read,
 * not a Set probe per list: Set and Map probes were the largest single cost in a profile of the
 * engine (Builtins_FindOrderedHashSetEntry ~10%, about 1.3 million probes per MB of prose, most
 * of them misses), and a rule that asks several lists about the same head paid one each.
 */
import type { Token } from './tokenize';
import { WORD_SLOTS } from './word-table';

/**
 * Marks an answer whose bits are known (an answer of no list is then not 0). Bit 29, the highest
 * that keeps every answer a small integer in a browser: V8 with pointer compression (Chrome)
 * holds integers up to 2^30 - 1 unboxed, and `1 << 30` made every answer a boxed number wherever
 * it was not inlined (Node's V8 has 32-bit small integers, so its figures did not show it).
 */
const KNOWN = 1 << 29;

/**
 * How many `wordBits` keep their answers side by side in one table: word `id`'s answer of the
 * `k`-th (from 0) is at `id * STRIDE + k % STRIDE` of table `k / STRIDE` (one table serves the
 * engine's eighteen). A token's word is asked about by several modules' lists in turn: kept in a
 * table of their own, each answer fetched a cache line of other words' answers of that module,
 * and the fast path's one typed-array read was the line with the most samples in a profile (3% of
 * the engine, over many callers); side by side, the answers of one word share a cache line or
 * two. (Still the engine's costliest line at 4% when ids were hash slots, a text's words
 * scattered over a 3 MB table; with dense ids, 2%: word-table.ts.)
 */
const STRIDE = 24;

/** The tables of `STRIDE` answers per word id (made when a `wordBits` first needs one). */
const tables: Int32Array[] = [];

/** How many `wordBits` were made. */
let made = 0;

/** How many answers for tokens without an id one `wordBits` keeps. */
const OTHERS = 4096;

/** Slots for one-character tokens: ASCII (0-127) and general punctuation (U+2000-U+207F). */
const CHAR_SLOTS = 256;

/**
 * The slot of one-character token `c` (a stop, a comma, a dash, a quote mark, a digit) among
 * `CHAR_SLOTS`, or -1: these tokens have no word-table id, and a typed-array read answers for
 * them instead of a Map probe by their string.
 */
function charSlot(c: number): number {
  if (c < 128) return c;
  return c >= 0x2000 && c < 0x2080 ? c - 0x2000 + 128 : -1;
}

/**
 * The bits of token `t`'s word in the lists `lists()` gives (at most 29, each a Set or Map of
 * lowercase words): bit `i` is set exactly when `lists()[i].has(t.lower)`. `lists` is called at
 * the first question, so a module may name lists that modules it imports in a cycle define after
 * it; the lists must not change after that.
 */
export function wordBits(
  lists: () => readonly { has(w: string): boolean }[],
): (t: Token | undefined) => number {
  const k = made++;
  const table = (tables[Math.floor(k / STRIDE)] ??= new Int32Array(WORD_SLOTS * STRIDE));
  const offset = k % STRIDE;
  let sets: readonly { has(w: string): boolean }[] | null = null;
  const compute = (w: string): number => {
    if (sets === null) {
      sets = lists();
      if (sets.length > 29) throw new Error(`wordBits: ${sets.length} lists, at most 29`);
    }
    let bits = KNOWN;
    for (let i = 0; i < sets.length; i++) if (sets[i]!.has(w)) bits |= 1 << i;
    return bits;
  };
  /**
   * Answers for tokens without an id (punctuation, numbers, words the table does not keep), by
   * their string: one Map probe instead of one per list. At most OTHERS of them are kept: when
   * full it is emptied and fills again (a new generation), so memory stays bounded and, in a long
   * run whose word table is full (a CLI over millions of articles, a worker reading page after
   * page), a word recurring within a generation is still probed once. It used to stop adding
   * once full, and every later token of a new word then probed each list again: the time per MB
   * grew with the run (scripts/bench-long-run.ts).
   */
  const others = new Map<string, number>();
  /** Answers for one-character tokens (most tokens without an id), by `charSlot`. */
  const chars = new Int32Array(CHAR_SLOTS);
  /** The answer for a token not known yet by its id (see the fast path below). */
  const slow = (t: Token | undefined): number => {
    if (!t) return 0;
    // (a token with an id carries the table's word: see Token.id)
    const id = t.id;
    if (id >= 0) return (table[id * STRIDE + offset] = compute(t.lower));
    const w = t.lower;
    if (w.length === 1) {
      const c = charSlot(w.charCodeAt(0));
      if (c >= 0) {
        const b = chars[c]!;
        if (b !== 0) return b;
        return (chars[c] = compute(w));
      }
    }
    let b = others.get(w);
    if (b === undefined) {
      b = compute(w);
      if (others.size >= OTHERS) others.clear();
      others.set(w, b);
    }
    return b;
  };
  // The common case, a table word asked about before, in as few bytecodes as possible, so that
  // the optimizing compiler inlines it into its many callers (which are large functions, whose
  // inlining budget the whole function used to exceed: it was called, ~500,000 times per MB of
  // prose, 2% of the engine's time); everything else goes to `slow`.
  return (t) => {
    if (t) {
      const id = t.id;
      if (id >= 0) {
        const b = table[id * STRIDE + offset]!;
        if (b !== 0) return b;
      }
    }
    return slow(t);
  };
}

/**
 * `map.get(t.lower)` for token `t`, kept by the word's word-table id, so each distinct word
 * probes the Map once and every later question about it is an array read. For a Map asked at
 * many tokens: the reporting verbs are asked at every reporting-verb form, several times over.
 */
export function wordValue<V>(map: ReadonlyMap<string, V>): (t: Token) => V | undefined {
  /** 1 once word `id`'s value is in `values` (which holds null for a word not in the Map). */
  const known = new Uint8Array(WORD_SLOTS);
  const values = new Array<V | null>(WORD_SLOTS).fill(null);
  return (t) => {
    const id = t.id;
    if (id < 0) return map.get(t.lower);
    if (known[id] === 0) {
      known[id] = 1;
      values[id] = map.get(t.lower) ?? null;
    }
    return values[id] ?? undefined;
  };
}
