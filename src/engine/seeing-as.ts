/**
 * `see` reports a view only as "see X as Y" ("Analysts see the deal as a sign of weakness", "is
 * seen by campaigners as a test", "what many voters saw as a failure"): the frame that
 * `cues/frames/rating.ts` reads for `regard` and `view`. Everywhere else it is sight or access
 * ("had seen leaves burnt", "a memo seen by the paper", "never seen again"), which the engine's
 * many checks of "a verb of saying here" must not take for one. So a form of `see` keeps its
 * reporting flag only with an `as` ahead in its clause; `buildContext` asks this of each one.
 */
import { REPORTING_VERBS } from './lexicon';
import type { Token } from './tokenize';

/** The forms of `see` in the reporting-verb lexicon: `see`, `sees`, `saw`, `seen`, `seeing`. */
export const SEE_FORMS: ReadonlySet<string> = new Set(
  [...REPORTING_VERBS].filter(([, e]) => e.lemma === 'see').map(([w]) => w),
);

/** How far ahead `as` may come: past an object or a by-agent ("seen by many Africans as"). */
const REACH = 12;

/**
 * Whether `as` comes after the form of `see` at `i` before its clause ends (a punctuation mark
 * other than a quotation mark, or the sentence's end at `last`).
 */
export function seeingAs(tokens: readonly Token[], i: number, last: number): boolean {
  for (let k = i + 1; k < last && k <= i + REACH; k++) {
    const t = tokens[k]!;
    if (t.lower === 'as') return true;
    if (t.kind === 'punct') return false;
  }
  return false;
}
