/** The agent of a passive or a cue noun: `was disclosed last week by officials`, `assertions by the ministry`. */
import type { Context } from '../context';
import { isAdverb } from '../context';
import { TIME_WORDS } from '../lexicon';
import { namedness } from '../phrase/namedness';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import type { SourcePhrase } from '../subject/result';

/** The agent of a passive: `was disclosed last week by officials`. */
export function byAgent(ctx: Context, s: Sentence, vEnd: number): SourcePhrase | null {
  const toks = ctx.tokens;
  let k = vEnd;
  for (let guard = 0; guard < 5 && k < s.last; guard++) {
    const w = toks[k]!;
    if (w.lower === 'by') {
      const first = toks[k + 1];
      if (!first || TIME_WORDS.has(first.lower) || first.kind === 'num') return null;
      if (first.lower === 'the' && toks[k + 2] && TIME_WORDS.has(toks[k + 2]!.lower)) return null;
      const np = phraseStartingAt(ctx, k + 1, s.last, true);
      if (!np) return null;
      // "accused by lawmakers of misleading parliament": the of-gerund is the charge
      for (let q = np.coreEnd; q + 1 < np.end; q++)
        if (
          toks[q]!.lower === 'of' &&
          /[a-z]{3}ing$/.test(toks[q + 1]!.lower) &&
          !ctx.name[q + 1]
        ) {
          np.end = q;
          break;
        }
      return { np, named: namedness(ctx, np) };
    }
    // "confirmed on Tuesday by", "reported in March by": a time phrase before the agent
    const n = toks[k + 1];
    if (
      (w.lower === 'on' || w.lower === 'in' || w.lower === 'at') &&
      n &&
      (TIME_WORDS.has(n.lower) || n.kind === 'num')
    ) {
      k += 2;
      continue;
    }
    if (
      isAdverb(w) ||
      w.lower === 'so' ||
      w.lower === 'too' ||
      TIME_WORDS.has(w.lower) ||
      w.lower === 'last' ||
      w.lower === 'this' ||
      w.lower === 'as' ||
      w.lower === 'early'
    ) {
      k++;
      continue;
    }
    break;
  }
  return null;
}
