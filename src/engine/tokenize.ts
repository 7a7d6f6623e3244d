/**
 * One pass over the text, character by character, into word, number, punctuation and quote
 * tokens with offsets. Dotted abbreviations (`U.S.`, `a.m.`) stay whole; a possessive `'s` or
 * plural `'` becomes its own token so that `Corrigan's` is a name plus a possessive. Each word
 * gets its lexicon flags (`F`) here, with one Map probe.
 */
import { F, HEDGE_WORDS, TITLE_ABBREVIATIONS, ruleWords, wordFlags } from './lexicon';
import {
  HASH_SEED,
  hashOf,
  hashStep,
  lookedUpInfo,
  lookedUpId,
  lookup,
  remember,
  wordAt,
  WORD_SLOTS,
} from './word-table';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'pos' | 'newline';

export interface Token {
  start: number;
  end: number;
  /** Lowercase, with curly apostrophes made straight; quotes normalised to their direction. */
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Lexicon flags of the word (`F`), 0 for other tokens. */
  f: number;
  /**
   * The word's id in the word table (word-table.ts, dense from 0), shared by every token of the word: a
   * per-word mark can live in a typed array. -1 for a word not in the table and other tokens.
   */
  id: number;
}

const NOT_POSSESSIVE = ruleWords('notPossessive');

// -ly words that are not adverbs
const NOT_ADVERB = ruleWords('notAdverb');

/** The length of the longest title abbreviation: a longer word before a stop is not probed. */
const TITLE_ABBREVIATION_LENGTH = Math.max(...[...TITLE_ABBREVIATIONS].map((w) => w.length));

const LETTER = /\p{L}|\p{M}/u;
const UPPER = /\p{Lu}/u;

