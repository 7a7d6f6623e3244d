import { describe, expect, it } from 'vitest';
import { isHedgeWord, isRelative, isTimeWord } from './context';
import {
  F,
  HEDGE_WORDS,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  RAISING_PARTICIPLES,
  REPORTING_VERBS,
  RELATIVES,
  ruleWords,
  TIME_WORDS,
  WORD_FLAGS,
  COMMON_WORDS,
  wordFlags,
} from './lexicon';
import { HARD_STOPS } from './phrase/noun-phrase';
import { tokenize } from './tokenize';

/** The words of the lexicon that carry `flag`. */
const flagged = (flag: number): string[] =>
  [...WORD_FLAGS].filter(([, f]) => (f & flag) !== 0).map(([w]) => w);

/** The words of `words` without `flag` in the lexicon, or not starting with a letter. */
const unflagged = (words: Iterable<string>, flag: number): string[] =>
  [...words].filter((w) => ((WORD_FLAGS.get(w) ?? 0) & flag) === 0 || !/^\p{L}/u.test(w));

// The engine asks a token's flag instead of probing these lists (or before probing them): that
// is the same answer only while each word of a list carries the flag, and each starts with a
// letter (only word tokens have flags: a number, a stop or a quote mark has none).
describe('word lists asked by their lexicon flag', () => {
  it('marks exactly the time words, relatives and contracted be with their flags', () => {
    expect(unflagged(TIME_WORDS, F.TIME)).toEqual([]);
    expect(flagged(F.TIME).sort()).toEqual([...TIME_WORDS].sort());
    expect(unflagged(RELATIVES, F.REL)).toEqual([]);
    expect(flagged(F.REL).sort()).toEqual([...RELATIVES].sort());
    const contractions = ruleWords('beContractions');
    expect(unflagged(contractions, F.BE_CONTRACTION)).toEqual([]);
    expect(flagged(F.BE_CONTRACTION).sort()).toEqual([...contractions].sort());
  });

  it('gives every word of the lists gated by a flag that flag', () => {
    expect(unflagged(HEDGE_WORDS, F.HEDGE)).toEqual([]);
    expect(unflagged(RAISING_PARTICIPLES, F.RAISING)).toEqual([]);
    expect(unflagged(HARD_STOPS, F.REPORT | F.FUNC)).toEqual([]);
    expect(unflagged(['say', 'says', 'said', 'tell', 'tells', 'told'], F.REPORT)).toEqual([]);
    expect(unflagged(REPORTING_VERBS.keys(), F.REPORT)).toEqual([]);
    expect(unflagged(IRREGULAR_PARTICIPLES, F.IRREGULAR)).toEqual([]);
    expect(unflagged(IRREGULAR_PAST, F.IRREGULAR)).toEqual([]);
    expect(unflagged(ruleWords('partitivePronouns'), F.PRON)).toEqual([]);
    expect(unflagged(ruleWords('coordinators'), F.CONJ)).toEqual([]);
  });

  it('tells time words, relatives and hedges from the tokens of an invented sentence', () => {
    const toks = tokenize('The agency, which reportedly met on Tuesday, much-rumoured plans: 3.');
    const words = (test: (t: (typeof toks)[number]) => boolean): string[] =>
      toks.filter(test).map((t) => t.lower);
    expect(words(isTimeWord)).toEqual(['tuesday']);
    expect(words(isRelative)).toEqual(['which']);
    // (`much-rumoured` has the hedge flag, but is no word of HEDGE_WORDS)
    expect(words(isHedgeWord)).toEqual(['reportedly']);
  });
});

// Chrome's V8 (pointer compression) keeps integers up to 2^30 - 1 unboxed: a flag at bit 30 made
// a token's `f` a boxed number there (Node's V8, with 32-bit small integers, did not show it).
describe('lexicon flags stay small integers', () => {
  it('uses no bit above 29', () => {
    let all = 0;
    for (const v of Object.values(F)) all |= v;
    expect(all).toBeGreaterThan(0);
    expect(all).toBeLessThan(2 ** 30);
    for (const f of WORD_FLAGS.values()) expect(f).toBeLessThan(2 ** 30);
  });

  it('makes CUE_START the mask of every cue family bit', () => {
    expect(F.CUE_START).toBe(
      F.CUE_AFTER |
        F.CUE_ANON |
        F.CUE_PLAIN |
        F.CUE_STATEMENT |
        F.CUE_EXPRESSION |
        F.CUE_PARTICLE |
        F.CUE_NOUN |
        F.CUE_ADJECTIVE,
    );
  });

  it('flags the words that start a cue, and only those, as cue starts', () => {
    const [adamant] = tokenize('adamant');
    expect(adamant!.f & F.CUE_ADJECTIVE).not.toBe(0);
    expect(adamant!.f & F.CUE_START).not.toBe(0);
    expect(adamant!.f).toBeLessThan(2 ** 30);
    for (const w of ['according', 'claims', 'expressed', 'in', 'points'])
      expect(tokenize(w)[0]!.f & F.CUE_START).not.toBe(0);
    for (const w of ['table', 'quickly', 'the', 'green'])
      expect(tokenize(w)[0]!.f & F.CUE_START).toBe(0);
  });
});

// `F.COMMON` and `F.COMMON_S` are found per word (`wordFlags`), not marked in `WORD_FLAGS` at load:
// the same answers as marking each common word and the plural shapes it may take.
describe('common words and their plural shapes', () => {
  /** The plural shapes of common word `w`, as they were marked at load before session 24. */
  const shapes = (w: string): string[] => {
    const out = [`${w}s`];
    if (/[^aeiou]y$/.test(w)) out.push(`${w.slice(0, -1)}ies`);
    else if (/(?:s|x|z|[cs]h)$/.test(w)) out.push(`${w}es`);
    return out;
  };
  const plurals = new Set([...COMMON_WORDS].flatMap(shapes));

  it('flags every common word common, and every plural shape of one', () => {
    for (const w of COMMON_WORDS) expect(wordFlags(w) & F.COMMON, w).not.toBe(0);
    for (const w of plurals) expect(wordFlags(w) & F.COMMON_S, w).not.toBe(0);
  });

  it('flags no other word as a plural shape', () => {
    // (near misses: `-ies` of a word in a vowel and y, `-es` of a word with no sibilant)
    const others = [...COMMON_WORDS].flatMap((w) => [w, `${w}ies`, `${w}es`, `${w}ss`]);
    for (const w of [...others, 'yes', 'ies', 'es', 's', 'keyies', 'ss', 'glasss'])
      if (!plurals.has(w)) expect(wordFlags(w) & F.COMMON_S, w).toBe(0);
    expect(wordFlags('agencies') & F.COMMON_S).not.toBe(0);
    expect(wordFlags('witnesses') & F.COMMON_S).not.toBe(0);
    expect(wordFlags('officials') & F.COMMON_S).not.toBe(0);
  });

  it('gives tokens the flags of wordFlags', () => {
    for (const t of tokenize('Agencies and witnesses told officials, reportedly, on Tuesday.'))
      if (t.kind === 'word') expect(t.f, t.lower).toBe(wordFlags(t.lower));
  });
});
