/**
 * The report a source was credited in: "In a short report on Sunday, the mission said its
 * observers had recorded 212 explosions ... Craters appear to have been made by shells fired from
 * the west, the report noted". A definite `the report` with no report of its own before is the
 * one that sentence spoke of, and as named as the source it gave (the guideline's documents:
 * named when a named body issued them; decision 68).
 */
import type { NounPhrase } from '../../phrase/noun-phrase';
import type { LinkState } from './state';

/** How many sentences back the credited report may stand. */
const REACH = 5;

/** Determiners of a report a source speaks in: `in a report`, `in its report`. */
const REPORT_DETS: ReadonlySet<string> = new Set(['a', 'an', 'its', 'their']);

/**
 * Whether `np`, a bare `the report`, is the report a named source was credited in within the
 * few sentences before: a sentence with `in a|its (one or two words) report` and a named source.
 */
export function creditedReport(st: LinkState, np: NounPhrase): boolean {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  if (np.head !== np.start + 1 || toks[np.head]!.lower !== 'report') return false;
  const si = ctx.sentenceOf[np.start]!;
  for (let s = si; s >= 0 && s >= si - REACH; s--) {
    const sentence = ctx.sentences[s]!;
    const end = s === si ? np.start : sentence.last;
    if (!reportIn(st, sentence.first, end)) continue;
    for (let m = st.toks.length - 1; m >= 0; m--) {
      const k = st.toks[m]!;
      if (k >= end || ctx.sentenceOf[k] !== s) continue;
      if (st.tracked[m]!.entity.named) return true;
    }
    return false;
  }
  return false;
}

/** Whether `in a|its ... report` stands in tokens `[a, b)`, at most two words before `report`. */
function reportIn(st: LinkState, a: number, b: number): boolean {
  const toks = st.ctx.tokens;
  for (let k = a; k + 2 < b; k++) {
    if (toks[k]!.lower !== 'in' || !REPORT_DETS.has(toks[k + 1]!.lower)) continue;
    for (let h = k + 2; h < b && h <= k + 4; h++) if (toks[h]!.lower === 'report') return true;
  }
  return false;
}
