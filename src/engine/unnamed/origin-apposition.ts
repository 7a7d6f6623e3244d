/**
 * A source described again by where it comes from: "One of its organisers, a beef farmer from
 * Carhow, said", "One furious customer, a marathon runner from Castleford, said". The apposition
 * re-describes an unnamed source, so it is a required `unnamed` of its own (decision 78 of the
 * labelled sets), and a name after `from` that is no body's name is the person's town or region,
 * which identifies no one (decision 6). Were the name a body's ("an engineer from Orvane"), the
 * person would be one of its people, an optional `unnamed` at most, so the finding costs nothing.
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import { INSTITUTION_WORDS, ORG_NOUNS, ORG_SUFFIXES, PUBLICATION_WORDS } from '../lexicon';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import type { Sentence } from '../sentences';

/** Determiners of a new, indefinite description: `a`, `an`. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Whether `np` is `a`/`an` + a description + `from` + a name of no body's shape, in apposition
 * after a phrase of no name that the engine judges unnamed: "One, a teacher from Hallowby,".
 */
export function originApposition(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!INDEFINITE.has(toks[np.start]!.lower) || toks[np.coreEnd]?.lower !== 'from') return false;
  for (let k = np.start; k < np.coreEnd; k++) if (ctx.name[k]) return false;
  let k = np.coreEnd + 1;
  if (toks[k]?.lower === 'the') k++;
  if (!ctx.name[k]) return false;
  for (; k < np.end && ctx.name[k]; k++) {
    const w = toks[k]!.lower;
    if (
      toks[k]!.kind !== 'word' ||
      ORG_SUFFIXES.has(w) ||
      INSTITUTION_WORDS.has(w) ||
      ORG_NOUNS.has(w) ||
      PUBLICATION_WORDS.has(w)
    )
      return false;
  }
  if (toks[k]?.kind === 'pos') return false;
  // the phrase the description stands in apposition to
  if (!isPunct(toks[np.start - 1], ',') || np.start - 2 < s.first) return false;
  const before = phraseEndingAt(ctx, np.start - 2, s.first);
  if (!before || before.end !== np.start - 1) return false;
  for (let q = before.start; q < before.end; q++) if (ctx.name[q]) return false;
  return namedness(ctx, before) === false;
}