function isLetter(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return c >= 0xc0 && c !== 0x2019 && c !== 0x2018 && LETTER.test(text.charAt(i));
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 160 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x202f ||
  c === 0x3000 ||
  c === 12;
const isQuoteChar = (c: number): boolean =>
  c === 34 ||
  c === 39 ||
  c === 0x201c ||
  c === 0x201d ||
  c === 0x2018 ||
  c === 0x2019 ||
  c === 0xab ||
  c === 0xbb;

/**
 * Splits `text` (or its part `[from, to)`) into tokens; offsets are UTF-16 indices into `text`.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokenizeReusing(text, from, to, []);
}

/**
 * `tokenize`, writing into `old` (the tokens of an earlier part of the same analysis, which
 * nobody refers to any more): its array and its token objects are overwritten instead of
 * allocating new ones. Most of the engine's garbage is tokens, and every allocation brings the
 * next young-generation GC nearer.
 */
export function tokenizeReusing(text: string, from: number, to: number, old: Token[]): Token[] {
  const out = old.length > 0 ? old : tokenArray();
  count = 0;
  scan(text, from, to, out);
  // (the objects past this part's last token wait for a longer part, up to a bound)
  for (let k = count; k < out.length && leftovers.length < MAX_LEFTOVERS; k++)
    leftovers.push(out[k]!);
  out.length = count;
  return out;
}

/**
 * Token objects of an earlier, longer part that a shorter one did not overwrite: the next part
 * longer than its array takes these before making new ones (a long text's parts differ in
 * length, and the first part of a text follows the short last part of the one before).
 * Made as an array of objects (see `tokenArray`, which cannot run this early): the first token
 * pushed onto an empty literal `[]` changed its kind, and the compiled `emit`, `word` and `scan`
 * (made while it was empty) were thrown away and compiled again.
 */
const leftovers: Token[] = [
  { start: 0, end: 0, lower: '', kind: 'punct', cap: false, f: 0, id: -1 },
];
leftovers.length = 0;
const MAX_LEFTOVERS = 16384;

/**
 * A new, empty array for tokens, made as an array of objects: an empty literal `[]` starts as an
 * array of small integers, and the first token pushed onto it changes its kind, which the
 * compiled tokenizer (made for the arrays of earlier texts, which hold objects) does not expect:
 * it was thrown away and compiled again at the start of every text's first analyses.
 */
function tokenArray(): Token[] {
  const a: Token[] = [PLACEHOLDER];
  a.length = 0;
  return a;
}

const PLACEHOLDER: Token = { start: 0, end: 0, lower: '', kind: 'punct', cap: false, f: 0, id: -1 };

/** How many tokens the current `scan` has written (its array may hold more, to be reused). */
let count = 0;

/** Writes the next token into `out`, overwriting the object already there if there is one. */
function emit(
  out: Token[],
  start: number,
  end: number,
  lower: string,
  kind: TokenKind,
  cap: boolean,
  f: number,
  id: number,
): void {
  // "the mine's operator", "a copper mine": `mine` after a determiner or noun is no pronoun
  // (a word without flags keeps none, nor one of another length: its string is not read, which
  // would fetch the string object from memory for every flagged word)
  if (
    f !== 0 &&
    end - start === 4 &&
    lower === 'mine' &&
    count > 0 &&
    nounPosition(out[count - 1]!)
  )
    f = 0;
  let t = out[count];
  count++;
  if (t === undefined) {
    // (one push for a reused object and a new one: a second call site, rarely taken once the
    // arrays are grown, had no type feedback when `emit` was compiled and threw that code away)
    t = leftovers.pop() ?? { start, end, lower, kind, cap, f, id };
    out.push(t);
  }
  t.start = start;
  t.end = end;
  t.lower = lower;
  t.kind = kind;
  t.cap = cap;
  t.f = f;
  t.id = id;
}

/** Whether a word after token `p` stands where a noun does: after a determiner, adjective or noun. */
function nounPosition(p: Token): boolean {
  if (p.kind === 'pos') return true;
  if (p.kind !== 'word') return false;
  if ((p.f & F.DET) !== 0) return true;
  return (p.f & (F.FUNC | F.AUX | F.BE | F.PREP | F.PRON | F.REPORT)) === 0;
}

function scan(text: string, from: number, to: number, out: Token[]): void {
  const n = to;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    // the two commonest cases first: a space, an ASCII letter (the classes below are disjoint)
    if (c === 32) {
      i++;
      continue;
    }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      i = word(text, i, c, out);
      continue;
    }
    if (isSpace(c)) {
      if (c === 10) {
        // a line break, with any blank lines after it, is one token
        const start = i;
        while (i < n && isSpace(text.charCodeAt(i))) i++;
        emit(out, start, i, '\n', 'newline', false, 0, -1);
      } else i++;
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const d = text.charCodeAt(i);
        if ((d === 46 || d === 44 || d === 58 || d === 47) && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      // ordinal and unit suffixes: 1990s, 2nd, 45m, 3bn
      let j = i;
      while (j < n && j - i < 2 && isLetter(text.charCodeAt(j), text, j)) j++;
      const suffix = text.slice(i, j).toLowerCase();
      if (
        j > i &&
        !isLetter(text.charCodeAt(j), text, j) &&
        /^(?:st|nd|rd|th|s|m|bn|k)$/.test(suffix)
      )
        i = j;
      emit(out, start, i, text.slice(start, i), 'num', false, 0, -1);
      continue;
    }
    if (isLetter(c, text, i)) {
      i = word(text, i, c, out);
      continue;
    }
    if (isQuoteChar(c)) {
      quote(text, i, out);
      i++;
      continue;
    }
    // other punctuation, one character at a time (a surrogate pair stays whole)
    const size = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    emit(out, i, i + size, text.slice(i, i + size), 'punct', false, 0, -1);
    i += size;
  }
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Whether `D-N.Y.` (a capital, a hyphen, two dotted capitals) starts at `start`. */
function partyState(text: string, start: number): boolean {
  return (
    isCapital(text.charCodeAt(start)) &&
    isCapital(text.charCodeAt(start + 2)) &&
    text.charCodeAt(start + 3) === 46 &&
    isCapital(text.charCodeAt(start + 4)) &&
    text.charCodeAt(start + 5) === 46 &&
    !isLetter(text.charCodeAt(start + 6), text, start + 6)
  );
}

/**
 * The rare words `word` hands on when its second character is a hyphen or a stop (`second`): a
 * party and a dotted state ("D-N.Y.") or a dotted abbreviation ("U.S.", "a.m."). Emits it and
 * returns the index after it, or -1 when the word is neither. (Apart from `word`, so that its
 * loop over the letters of every other word compiles lean.)
 */
function dottedWord(
  text: string,
  start: number,
  first: number,
  second: number,
  out: Token[],
): number {
  const cap = first < 128 ? first >= 65 && first <= 90 : UPPER.test(text.charAt(start));
  // a party and a dotted state, one tag: "Sen. Ann Roe, D-N.Y., said", "R-S.C."
  if (second === 45 && partyState(text, start)) {
    const lower = text.slice(start, start + 6).toLowerCase();
    emit(out, start, start + 6, lower, 'word', cap, flagsOf(lower), -1);
    return start + 6;
  }
  // dotted abbreviation: U.S., a.m., N.H., e.g.
  if (second === 46 && isLetter(text.charCodeAt(start + 2), text, start + 2)) {
    let j = start;
    while (
      isLetter(text.charCodeAt(j), text, j) &&
      text.charCodeAt(j + 1) === 46 &&
      !isLetter(text.charCodeAt(j + 1), text, j + 1)
    ) {
      j += 2;
      if (!isLetter(text.charCodeAt(j), text, j)) break;
    }
    if (j - start >= 4 || (j - start === 2 && isLetter(text.charCodeAt(j), text, j))) {
      if (j - start === 2) j++; // "a.m" without the final stop
      if (!isLetter(text.charCodeAt(j), text, j)) {
        const lower = text.slice(start, j).toLowerCase();
        emit(out, start, j, lower, 'word', cap, flagsOf(lower), -1);
        return j;
      }
    }
  }
  return -1;
}

/**
 * Scans a word (or dotted abbreviation) starting at `start`, whose character code `first` the
 * caller has read; returns the index after it.
 */
function word(text: string, start: number, first: number, out: Token[]): number {
  const n = text.length;
  // (each character code read once: a read is a dozen instructions or more, the string's kind
  // checked each time)
  const second = text.charCodeAt(start + 1);
  // a party state or a dotted abbreviation, out of line: "D-N.Y.", "U.S.", "a.m."
  if (second === 45 || second === 46) {
    const end = dottedWord(text, start, first, second, out);
    if (end >= 0) return end;
  }
  const cap = first < 128 ? first >= 65 && first <= 90 : UPPER.test(text.charAt(start));
  let i = start + 1;
  let curly = false;
  let upper = false;
  // an uppercase letter right after an inner hyphen or apostrophe, which `upper` misses
  let skippedUpper = false;
  let ascii = first < 128;
  // the word-table hash, built during the scan (only used while the word is ASCII)
  let h = hashStep(HASH_SEED, first);
  for (;;) {
    // (the ASCII letters alone in the innermost loop, which keeps it small: the other
    // characters of a word, digits and non-ASCII letters, come back round the outer loop)
    let c = 0;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) h = Math.imul(h ^ c, 0x01000193);
      else if (c >= 65 && c <= 90) {
        upper = true;
        h = Math.imul(h ^ (c | 32), 0x01000193);
      } else break;
    }
    if (i >= n) break;
    if (isDigit(c) || (c >= 128 && isLetter(c, text, i))) {
      if (c >= 128) {
        // let toLowerCase handle non-ASCII
        upper = true;
        ascii = false;
      }
      h = Math.imul(h ^ c, 0x01000193);
      i++;
      continue;
    }
    // inner hyphen or apostrophe followed by a letter: long-rumoured, don't, Corrigan's
    if ((c === 45 || c === 39 || c === 0x2019) && isLetter(text.charCodeAt(i + 1), text, i + 1)) {
      if (c === 0x2019) curly = true;
      const d = text.charCodeAt(i + 1);
      if (d >= 65 && d <= 90) skippedUpper = true;
      h = hashStep(hashStep(h, c), d);
      i += 2;
      continue;
    }
    // a web address keeps its domain: Snopes.com, Arduino.cc (the stop ends no sentence)
    if (c === 46) {
      const tld = domainAt(text, i + 1);
      if (tld > 0) {
        for (let k = i; k <= i + tld; k++) h = hashStep(h, text.charCodeAt(k));
        i += tld + 1;
        continue;
      }
    }
    break;
  }
  let lower: string;
  let f: number;
  let id = -1;
  // `anti-Trump` keeps its capital (only a capital the scan above saw, or a first one, lowers
  // the word), so such a word cannot share the table's lowercase entry
  const needsLower = upper || (first >= 65 && first <= 90) || first >= 128;
  if (
    ascii &&
    !curly &&
    (needsLower || !skippedUpper) &&
    !(i - start === 2 && first === 85 && second === 83)
  ) {
    // the common case: a plain ASCII word (not "US"), from the table of words seen before
    lower = internAscii(text, start, i, h);
    f = internedFlags;
    id = internedId;
  } else if (ascii && curly && (needsLower || !skippedUpper)) {
    // "don’t", "company’s": the table's word with a straight apostrophe (one shared string, as
    // for the plain words, instead of a new string per token)
    const raw = text.slice(start, i);
    lower = internString((needsLower ? raw.toLowerCase() : raw).replace(/\u2019/g, "'"));
    f = internedFlags;
    id = internedId;
  } else {
    const raw = text.slice(start, i);
    lower = raw === 'US' ? 'u.s.' : needsLower ? raw.toLowerCase() : raw;
    if (curly) lower = lower.replace(/\u2019/g, "'");
    f = -1;
  }
  // split a possessive 's off a name: Corrigan's -> Corrigan + 's
  // (by character codes: this is asked of every word; a table word is as long as its span in
  // the text, so its string is not read for its length)
  const len = id >= 0 ? i - start : lower.length;
  if (
    len > 2 &&
    (id >= 0
      ? // (a table word's last two characters from the text: `s` or `S`, `'` or U+2019)
        (text.charCodeAt(i - 1) | 32) === 115 &&
        (text.charCodeAt(i - 2) === 39 || text.charCodeAt(i - 2) === 0x2019)
      : lower.charCodeAt(len - 1) === 115 && lower.charCodeAt(len - 2) === 39) &&
    !NOT_POSSESSIVE.has(lower)
  ) {
    // (a curly word's stem from its straightened string: the text may have another ’ in it)
    const stem =
      f < 0
        ? lower.slice(0, -2)
        : curly
          ? internString(lower.slice(0, -2))
          : internAscii(text, start, i - 2, hashOf(text, start, i - 2));
    if (f >= 0) emit(out, start, i - 2, stem, 'word', cap, internedFlags, internedId);
    else emit(out, start, i - 2, stem, 'word', cap, flagsOf(stem), -1);
    emit(out, i - 2, i, "'s", 'pos', false, 0, -1);
    return i;
  }
  if (f < 0) f = flagsOf(lower);
  // "Mr.", "Sgt.", "Jan.": the period belongs to the word and ends no sentence
  if (
    text.charCodeAt(i) === 46 &&
    len <= TITLE_ABBREVIATION_LENGTH &&
    titleAbbreviation(lower, id) &&
    !answerNo(lower, text, i + 1)
  ) {
    emit(out, start, i + 1, lower, 'word', cap, f, id);
    return i + 1;
  }
  emit(out, start, i, lower, 'word', cap, f, id);
  return i;
}

