/**
 * Sentence boundaries over tokens. A line break always ends a sentence (headlines, datelines and
 * paragraphs have no final stop); `.`, `?` and `!` end one unless they close an abbreviation
 * (`Mr.`, `Jan.`, `U.S.` before a name) or the next word starts in lowercase.
 */
import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS, ruleWords } from './lexicon';
import type { Token } from './tokenize';
import { tokenize } from './tokenize';
import { wordBits } from './word-bits';

/** A sentence as a token range `[first, last)` plus its character span. */
export interface Sentence {
  first: number;
  last: number;
  start: number;
  end: number;
}

// Words that begin sentences: after an ambiguous abbreviation (`Inc.`) one of these means a new sentence.
const STARTERS = ruleWords('starters');

/** The length of the longest abbreviation of either list. */
const ABBREVIATION_LENGTH = Math.max(
  ...[...TITLE_ABBREVIATIONS, ...OTHER_ABBREVIATIONS].map((w) => w.length),
);

/**
 * The word before a stop in the two abbreviation lists, as bits (asked at every short word
 * before a stop: by the word's slot, not two Set probes).
 */
const abbreviationOf = wordBits(() => [TITLE_ABBREVIATIONS, OTHER_ABBREVIATIONS]);
const IN_TITLE_ABBREVIATIONS = 1 << 0;
const IN_OTHER_ABBREVIATIONS = 1 << 1;

function isClosing(t: Token | undefined): boolean {
  return (
    !!t &&
    ((t.kind === 'quote' && (t.lower === '”' || t.lower === '’')) ||
      t.lower === ')' ||
      t.lower === ']')
  );
}

/**
 * `No.` and `Nos.` abbreviate "number" only before one (`No. 10`, `the No. 2 official`); before a
 * word they are the answer "no" ending a sentence, as in Q&As and fact-checks ("Is it safe? No.
 * Officials say ...") and "voted no. Okonkwo said".
 */
function isNumberSignBeforeWord(prev: Token, next: Token | undefined): boolean {
  return (
    (prev.lower === 'no' || prev.lower === 'nos') &&
    !!next &&
    next.kind !== 'num' &&
    next.kind !== 'newline'
  );
}

// Time zones a liveblog entry's time stamp may carry ("14:05 GMT").
const CLOCK_ZONES = ruleWords('clockZones');

/**
 * The end of a liveblog entry's time stamp opening a line at token `i` ("14:05", "9.48pm", "7:42
 * a.m.", "10:02 BST", "14:05 –"), when a capitalised word follows on the line: the entry's first
 * sentence starts there, so its first word is read as sentence-initial ("14:05 Police said":
 * police, not a name "14:05 Police"). -1 when there is none.
 */
function timeStampEnd(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.kind !== 'num' || t.end - t.start > 5) return -1;
  const m = /^([01]?\d|2[0-3])([:.])[0-5]\d$/.exec(text.slice(t.start, t.end));
  if (!m) return -1;
  let j = i + 1;
  let meridiem = false;
  let u = tokens[j];
  if (u && u.kind === 'word' && MERIDIEMS.has(u.lower)) {
    meridiem = true;
    u = tokens[++j];
  }
  if (u && u.kind === 'word' && CLOCK_ZONES.has(u.lower)) {
    meridiem = true;
    u = tokens[++j];
  }
  // "9.48" alone may be a figure; "9.48pm" and "14:05" are times
  if (m[2] === '.' && !meridiem) return -1;
  if (u && u.kind === 'punct' && STAMP_MARKS.has(u.lower)) u = tokens[++j];
  return u && u.kind === 'word' && u.cap && u.start > t.end ? j : -1;
}

/** The halves of the day after a clock time: `9.48pm`, `7:42 a.m.`. */
export const MERIDIEMS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.']);

// Marks that open the items of a list ("What we know" explainers, key points).
const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪', '►']);

/**
 * Whether the mark opening a line at token `i` is a list item's bullet: a space, then a word,
 * number or quotation mark on the same line. The item's first sentence starts after it, so its
 * first word is sentence-initial ("• Police said": police, not a name) and no source takes the
 * mark in.
 */
function bulletBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const u = tokens[i + 1];
  return (
    !!u &&
    u.start > tokens[i]!.end &&
    text.charCodeAt(tokens[i]!.end) === 32 &&
    (u.kind === 'word' || u.kind === 'num' || u.kind === 'quote')
  );
}
const STAMP_MARKS = new Set([':', '–', '—', '-', '|']);

