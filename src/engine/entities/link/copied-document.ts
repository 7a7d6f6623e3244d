/**
 * A copy is the document it copies: "A classified review of the navy's frigates concludes ...,
 * according to a copy seen by the Standard", "according to a copy of the memo seen by the site",
 * "The full report has not been made public. A copy seen by the Review says". The copy is as
 * named as that document (the guideline's documents, named when a named body issued them), not a
 * new unnamed one; a copy of a petition residents signed stays unnamed with its petition.
 */
import { ruleWords } from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import type { NounPhrase } from '../../phrase/noun-phrase';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { SourcePhrase } from '../../subject/result';
import { withNamed } from '../../subject/result';
import { INDEFINITE_SINGULAR } from './documents';
import type { LinkState } from './state';
import { previousSameWord } from '../../same-word';

/**
 * The document the copy `np` (`a copy`, `extracts`, `a copy of the memo`) stands for, as a
 * source phrase: its definite `of` complement (`the memo`, `its report`), else a document that
 * opens its sentence (`A confidential review ... has found ..., according to a copy`) or, when
 * the copy opens its own, the sentence before (`The full report has not been made public. A copy
 * ... says`); null when the phrase is no copy or no such document stands there.
 */
export function copiedDocument(st: LinkState, np: NounPhrase): SourcePhrase | null {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  const h = np.head;
  if (!COPIES.has(toks[h]!.lower)) return null;
  const si = ctx.sentenceOf[h]!;
  const s = ctx.sentences[si]!;
  if (toks[h + 1]?.lower === 'of') {
    // (not a document met here first: "a copy of a letter" is new, as before)
    if (INDEFINITE_SINGULAR.has(toks[h + 2]?.lower ?? '')) return null;
    const inner = documentAt(st, h + 2, s.last);
    // (only one the story named by its noun before: "the letter" after "shareholders have
    // written to the board" is theirs, whoever else the story named)
    return inner && previousSameWord(ctx, inner.np.head) >= 0 ? inner : null;
  }
  if (np.start > s.first) return documentAt(st, s.first, np.start);
  if (si < 1 || st.headline(si - 1)) return null;
  const before = ctx.sentences[si - 1]!;
  return documentAt(st, before.first, before.last);
}

/** The document phrase starting at token `k` and ending before token `limit`, or null. */
function documentAt(st: LinkState, k: number, limit: number): SourcePhrase | null {
  const ctx = st.ctx;
  const np = phraseStartingAt(ctx, k, limit);
  if (!np || np.head < np.start || np.head >= limit || ctx.name[np.head]) return null;
  if (headClass(ctx, np.head) !== 'document' || COPIES.has(ctx.tokens[np.head]!.lower)) return null;
  return withNamed(ctx, np);
}

/** Versions that are documents of their own, not copies: `draft`, `version`. */
const DRAFTS: ReadonlySet<string> = new Set(['draft', 'drafts', 'version', 'versions']);

/** Nouns of a copy or part of a document that stand for it: `copy`, `excerpts`, `extract`. */
const COPIES: ReadonlySet<string> = new Set(
  [...ruleWords('documentVersions')].filter((w) => !DRAFTS.has(w)),
);
