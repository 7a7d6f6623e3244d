/**
 * People new to the story whom a state or a body expels over what they are said to have done:
 * "expels four diplomats over alleged spying", "ordered three envoys to leave the country within
 * 72 hours, accusing them of running a network of informants", "The party expelled two
 * councillors after they voted with the opposition". An expulsion with its reason is a step
 * against the people for their own conduct, as an arrest is: they are withheld actors, required at
 * every mention (decisions 81 and 102 of the labelled sets), whatever noun describes them.
 *
 * Not an expulsion in retaliation ("expelled two diplomats in response", "in a tit-for-tat
 * move": a step against a state, not its people's conduct), one with no reason given ("expelled
 * four diplomats on Monday"), a definite or possessive mention (known from before, which the
 * repeat rules judge), and an order to leave for safety ("ordered residents to leave after the
 * flood": no accusation).
 */
import type { Context } from '../context';
import { isAdverb, isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { counted, IN_INDEFINITE, moreListsOf } from './words';

/** Forms of `expel`: `expels`, `expelled`. */
const EXPELLING: ReadonlySet<string> = new Set(['expel', 'expelled', 'expelling', 'expels']);

/** Forms of `order` that send someone away with `to leave`: `ordered`, `orders`. */
const ORDERING: ReadonlySet<string> = new Set(['order', 'ordered', 'ordering', 'orders']);

/** Words that open an expulsion's reason: `over`, `for`, `after`, `accusing`. */
const REASON_OPENERS: ReadonlySet<string> = new Set([
  'accusing',
  'after',
  'amid',
  'for',
  'following',
  'over',
]);

/** Words of an accusation, which an order to leave needs: `accusing`, `alleged`, `blamed`. */
const ACCUSING: ReadonlySet<string> = new Set([
  'accused',
  'accusing',
  'alleged',
  'allegedly',
  'blamed',
  'blaming',
  'suspected',
  'suspicion',
]);

/** Words of a step in retaliation, against a state rather than its people's conduct. */
const RETALIATING: ReadonlySet<string> = new Set([
  'reciprocal',
  'response',
  'retaliation',
  'retaliatory',
  'tit-for-tat',
]);

/**
 * Whether `np`, a new mention of people (`a`, `some`, a count), is expelled over its own conduct:
 * the object of `expel` with a reason after it, or of `order ... to leave` with an accusation in
 * the sentence.
 */
export function expelledPeople(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((moreListsOf(first) & IN_INDEFINITE) === 0 && !counted(first)) return false;
  let b = np.start - 1;
  while (b > s.first && isAdverb(toks[b])) b--;
  const v = toks[b]?.lower ?? '';
  // (the reason may open the phrase's post-modifier: "expelled three diplomats for activities")
  let rest = np.coreEnd;
  if (ORDERING.has(v)) {
    if (toks[rest]?.lower !== 'to' || toks[rest + 1]?.lower !== 'leave') return false;
    rest += 2;
  } else if (!EXPELLING.has(v)) return false;
  if (retaliation(ctx, s)) return false;
  for (let q = rest; q < s.last; q++) {
    const w = toks[q]!.lower;
    if (ACCUSING.has(w) || (EXPELLING.has(v) && REASON_OPENERS.has(w))) return true;
    // (in the expulsion's own clause, not past a semicolon)
    if (isPunct(toks[q], ';')) return false;
  }
  return false;
}

/**
 * Whether `np`'s post-modifier is the reason for the expulsion, not part of the people
 * ("expelled three diplomats for activities incompatible with their status": the phrase ends at
 * "diplomats").
 */
export function expulsionInPhrase(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const w = ctx.tokens[np.coreEnd]?.lower ?? '';
  return np.end > np.coreEnd && REASON_OPENERS.has(w) && expelledPeople(ctx, s, np);
}

/** Whether the sentence tells of a step in retaliation: "in response", "tit-for-tat". */
function retaliation(ctx: Context, s: Sentence): boolean {
  for (let q = s.first; q < s.last; q++) if (RETALIATING.has(ctx.tokens[q]!.lower)) return true;
  return false;
}
