/**
 * Documents that an unnamed source hands to the outlet to back an account: "The agent, who
 * requested anonymity, provided The Post with text messages", "Two employees, who feared
 * retaliation, provided internal emails and test logs". The story relies on them and gives no
 * issuer; the one who handed them on withholds a name too: an unnamed document, its giver a second
 * entity (decisions 14, 68 and 69 of the labelled sets). A named or unflagged giver's documents
 * ("The ministry provided figures") are not these, nor a giver's own words ("provided a
 * statement", decision 95).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { IN_POSSESSIVE_DETERMINERS, listsOf, WHY } from './words';

/** Verbs by which someone hands documents on: "provided", "gave", "shared", "supplied". */
const HANDING: ReadonlySet<string> = new Set([
  'gave',
  'handed',
  'passed',
  'provided',
  'sent',
  'shared',
  'showed',
  'supplied',
]);

/**
 * A giver's own words, their medium rather than a document they hand on (decision 95), and
 * testimony ("Several survivors gave evidence to the review").
 */
const OWN_WORDS: ReadonlySet<string> = new Set([
  'account',
  'accounts',
  'answer',
  'answers',
  'comment',
  'comments',
  'details',
  'evidence',
  'interview',
  'interviews',
  'response',
  'statement',
  'testimony',
  'update',
]);

/** The kinds of finding a giver has: people or bodies who act or speak. */
const GIVER_WHYS: ReadonlySet<string> = new Set([
  WHY.actor,
  WHY.organisation,
  WHY.source,
  WHY.anonymous,
]);

/**
 * Whether `np`, a new document with no name or owner in it, is the object of a verb of handing on
 * ("provided internal emails", "provided The Post with text messages": the `with` within five
 * words) whose subject, past auxiliaries, adverbs and one aside, is the last unnamed finding of
 * `out`; or a later conjunct of such a document ("provided internal emails and test logs").
 */
export function handedByUnnamed(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  out: readonly { start: number; end: number; why: string }[],
): boolean {
  const toks = ctx.tokens;
  const last = out.length > 0 ? out[out.length - 1] : undefined;
  // a later conjunct of such documents: "provided internal emails and test logs"
  // (a later conjunct: "provided internal emails and test logs", the first just flagged)
  if (
    toks[np.start - 1]?.lower === 'and' &&
    last?.why === WHY.document &&
    last.end === np.start - 1
  ) {
    const b = toks[last.start - 1]?.lower ?? '';
    return last.start > s.first && (HANDING.has(b) || b === 'with');
  }
  const first = toks[np.start]!;
  if (first.lower === 'the' || (listsOf(first) & IN_POSSESSIVE_DETERMINERS) !== 0) return false;
  if (OWN_WORDS.has(toks[np.head]!.lower)) return false;
  for (let k = np.start; k < np.coreEnd; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  // the verb: right before, or before "the Post with"
  let v = np.start - 1;
  if (toks[v]?.lower === 'with') {
    v--;
    while (v > s.first && v >= np.start - 6 && !HANDING.has(toks[v]!.lower) && !isPunct(toks[v]))
      v--;
  }
  if (v <= s.first || !HANDING.has(toks[v]!.lower)) return false;
  if (!last || !GIVER_WHYS.has(last.why) || last.end > v || last.start < s.first) return false;
  // back over auxiliaries and adverbs, then one aside: ", who spoke on condition of anonymity,"
  let k = v - 1;
  while (k > last.end && (isAux(toks[k]) || isAdverb(toks[k]))) k--;
  if (isPunct(toks[k], ',')) {
    k--;
    while (k > last.end && !isPunct(toks[k], ',')) k--;
    if (!isPunct(toks[k], ',')) return false;
    k--;
  }
  return k === last.end - 1;
}
