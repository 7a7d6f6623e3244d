/**
 * A description carried by a document: "Two men, described in court filings as a driver and a
 * guard", "The witness, who is described in the filing only as 'Witness B'", "the settings
 * described in its technical report". The document is the describer (the in-phrase with a
 * publication gives the agent, DECISIONS 179), so the participle is a cue with the document as
 * its source, reduced or not; "described in court" is the court's record of what was said there.
 */
import type { Context } from '../context';
import { DOCUMENT_NOUNS } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';

/**
 * The document phrase after `described in` at `i` (the participle), or null: a document noun
 * heads it ("in court filings", "in its technical report") or it is the bare `court`.
 */
export function describedIn(ctx: Context, s: Sentence, i: number): NounPhrase | null {
  const toks = ctx.tokens;
  if (toks[i]?.lower !== 'described' || toks[i + 1]?.lower !== 'in') return null;
  const np = phraseStartingAt(ctx, i + 2, s.last);
  if (!np) return null;
  const head = toks[np.head]!.lower;
  return DOCUMENT_NOUNS.has(head) || (head === 'court' && np.head === i + 2) ? np : null;
}
