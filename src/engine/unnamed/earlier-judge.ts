/**
 * The judge of an earlier hearing in a story of an appeal: "quashed the conviction, ruling that
 * the trial judge had misdirected the jury", "The original trial judge, who has since retired,
 * was criticised". The appeal court is the story's court; the judge whose rulings it weighs sat in
 * an earlier trial the story does not name, and acted in it: a definite description of an
 * unnamed person who acts, required (decision 16 of the labelled sets; point 141 makes the court
 * of the story's own case named, which the earlier trial's judge is not).
 *
 * Not a judge given a name ("the trial judge, Mr Justice Harle,"), nor a trial judge in a story
 * with no appeal (the judge of the story's own trial, its court's officer), nor the appeal
 * court's own judges ("the three judges").
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';

/** Words before `judge` that place the judge in an earlier hearing: `trial`, `sentencing`. */
const EARLIER_HEARINGS: ReadonlySet<string> = new Set(['original', 'sentencing', 'trial']);

/** Words that tell of an appeal against an earlier hearing: `appeal`, `quashed`, `retrial`. */
const APPEALING: ReadonlySet<string> = new Set([
  'appeal',
  'appealed',
  'appeals',
  'overturned',
  'quashed',
  'retrial',
]);

/** Whether `np` is the definite, unnamed judge of an earlier hearing in a story of an appeal. */
export function earlierJudge(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if ((head !== 'judge' && head !== 'judges') || np.head === np.start) return false;
  if (toks[np.start]!.lower !== 'the') return false;
  if (!EARLIER_HEARINGS.has(toks[np.head - 1]!.lower)) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  // ("the trial judge, Mr Justice Harle,": named in apposition)
  if (isPunct(toks[np.end], ',') && ctx.name[np.end + 1]) return false;
  return tellsOfAppeal(ctx);
}

/** Whether any word of the text tells of an appeal (asked only of a rare phrase). */
function tellsOfAppeal(ctx: Context): boolean {
  for (const t of ctx.tokens) if (APPEALING.has(t.lower)) return true;
  return false;
}
