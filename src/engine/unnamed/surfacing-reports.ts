/**
 * Reports that surface with no one behind them: "Reports are circulating that the chairman will
 * step down", "since reports surfaced that its largest advertiser was pulling out", "Reports are
 * coming in of a large fire". The story relies on what they say and no issuer is given: the
 * guideline's "according to reports", an unnamed document (decisions 69 and 83 of the labelled
 * sets). A report with a name or owner in it ("A Finance Ministry report emerged") is that body's,
 * and a definite one ("The report emerged") is one met before.
 */
import type { Context } from '../context';
import { isAdverb, isAux } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** Verbs by which reports come to light, in every form: "emerged", "are circulating", "spread". */
const SURFACING: ReadonlySet<string> = new Set(
  ['circulat', 'emerg', 'surfac', 'swirl'].flatMap((st) => [
    `${st}e`,
    `${st}es`,
    `${st}ed`,
    `${st}ing`,
  ]),
);

/** Verbs that take `in` to mean arriving: "Reports are coming in", "reports began pouring in". */
const ARRIVING: ReadonlySet<string> = new Set([
  'came',
  'come',
  'comes',
  'coming',
  'flooded',
  'flooding',
  'poured',
  'pouring',
]);

/** Words of an onset before the verb: "began to emerge", "started circulating". */
const ONSET: ReadonlySet<string> = new Set(['began', 'begin', 'begins', 'begun', 'started', 'to']);

/**
 * Whether `np`, `report` or `reports` with no determiner but `a` or `an` and no name or owner in
 * it, is the subject of a verb of surfacing (past auxiliaries, adverbs and a `began to`):
 * "Unverified reports are circulating", "A report surfaced on Tuesday that", "Reports of looting
 * have emerged", "Reports are coming in of".
 */
export function surfacingReport(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if (head !== 'reports' && head !== 'report') return false;
  const first = toks[np.start]!;
  if ((first.f & F.DET) !== 0 ? first.lower !== 'a' && first.lower !== 'an' : head === 'report')
    return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  let k = np.end;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || ONSET.has(toks[k]!.lower))) k++;
  const v = toks[k]?.lower ?? '';
  return SURFACING.has(v) || (ARRIVING.has(v) && toks[k + 1]?.lower === 'in');
}
