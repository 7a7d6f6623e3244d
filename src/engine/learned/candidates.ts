/**
 * (Session 30: not called by `analyze`. The learned tail-fixer did not earn its place, see
 * docs/learned-unnamed.md; scripts/learned/ uses this file, and commit 0b93162 shows it wired.)
 *
 * The learned tail-fixer's candidates in one sentence (docs/learned-unnamed.md): every noun phrase
 * whose head could be an unnamed actor (features.ts `candidateHead`), plus each rule finding no
 * candidate head falls in. Shared by the engine (tail-fixer.ts) and the training scripts.
 */
import type { Context } from '../context';
import type { Cue } from '../cues/cue';
import { F } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Features } from './features';
import { candidateHead, candidatePhrase, cueFacts, features } from './features';

/** A token range. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** A candidate of a sentence: token range, head, features, the rule finding it falls in. */
export interface Candidate {
  start: number;
  end: number;
  head: number;
  feats: Features;
  /** Index of the rule finding over its head, or -1. */
  finding: number;
}

/** The candidates of sentence `s`, given its cues and the rules' unnamed phrases (token ranges). */
export function candidates(
  ctx: Context,
  s: Sentence,
  cues: readonly Cue[],
  found: readonly TokenSpan[],
): Candidate[] {
  const facts = cueFacts(ctx, s, cues);
  const out: Candidate[] = [];
  const push = (start: number, end: number, head: number, coreEnd = head + 1): void => {
    const np = { start, end, head, coreEnd };
    let finding = -1;
    for (let i = 0; i < found.length && finding < 0; i++)
      if (head >= found[i]!.start && head < found[i]!.end) finding = i;
    out.push({ start, end, head, feats: features(ctx, s, np, facts), finding });
  };
  for (let j = s.first; j < s.last; j++) {
    if (!candidateHead(ctx, j, facts)) continue;
    const np = candidatePhrase(ctx, s, j);
    push(np.start, np.end, j, np.coreEnd);
  }
  // a rule finding no candidate head falls in: its last word before a preposition or a comma
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (out.some((c) => c.head >= f.start && c.head < f.end)) continue;
    let head = f.start;
    for (let k = f.start; k < f.end; k++) {
      const t = ctx.tokens[k]!;
      if (k > f.start && (t.kind === 'punct' || (t.f & F.PREP) !== 0)) break;
      head = k;
    }
    push(f.start, f.end, head);
  }
  return out;
}
