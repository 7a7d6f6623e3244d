/**
 * A singular actor noun that is also an adjective (`official`, `principal`, `criminal`) used as
 * the adjective, where English grammar leaves no room for the noun: after an indefinite pronoun
 * ("heard nothing official", "anything criminal"), as the predicate of a contracted `is` ("Now
 * it's official"), before the pronoun `one` ("bleaker than the official one") and as a quoted
 * label joined to another by a dash ("marked \"official - sensitive\""). A noun there would need
 * an article ("it's an official"), or would not follow a pronoun at all. (The quoted label also
 * covers a court's code for a party, "identified only as \"Witness-3\"": a name for the phrase
 * that the code stands in for, not a second actor.)
 */
import type { Context } from '../context';
import { isOpenQuote, isPunct, isTimeWord } from '../context';
import type { Sentence } from '../sentences';

/** Indefinite pronouns an adjective follows: "nothing official", "something criminal". */
const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set([
  'anything',
  'everything',
  'nothing',
  'something',
]);

/** A pronoun with a contracted `is` before a predicate: "it's official", "that's criminal". */
const CONTRACTED_IS: ReadonlySet<string> = new Set(["it's", "that's", "what's"]);

/** Nouns of a stretch of time that `one` counts: "a lawyer one day", "a guard one night". */
const COUNTED_TIMES: ReadonlySet<string> = new Set([
  'afternoon',
  'day',
  'evening',
  'morning',
  'night',
  'time',
  'week',
  'year',
]);

/** Whether the singular actor noun `h` of sentence `s` is used as an adjective (see above). */
export function adjectiveUse(ctx: Context, s: Sentence, h: number): boolean {
  const toks = ctx.tokens;
  const before = toks[h - 1]?.lower ?? '';
  if (h > s.first && (INDEFINITE_PRONOUNS.has(before) || CONTRACTED_IS.has(before))) return true;
  const next = toks[h + 1];
  // "the official one", "the official ones" (not "a lawyer one day": `one` counting a time)
  if (next && (next.lower === 'one' || next.lower === 'ones') && h + 1 < s.last) {
    const after = toks[h + 2];
    return !after || !(isTimeWord(after) || COUNTED_TIMES.has(after.lower));
  }
  // `marked "official - sensitive"`, `only as "Witness-3"`: a quoted label joined by a dash
  return (
    h > s.first &&
    isOpenQuote(toks[h - 1]) &&
    (isPunct(next, '-') || isPunct(next, '–') || isPunct(next, '—'))
  );
}