/**
 * `TITLE_ABBREVIATIONS.has(lower)` of each word-table id once asked (2 yes, 1 no, 0 not yet):
 * asked of every short word before a stop (most of them end a sentence), and an id keeps its
 * word for good.
 */
const titleSlots = new Uint8Array(WORD_SLOTS);

/** Whether `lower` (of word-table id `id`, or -1) is a title abbreviation: `mr`, `sgt`, `jan`. */
function titleAbbreviation(lower: string, id: number): boolean {
  if (id < 0) return TITLE_ABBREVIATIONS.has(lower);
  let known = titleSlots[id]!;
  if (known === 0) titleSlots[id] = known = TITLE_ABBREVIATIONS.has(lower) ? 2 : 1;
  return known === 2;
}

/**
 * Whether `no.` / `nos.` (stop before `after`) is the answer "no" and not "number": "number"
 * only before a number (`No. 10`, `Nos. 3 and 4`). Before a word it ends a sentence, as in Q&As
 * and fact-checks ("Is it safe? No. Officials say ...") and "voted no. Okonkwo said".
 */
function answerNo(lower: string, text: string, after: number): boolean {
  if (lower !== 'no' && lower !== 'nos') return false;
  let j = after;
  while (text.charCodeAt(j) === 32) j++;
  const c = text.charCodeAt(j);
  return !(c >= 48 && c <= 57);
}

