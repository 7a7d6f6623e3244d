/**
 * People new to the story removed from their posts over their own conduct: "A teacher at a
 * private school has been suspended after allegedly posting pictures of pupils", "Two coaches
 * were placed on leave after athletes complained", "A warehouse worker has been sacked after
 * being filmed licking doughnuts". A suspension is a disciplinary step by its nature, and a
 * dismissal whose reason is what the person did or is said to have done is one too: the person
 * is a party under investigation or punished for his own conduct, a suspect the story does not
 * name (decision 120 of the labelled sets; decision 56 makes the accused actors).
 *
 * Not people laid off or let go ("Two analysts were dismissed", "200 workers were sacked after
 * the plant closed": a removal with no conduct of theirs, which `removedOrHarmed` leaves out), a
 * definite or possessive mention ("the janitor", "The institute's director": known from before,
 * or by the one post of a named body), a headline's shorthand, nor a phrase the verb does not
 * follow ("A driver who refused ... has been suspended": the relative clause between).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isHeadline, isPunct } from '../context';
import { BE_FORMS } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { indefinite } from './speakers-people';

/** Participles of removal that need a reason of conduct after them: `sacked`, `fired`, `axed`. */
const DISMISSED: ReadonlySet<string> = new Set(['axed', 'dismissed', 'fired', 'sacked']);

/** Words that open the reason for a removal: `after`, `following`, `over`, `for`. */
const REASON_OPENERS: ReadonlySet<string> = new Set(['after', 'following', 'for', 'over']);

/**
 * Words that open a reason of the person's own conduct after a reason opener: "after being
 * filmed", "after allegedly posting", "after he tackled", "over allegations", "following
 * complaints", "for misconduct".
 */
const CONDUCT_OPENERS: ReadonlySet<string> = new Set([
  'allegation',
  'allegations',
  'allegedly',
  'being',
  'claims',
  'complaints',
  'he',
  'misconduct',
  'she',
  'they',
]);

/** Words after a participle that may come before the reason: `last month`, `by his club`. */
const REASON_REACH = 6;

/** Whether `np`, a new mention of people, is removed from its post over its own conduct. */
export function suspendedForConduct(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (isHeadline(ctx, s) || !indefinite(toks[np.start]!.lower)) return false;
  let k = np.end;
  let be = false;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) {
    if (BE_FORMS.has(toks[k]!.lower)) be = true;
    k++;
  }
  if (!be || k >= s.last) return false;
  const v = toks[k]!.lower;
  // "was suspended after", "has been stood down while", "were placed on paid leave pending":
  // disciplinary by nature, with the occasion given (a bare "a nurse had been suspended" may be
  // told of anyone)
  if (v === 'suspended') return occasion(ctx, s, k + 1);
  if (v === 'stood' && toks[k + 1]?.lower === 'down') return occasion(ctx, s, k + 2);
  if ((v === 'placed' || v === 'put') && toks[k + 1]?.lower === 'on')
    for (let q = k + 2; q < s.last && q <= k + 5; q++)
      if (toks[q]!.lower === 'leave') return occasion(ctx, s, q + 1);
  return DISMISSED.has(v) && conductReason(ctx, s, k + 1);
}

/** Words that open the occasion of a suspension: `after`, `over`, `pending`, `while`. */
const OCCASIONS: ReadonlySet<string> = new Set([
  'after',
  'amid',
  'following',
  'for',
  'over',
  'pending',
  'while',
]);

/**
 * Whether the occasion of a suspension follows within a few words of `from`, in the same clause:
 * "after a phone was found", "on Friday over a hazing incident", "from hearing cases while
 * investigators examine".
 */
function occasion(ctx: Context, s: Sentence, from: number): boolean {
  const toks = ctx.tokens;
  for (let q = from; q < s.last && q < from + REASON_REACH; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if (OCCASIONS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Whether a reason of the person's own conduct follows within a few words of `from`, in the same
 * clause: "after being filmed", "last month after he tackled", "by his club after allegations".
 */
function conductReason(ctx: Context, s: Sentence, from: number): boolean {
  const toks = ctx.tokens;
  for (let q = from; q < s.last - 1 && q < from + REASON_REACH; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if (!REASON_OPENERS.has(t.lower)) continue;
    const w = toks[q + 1]!.lower;
    // ("for stealing from the till", "after allegedly posting")
    return CONDUCT_OPENERS.has(w) || (t.lower === 'for' && /[a-z]{3}ing$/.test(w));
  }
  return false;
}
