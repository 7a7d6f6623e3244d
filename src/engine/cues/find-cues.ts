/**
 * Attribution cues: reporting verbs in any form (`said`, `has been described`, `is accused`),
 * cue phrases (`according to`, `in a statement`, `on condition of anonymity`) and cue nouns
 * (`claims that`), each with the source the sentence credits.
 */
import type { Context } from '../context';
import { sentenceHas } from '../context';
import { F } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Cue } from './cue';
import { expressionCue } from './expression-cue';
import { nounCue } from './noun-cue';
import { anonymityCue, plainCue, sourceAfterCue, statementCue } from './phrase-cues';
import { verbCue } from './verb-cue';

/**
 * The cue families, tried in this order at each candidate token: a finder returns its cue,
 * `undefined` when its family is not there, or null when its family is there but reports
 * nothing (then the token is done).
 */
const FAMILIES: readonly ((ctx: Context, s: Sentence, i: number) => Cue | null | undefined)[] = [
  sourceAfterCue,
  anonymityCue,
  plainCue,
  statementCue,
  expressionCue,
  verbCue,
  nounCue,
];

/** Finds every attribution cue in sentence `s`. */
export function findCues(ctx: Context, s: Sentence): Cue[] {
  const toks = ctx.tokens;
  const out: Cue[] = [];
  if (!sentenceHas(ctx, s, F.REPORT | F.CUE_START)) return out;
  for (let i = s.first; i < s.last; i++) {
    if ((toks[i]!.f & (F.REPORT | F.CUE_START)) === 0) continue;
    for (const family of FAMILIES) {
      const cue = family(ctx, s, i);
      if (cue === undefined) continue;
      if (cue) {
        out.push(cue);
        // the cue's words are not looked at again ("according to", "points out")
        i = cue.end - 1;
      }
      break;
    }
  }
  return out;
}