/** Top-level domains that end a web address written in running text. */
const DOMAINS = ['cc', 'com', 'edu', 'gov', 'io', 'net', 'org'];

/** The length of a lowercase top-level domain at `i` that no letter follows, else 0. */
function domainAt(text: string, i: number): number {
  // (asked after every word before a stop: most stops end a sentence, a space follows; none
  // after a text's final stop, where a read past its end threw the compiled `word` away)
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 97 || c > 122) return 0;
  for (const d of DOMAINS) {
    if (text.startsWith(d, i) && !isLetter(text.charCodeAt(i + d.length), text, i + d.length))
      return d.length;
  }
  return 0;
}

/** Flags and word-table id (-1: not stored) of the last `internAscii` result. */
let internedFlags = 0;
let internedId = -1;

/**
 * The lowercase form of the ASCII word `text[start, end)`, shared by every occurrence of the
 * word (see word-table.ts); its flags are left in `internedFlags`.
 */
function internAscii(text: string, start: number, end: number, h: number): string {
  let w = lookup(text, start, end, h);
  if (w !== undefined) {
    internedFlags = lookedUpInfo();
    internedId = lookedUpId();
    return w;
  }
  w = text.slice(start, end).toLowerCase();
  internedFlags = flagsOf(w);
  internedId = remember(w, internedFlags);
  // (the table's copy: see `remember`)
  return internedId >= 0 ? wordAt(internedId) : w;
}