/** Groups `tokens` of `text` into sentences. */
export function sentencesOf(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i === first && (i === 0 || tokens[i - 1]!.kind === 'newline')) {
      const j =
        t.kind === 'num'
          ? timeStampEnd(text, tokens, i)
          : t.kind === 'punct' && BULLETS.has(t.lower) && bulletBefore(text, tokens, i)
            ? i + 1
            : -1;
      if (j > 0) {
        addSentence(tokens, out, first, j);
        first = j;
        i = j - 1;
        continue;
      }
    }
    if (t.kind === 'newline') {
      addSentence(tokens, out, first, i + 1);
      first = i + 1;
      continue;
    }
    // (a word-table word never ends in a stop: its string is not read, which would fetch the
    // string object from memory for every word of the text)
    if (
      t.kind === 'word' &&
      t.id < 0 &&
      t.lower.length > 2 &&
      t.lower.charCodeAt(t.lower.length - 1) === 46
    ) {
      // dotted abbreviation like U.S. or a.m.: ends a sentence only before a clear starter
      const next = tokens[i + 1];
      if (
        next &&
        next.kind === 'word' &&
        next.cap &&
        STARTERS.has(next.lower) &&
        text.charAt(t.end) === ' '
      ) {
        addSentence(tokens, out, first, i + 1);
        first = i + 1;
      }
      continue;
    }
    if (t.kind !== 'punct' || (t.lower !== '.' && t.lower !== '?' && t.lower !== '!')) continue;
    const prev = tokens[i - 1];
    // (no abbreviation is longer than ABBREVIATION_LENGTH: a longer word is not probed)
    if (
      t.lower === '.' &&
      prev &&
      prev.kind === 'word' &&
      prev.end === t.start &&
      prev.lower.length <= ABBREVIATION_LENGTH
    ) {
      const abbreviation = abbreviationOf(prev);
      if (
        (abbreviation & IN_TITLE_ABBREVIATIONS) !== 0 &&
        !isNumberSignBeforeWord(prev, tokens[i + 1])
      )
        continue;
      if (prev.lower.length === 1 && prev.cap) continue; // an initial: John F. Kennedy
      if ((abbreviation & IN_OTHER_ABBREVIATIONS) !== 0) {
        const next = tokens[i + 1];
        if (!(next && next.kind === 'word' && next.cap && STARTERS.has(next.lower))) continue;
      }
    }
    // include closing quotes and brackets that follow the stop
    let j = i + 1;
    // (no read past the last token: the first one, at a text's final stop, threw the compiled
    // function away)
    while (j < tokens.length && isClosing(tokens[j]) && tokens[j]!.start === tokens[j - 1]!.end)
      j++;
    // (the text's end ends the sentence too, by the same call: a call of its own, first run
    // there, threw the compiled function away for want of feedback)
    const next = j < tokens.length ? tokens[j] : undefined;
    if (next) {
      if (next.kind === 'newline') continue;
      // a lowercase continuation (`"Why?" he asked`) is the same sentence
      if (next.kind === 'word' && !next.cap) continue;
      if (next.kind === 'punct' && next.lower !== '(' && next.lower !== '—' && next.lower !== '-')
        continue;
    }
    addSentence(tokens, out, first, j);
    first = j;
    i = j - 1;
  }
  addSentence(tokens, out, first, tokens.length);
  return out;
}

/**
 * Adds the sentence of tokens `[first, last)` without the line breaks at its edges, if any token
 * is left. (A function, not a closure in `sentencesOf`: one there kept the loop's variables in a
 * context object, read from memory at each token.)
 */
function addSentence(tokens: readonly Token[], out: Sentence[], first: number, last: number): void {
  let a = first;
  let b = last;
  while (a < b && tokens[a]!.kind === 'newline') a++;
  while (b > a && tokens[b - 1]!.kind === 'newline') b--;
  if (b > a) out.push({ first: a, last: b, start: tokens[a]!.start, end: tokens[b - 1]!.end });
}

/** Splits `text` into sentences, returning their character spans. */
export function splitSentences(text: string): { start: number; end: number }[] {
  return sentencesOf(text, tokenize(text)).map(({ start, end }) => ({ start, end }));
}
