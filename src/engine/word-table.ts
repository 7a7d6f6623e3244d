/**
 * Interned lowercase words, looked up straight from the text's characters: a word seen before
 * costs one hash over its characters and one compare, with no `slice`, no `toLowerCase` and no
 * Map probe, and every token of that word shares one string. Only plain ASCII words go through
 * the table; the tokenizer handles the rest as before.
 *
 * Each stored word has a dense id (0, 1, 2, ... in the order words were first stored), which its
 * tokens carry (`Token.id`) and by which the engine's per-word arrays keep their answers
 * (word-bits.ts, head-class.ts, same-word.ts, context.ts). Ids used to be the words' hash slots,
 * spread over twice as many slots as words at random: every per-word array was twice the size it
 * needed, and a text's words, its commonest first, were scattered over all of it, a cache line
 * (or two: word-bits.ts keeps 96 bytes per word) for each; dense ids keep the words met first,
 * the commonest, side by side at the arrays' start.
 */

/**
 * 2^15 slots, so 16,384 words: one process over the 878 development and real-page texts missed
 * the table at 2^14 (8,192 words) for 11% of its word look-ups, and a missed word costs a slice,
 * a lowercasing and the lexicon probes at each of its tokens. A long run still fills it: the
 * later words miss it (word-bits.ts keeps their answers in a bounded map of its own).
 */
const BITS = 15;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
/** Stop adding at half full, so probes stay short; later new words just miss the table. */
const MAX_ENTRIES = SIZE >> 1;
/** How many words the table keeps: a word's id is below this. */
export const WORD_SLOTS = MAX_ENTRIES;

/**
 * Slot `s` holds, side by side in `meta` (so that one cache line serves a probe), its word's
 * length at `meta[4s]` (0 when empty), its hash at `meta[4s + 1]`, its id at `meta[4s + 2]` and
 * where its characters start in `chars` at `meta[4s + 3]` (the word is `words[id]`, its value
 * `values[id]`): a
 * probe compares a slot's length and hash, two typed-array reads, and only when both match the
 * word's characters, from `chars` (a probe never reads a string: a string's characters are
 * elsewhere in the heap, behind a check of its kind, and comparing them was the tokenizer's
 * costliest line in a profile).
 */
const words: string[] = new Array<string>(MAX_ENTRIES).fill('');
const values = new Int32Array(MAX_ENTRIES);
const meta = new Int32Array(SIZE * 4);
/** The stored words' characters, one after another (ASCII: a byte each). */
const chars = new Uint8Array(MAX_ENTRIES * 16);
/** How much of `chars` is used. */
let charsUsed = 0;
let entries = 0;

/** The slot found by the last `lookup` (valid until the next call). */
let slot = 0;
/** The id of the word the last successful `lookup` found. */
let found = 0;

/** FNV-1a: the hash `lookup` expects, built one (ASCII-lowercased) character at a time. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, c: number): number =>
  Math.imul(h ^ (c >= 65 && c <= 90 ? c | 32 : c), 0x01000193);

/** `hashStep` over the characters `[start, end)` of `text`. */
export function hashOf(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/**
 * The interned lowercase form of the ASCII word `text[start, end)` whose `hashOf` is `h`, or
 * undefined when it is not in the table (then `remember` may add it, into the slot this call
 * found).
 */
export function lookup(text: string, start: number, end: number, h: number): string | undefined {
  const len = end - start;
  // (the arrays in locals: the compare loop read `chars` from the module's context at every
  // character)
  const m = meta;
  const cs = chars;
  let s = (h ^ (h >>> 15)) & MASK;
  for (;;) {
    const n = m[s << 2]!;
    if (n === 0) break;
    if (n === len && m[(s << 2) + 1] === h) {
      const at = m[(s << 2) + 3]! - start;
      let k = start;
      // (`| 32` lowercases a capital and keeps every other character a stored word has: digits,
      // `-`, `'` and `.` have that bit already; no stored character is a control character)
      for (; k < end; k++) if (cs[at + k] !== (text.charCodeAt(k) | 32)) break;
      if (k === end) {
        slot = s;
        found = m[(s << 2) + 2]!;
        return words[found]!;
      }
    }
    s = (s + 1) & MASK;
  }
  slot = s;
  lastHash = h;
  return undefined;
}

/** The hash the last failed `lookup` was given (`remember` stores it). */
let lastHash = 0;

/** The id of the word the last successful `lookup` returned. */
export function lookedUpId(): number {
  return found;
}

/**
 * The id of lowercase word `w` in the table, or -1 when it is not there (asked of a few words
 * per text: hashes `w` first).
 */
export function idOf(w: string): number {
  // (the table's word must be `w` itself: `lookup` would take `anti-Trump` for `anti-trump`)
  return lookup(w, 0, w.length, hashOf(w, 0, w.length)) === w ? found : -1;
}

/** The value stored with the word the last successful `lookup` returned. */
export function lookedUpInfo(): number {
  return values[found]!;
}

/**
 * Stores `lower` (the lowercase form of the word the last, failed `lookup` was given) with
 * `value`, unless the table is full; returns its id, or -1 when it was not stored. The table
 * keeps an internalized copy of `lower` (`wordAt`): see `internalized`.
 */
export function remember(lower: string, value: number): number {
  const len = lower.length;
  if (entries >= MAX_ENTRIES || charsUsed + len > chars.length) return -1;
  const id = entries++;
  words[id] = internalized(lower);
  values[id] = value;
  meta[slot << 2] = len;
  meta[(slot << 2) + 1] = lastHash;
  meta[(slot << 2) + 2] = id;
  meta[(slot << 2) + 3] = charsUsed;
  for (let k = 0; k < len; k++) chars[charsUsed + k] = lower.charCodeAt(k);
  charsUsed += len;
  return id;
}

/** The word of id `id` (an id `remember` returned). */
export function wordAt(id: number): string {
  return words[id]!;
}

/**
 * `s` as the engine's one shared copy of its characters (V8's internalized string, which string
 * literals and the lexicon's words are): a property key is internalized, and `Object.keys` gives
 * it back. Every token of a table word carries this copy, so the engine's many `t.lower ===
 * 'said'` tests and Set and Map probes compare pointers instead of characters (two different
 * internalized strings are known to differ). The same characters, so nothing else changes; done
 * once per word the table stores (and for the lexicon's words built by code, in lexicon.ts). An
 * index-like key such as '12' comes back equal but not internalized: words start with a letter.
 */
export function internalized(s: string): string {
  const o = Object.create(null) as Record<string, number>;
  o[s] = 0;
  return Object.keys(o)[0] ?? s;
}