/** `internAscii` for a lowercase ASCII string (a word whose curly apostrophes were made straight). */
function internString(w: string): string {
  const found = lookup(w, 0, w.length, hashOf(w, 0, w.length));
  if (found !== undefined) {
    internedFlags = lookedUpInfo();
    internedId = lookedUpId();
    return found;
  }
  internedFlags = flagsOf(w);
  internedId = remember(w, internedFlags);
  return internedId >= 0 ? wordAt(internedId) : w;
}

/** The lexicon flags of a lowercase word, with -ly adverbs and hyphenated hedges. */
function flagsOf(lower: string): number {
  let f = wordFlags(lower);
  const len = lower.length;
  if (f === 0 && len > 4) {
    // -ly adverbs
    if (
      lower.charCodeAt(len - 1) === 121 &&
      lower.charCodeAt(len - 2) === 108 &&
      !NOT_ADVERB.has(lower)
    )
      f |= F.ADV;
    // hyphenated hedges: long-rumoured, much-rumored
    else if (len > 8) {
      const dash = lower.lastIndexOf('-');
      if (dash > 0 && HEDGE_WORDS.has(lower.slice(dash + 1))) f |= F.HEDGE;
    }
  }
  return f;
}

/** A quote mark, a plural possessive apostrophe (`residents' objections`), or an apostrophe. */
function quote(text: string, i: number, out: Token[]): void {
  const raw = text.charAt(i);
  const prev = count > 0 ? out[count - 1] : undefined;
  const apostrophe = raw === "'" || raw === '’';
  if (
    apostrophe &&
    prev &&
    prev.kind === 'word' &&
    prev.end === i &&
    prev.lower.endsWith('s') &&
    text.charCodeAt(i + 1) === 32 &&
    isLetter(text.charCodeAt(i + 2), text, i + 2) &&
    !openSingleQuoteBefore(out, count)
  ) {
    emit(out, i, i + 1, "'", 'pos', false, 0, -1);
    return;
  }
  emit(out, i, i + 1, quoteDirection(text, i, raw), 'quote', false, 0, -1);
}

/**
 * Normalises a quote mark to its direction: `“`/`‘` opening, `”`/`’` closing. A straight quote
 * opens when it follows a space or the start and precedes a non-space.
 */
function quoteDirection(text: string, start: number, raw: string): string {
  const single = raw === "'" || raw === '‘' || raw === '’';
  if (raw === '“' || raw === '‘' || raw === '«') return single ? '‘' : '“';
  if (raw === '”' || raw === '’' || raw === '»') return single ? '’' : '”';
  const before = start === 0 ? 32 : text.charCodeAt(start - 1);
  const after = text.charCodeAt(start + 1);
  const opens =
    (isSpace(before) ||
      before === 40 ||
      before === 91 ||
      before === 123 ||
      before === 0x2014 ||
      before === 0x2013 ||
      before === 45) &&
    start + 1 < text.length &&
    !isSpace(after);
  if (single) return opens ? '‘' : '’';
  return opens ? '“' : '”';
}

/** Whether an opening single quote is still open in the current line (then `’` closes it). */
function openSingleQuoteBefore(tokens: readonly Token[], n: number): boolean {
  for (let i = n - 1; i >= 0 && i >= n - 40; i--) {
    const t = tokens[i]!;
    if (t.kind === 'newline') return false;
    if (t.kind === 'quote' && t.lower === '‘') return true;
    if (t.kind === 'quote' && t.lower === '’') return false;
  }
  return false;
}

// The rarer kinds of word (a possessive, a curly apostrophe, `US`, a dotted abbreviation) take
// paths of their own in `word`: the first such word met after V8 had compiled `word` (a curly
// apostrophe 28 KB into the bench prose, a possessive later) threw that code away for want of
// feedback there, and `word`, one of the engine's largest compiles, was compiled again. A short
// text at load gives those paths their feedback: V8 keeps a function's feedback only once it
// has run a few times its own size, so they come after three hundred plain words (their words go in
// the word table, as the first text to have them would put them).
tokenize(`${'the '.repeat(300)}Ana’s staff’s don’t Ana's staff's don't US U.S. Mr. Roe café Tomás`);
