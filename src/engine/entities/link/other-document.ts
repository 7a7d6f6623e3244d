/**
 * The authors of a second document: "An editorial published alongside the study called the results
 * encouraging. Its authors warned ...": `its` is the editorial the sentence before opened with,
 * not the named study the story relies on, and the editorial's authors are not the study's
 * (the guideline's documents: the namedness of a document's authors is its issuer's).
 */
import { headClass } from '../../phrase/head-class';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { LinkState } from './state';

/**
 * Whether sentence `sentence - 1` opens with an indefinite document that names no one (`An
 * editorial published alongside the study`, `A review published in the same issue`; not `A study
 * published in the Journal of X`, nor a document the story linked as named), which a possessive
 * `its` or `their` opening sentence `sentence` goes on with.
 */
export function indefiniteDocumentBefore(st: LinkState, sentence: number): boolean {
  const ctx = st.ctx;
  if (sentence < 1 || st.headline(sentence - 1)) return false;
  const s = ctx.sentences[sentence - 1]!;
  const toks = ctx.tokens;
  const det = toks[s.first]!.lower;
  if (det !== 'a' && det !== 'an') return false;
  const np = phraseStartingAt(ctx, s.first, s.last);
  if (!np || np.head <= np.start || headClass(ctx, np.head) !== 'document') return false;
  // (not the named study itself: "A study published in the Journal of X found ... Its authors")
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  const named = st.registry.latestNamedDocument();
  return !named || named.first !== toks[np.start]!.start;
}
