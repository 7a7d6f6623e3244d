/**
 * The subject that opens the sentence before a mention, when it describes people who credited
 * nothing there ("A Hartwell Trust spokesperson was asked about the bridge on Monday. '...,' she
 * said"): what a pronoun refers to when no source or name of the sentences before does.
 */
import { F } from '../../lexicon';
import { headClass, isPersonClass } from '../../phrase/head-class';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { SourcePhrase } from '../../subject/result';
import { withNamed } from '../../subject/result';
import type { LinkState } from './state';

/**
 * The opening subject of sentence `sentence - 1` as a source phrase, if it is a description of
 * people (`plural`: of more than one) that a form of `be` or an auxiliary follows ("was asked",
 * "were told", "has been"), or null.
 */
export function subjectBefore(
  st: LinkState,
  sentence: number,
  plural: boolean,
): SourcePhrase | null {
  const ctx = st.ctx;
  if (sentence < 1 || st.headline(sentence - 1)) return null;
  const s = ctx.sentences[sentence - 1]!;
  const toks = ctx.tokens;
  const np = phraseStartingAt(ctx, s.first, s.last);
  if (!np || np.head < np.start || ctx.name[np.head]) return null;
  const head = toks[np.head]!;
  if (head.kind !== 'word' || !isPersonClass(headClass(ctx, np.head))) return null;
  if (pluralHead(head.lower) !== plural) return null;
  // (the subject: a verb right after it; the phrase has no pronoun or name of its own at its head)
  const next = toks[np.end];
  if (!next || next.kind !== 'word' || (next.f & (F.BE | F.AUX)) === 0) return null;
  return withNamed(ctx, np);
}

/**
 * The opening subject of sentence `sentence - 1` when it is a definite document (`The study is
 * published in ...`, `The report, released on Monday, was`) that a verb follows, as a source
 * phrase, or null: what an `It` opening sentence `sentence` goes on with ("... and it was
 * presented at the annual meeting of the Academy. It found that"), not a body its sentence named
 * inside a phrase of place or occasion.
 */
export function documentSubjectBefore(st: LinkState, sentence: number): SourcePhrase | null {
  const ctx = st.ctx;
  if (sentence < 1 || st.headline(sentence - 1)) return null;
  const s = ctx.sentences[sentence - 1]!;
  const toks = ctx.tokens;
  if (toks[s.first]!.lower !== 'the') return null;
  const np = phraseStartingAt(ctx, s.first, s.last);
  if (!np || np.head < np.start || ctx.name[np.head]) return null;
  if (headClass(ctx, np.head) !== 'document') return null;
  const next = toks[np.end];
  if (!next || next.kind !== 'word' || (next.f & (F.BE | F.AUX | F.REPORT)) === 0) return null;
  const phrase = withNamed(ctx, np);
  // "The study is published in the Harbour Journal of Medicine": a document a named journal or
  // body published is named (the guideline's documents)
  return publishedByName(st, np.end) ? { ...phrase, named: true } : phrase;
}

/**
 * Whether `is published in` / `was published by` and a name follow token `k`: `is published in
 * the Harbour Journal of Medicine`.
 */
function publishedByName(st: LinkState, k: number): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  if ((toks[k]!.f & F.BE) === 0 || toks[k + 1]?.lower !== 'published') return false;
  const prep = toks[k + 2]?.lower;
  if (prep !== 'in' && prep !== 'by') return false;
  const at = toks[k + 3]?.lower === 'the' ? k + 4 : k + 3;
  return ctx.name[at] !== 0 && ctx.name[at] !== undefined;
}

/** Whether a head noun of people is plural: `officials`, `police`. */
export function pluralHead(w: string): boolean {
  return (w.endsWith('s') && !w.endsWith('ss')) || COLLECTIVE.has(w);
}

/** Plural heads with no plural `s`: `police`, `people`, `staff`. */
const COLLECTIVE: ReadonlySet<string> = new Set(['police', 'people', 'staff']);
