/**
 * Bodies a group or a list is said to include: "Bidders for the plant include at least one
 * private-equity firm and a rival grain processor", "the bidding group includes a Canadian pension
 * fund", "Supporters of the scheme included a local farming cooperative and several parish
 * councils", "a consortium of investors that includes a Gulf sovereign fund". A new body, met
 * with `a` or a count, that the sentence counts among a group is one of its parties, known only
 * by the description; `include` says no more of it than that it belongs, so the position rules
 * (subject, agent) never see it as acting. Bodies only: people on a panel or a board ("a panel
 * that included two former shipyard workers") are its members, not parties it withholds.
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import type { Sentence } from '../sentences';
import { counted, IN_INDEFINITE, moreListsOf } from './words';

/** Forms of `include` whose object is one of the subject's members (not `including`). */
const INCLUDE: ReadonlySet<string> = new Set(['include', 'included', 'includes']);

/** How many earlier members of a list are stepped back over: "A, B and C". */
const LIST_REACH = 4;

/**
 * Whether `np`, a body new to the story (`a`, `another`, `at least one`, a count), is the object
 * of `include`, or a later member of a list that is ("include a family office and at least one
 * sovereign fund").
 */
export function includedBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((moreListsOf(first) & IN_INDEFINITE) === 0 && !counted(first)) return false;
  let k = np.start - 1;
  // (back over the list's earlier members)
  for (let n = 0; n < LIST_REACH && k > s.first; n++) {
    if (toks[k]!.lower !== 'and' && !isPunct(toks[k], ',')) break;
    const prev = phraseEndingAt(ctx, k - 1, s.first, false);
    if (!prev) return false;
    k = prev.start - 1;
  }
  return k >= s.first && INCLUDE.has(toks[k]!.lower);
}
