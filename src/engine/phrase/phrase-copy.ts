/**
 * Copies of a noun phrase with one bound moved, made by one constructor so that every
 * `NounPhrase` has one hidden class. A spread copy (`{ ...np, end }`) is an object clone to V8,
 * which gives the copies a map of their own (and the copies of copies another): the rules that
 * read `np.start`, `np.end`, `np.head` and `np.coreEnd` met three maps at each of those reads
 * (polymorphic inline caches at some fifty sites of the bundled engine, `--log-ic`), where the
 * phrases the chunkers build have one.
 */
import type { NounPhrase } from './noun-phrase';

/** The phrase `[start, end)` headed at `head`, its core ending at `coreEnd`. */
export function nounPhrase(start: number, end: number, head: number, coreEnd: number): NounPhrase {
  return { start, end, head, coreEnd };
}

/** `np` ending at `end` instead (`{ ...np, end }`). */
export function withEnd(np: NounPhrase, end: number): NounPhrase {
  return nounPhrase(np.start, end, np.head, np.coreEnd);
}

/** `np` starting at `start` instead (`{ ...np, start }`). */
export function withStart(np: NounPhrase, start: number): NounPhrase {
  return nounPhrase(start, np.end, np.head, np.coreEnd);
}
