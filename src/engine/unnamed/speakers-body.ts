/**
 * The body of a speaker who is not named, told of as acting: "One senior executive at a midsize
 * lender said his bank had quietly lowered its standards", "A finance director, who asked not to
 * be named, said his authority had already frozen recruitment". The possessive points back to the
 * source of the cue, whose own phrase gives no name, so the body is one the sentence itself shows
 * withheld, and it acts in what the source tells (points 244 and 287 of the labelled sets' rulings:
 * "his bank", "his firm", "her charity" required; decisions 70 and 177).
 *
 * Not a named speaker's body ("Sam Liu said his company had cut jobs"), nor one the speaker's
 * phrase names ("A spokesman for Acme", "A nurse at St Anne's": decision 163's definite of a body
 * in view), nor a body that only undergoes something, is described or has a plan ("his bank was
 * fined", "his firm is small", "her charity would close": no past act of its own).
 */
import type { Context } from '../context';
import { isPlaceName } from '../phrase/places';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { inContent, pastAct, pastDoing } from './content-subject';
import { cueBefore, indefinite } from './speakers-people';

/** The third-person possessives that can point back to a speaker (not `its`: a body's own). */
const SPEAKER_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * Whether `np`, an organisation with a speaker's possessive ("his bank", "her small charity"), is
 * the body of an unnamed speaker, acting in the content of the speaker's cue (see the header).
 */
export function speakersBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!SPEAKER_POSSESSIVES.has(toks[np.start]!.lower)) return false;
  // the head ends the phrase, nothing between but words ("his own firm", not "her bank's board")
  if (np.head !== np.coreEnd - 1) return false;
  for (let k = np.start + 1; k <= np.head; k++)
    if (toks[k]!.kind !== 'word' || ctx.name[k]) return false;
  if (!inContent(ctx, s, np.start)) return false;
  const cue = cueBefore(ctx, s, np.start);
  return (
    cue >= 0 &&
    unnamedSpeaker(ctx, s.first, cue) &&
    (pastAct(ctx, s, np.end) || pastDoing(ctx, s, np.end))
  );
}

/**
 * Whether the words before the cue open with an indefinite person ("One senior executive", "A
 * finance director") and give no name but a place's ("A banker in Ostby"): a name of any other
 * kind may be the body itself ("A nurse at St Anne's", "A spokesman for Acme").
 */
function unnamedSpeaker(ctx: Context, first: number, cue: number): boolean {
  const toks = ctx.tokens;
  let k = first;
  while (k < cue && toks[k]!.kind === 'quote') k++;
  if (!indefinite(toks[k]?.lower ?? '') || toks[k]!.lower === 'some') return false;
  for (; k < cue; k++) if (ctx.name[k] && !isPlaceName(ctx, k)) return false;
  return true;
}
