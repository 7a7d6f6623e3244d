/**
 * A claim noun as the subject of a passive `made` (decision 112's "The claim was made by Dr Alison
 * Kerr"): one cue over the noun and its verb group, the by-agent its source. `made` has too many
 * senses to report on its own, so the subject must be one of its cue nouns (not "The cake was
 * made by her aunt", "The case was made against him"), and with no agent the claim needs its
 * content or target after the verb ("Claims were made that", "allegations were made against"):
 * "The remarks were made at a rally" only repeats what was said.
 */
import type { Context } from '../context';
import { isAdverb, isTimeWord } from '../context';
import { EXPRESSION_VERBS } from '../lexicon';
import type { Sentence } from '../sentences';
import { findSubject } from '../subject/find-subject';
import type { Cue } from './cue';
import { byAgent } from './by-agent';
import { sourceOf } from './cue';
import { groupStart } from './verb-group';

/** Cue nouns of `make` that are no claim as its passive subject: "the case was made", "made public". */
const NOT_PASSIVE_CLAIMS: ReadonlySet<string> = new Set(['case', 'public']);

/** What follows a claim made with no agent that gives its content or target. */
const CLAIM_CONTENT: ReadonlySet<string> = new Set(['about', 'against', 'that']);

/** The cue of a claim noun as the subject of a passive `made` at `i`, or undefined when none. */
export function madeClaim(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  if (toks[i]!.lower !== 'made') return undefined;
  const { g, sawAux, beBefore } = groupStart(ctx, s, i);
  if (!beBefore || !sawAux) return undefined;
  const said = sourceOf(findSubject(ctx, s, g));
  const head = said ? toks[said.np.head]! : undefined;
  // (the noun heads the subject: not "the lies in his statement were made up"; "No claim was
  // made" denies one, an optional cue at most)
  if (!said || !head || ctx.name[said.np.head] || toks[said.np.start]!.lower === 'no')
    return undefined;
  if (!EXPRESSION_VERBS.get('made')!.nouns.has(head.lower) || NOT_PASSIVE_CLAIMS.has(head.lower))
    return undefined;
  const source = byAgent(ctx, s, i + 1);
  if (!source && !contentAfter(ctx, s, i + 1)) return undefined;
  // the noun and its verb group when they meet ("The claim was made"), else the group alone
  // (not ", which were made" spanned back to the noun)
  const start = said.np.end === g ? said.np.start : g;
  return {
    start,
    end: i + 1,
    cue: 'neutral',
    source,
    pronoun: -1,
    shares: false,
    passive: !source,
  };
}

/**
 * Whether the claim's content or target opens at `k`, past up to three adverbs or time words:
 * "that", "against", "about" ("were made last year that").
 */
function contentAfter(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q <= k + 3; q++) {
    const w = toks[q]!;
    if (CLAIM_CONTENT.has(w.lower)) return true;
    if (!isAdverb(w) && !isTimeWord(w)) return false;
  }
  return false;
}
