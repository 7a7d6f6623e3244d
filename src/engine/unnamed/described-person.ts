/**
 * Appositions that describe an unnamed person again: "the suspect, a 29-year-old man whose name
 * has not been released,", "One of them, a former warehouse manager, said", "His former teammate,
 * now a high school coach in Ardmore, said". The apposition tells the reader who the person is
 * without naming them, so it is an unnamed phrase of its own (decision 78 of the labelled sets),
 * as the person it describes was. An apposition that names or places the person in a named body
 * is judged by the rules of namedness like any phrase.
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import { WHY } from './words';

/** A finding of an unnamed phrase: token range and reason (as in find-unnamed). */
interface Flagged {
  start: number;
  end: number;
  why: string;
}

/** Adverbs of time between the comma and the description: "now a coach", "then a junior aide". */
const TIME_ADVERBS: ReadonlySet<string> = new Set(['now', 'then', 'once', 'formerly', 'later']);

/** Determiners of a new, indefinite description. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/** Words before a plural description of a whole group: "both teachers", "all of them". */
const WHOLE: ReadonlySet<string> = new Set(['all', 'both']);

/** Reasons of a finding that stands for an unnamed person (not a document, body or named one). */
const PERSON_REASONS: ReadonlySet<string> = new Set([
  WHY.source,
  WHY.actor,
  WHY.anonymous,
  WHY.repeat,
]);

/**
 * The unnamed person the person-class phrase `np` is in apposition to, if any: the last finding
 * in `out` ends right before the comma that opens `np` (past one adverb of time), it stands for a
 * person, and `np` is an indefinite description ("a", "an") or a plural after `both` or `all`.
 */
export function describedPersonHost(
  ctx: Context,
  np: NounPhrase,
  out: readonly Flagged[],
): Flagged | undefined {
  const toks = ctx.tokens;
  let comma = np.start - 1;
  // ("Two men, both teachers from the town,": a plural described whole, decision 78 as for one)
  if (WHOLE.has(toks[np.start - 1]?.lower ?? '')) comma--;
  else if (!INDEFINITE.has(toks[np.start]!.lower) && !WHOLE.has(toks[np.start]!.lower))
    return undefined;
  if (TIME_ADVERBS.has(toks[comma]?.lower ?? '')) comma--;
  if (!isPunct(toks[comma], ',')) return undefined;
  const host = out.length > 0 ? out[out.length - 1]! : undefined;
  // (a flagged host names no one, even with a name in its post-modifier: "His former teammate at
  // Calloway State, now a coach,")
  return host && host.end === comma && PERSON_REASONS.has(host.why) ? host : undefined;
}
