/**
 * A body that acts inside a `with` absolute clause: "with at least three private equity firms
 * having expressed interest", "with one group believed to be working for a foreign government".
 * The clause has a subject and a verb of its own, so the body after `with` is that verb's doer,
 * not a companion or an instrument ("with a rival firm", "talks with two banks").
 */
import type { Context } from '../context';
import { isAdverb, isWord } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { indefinite } from './speakers-people';

/** Whether `np` follows `with` and a perfect `having` + participle or a raising hedge follows it. */
export function withAbsoluteSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'with') return false;
  let k = np.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  const next = toks[k + 1];
  if (!isWord(v) || !isWord(next) || k + 1 >= s.last) return false;
  // "having expressed interest", "having already agreed"
  if (v.lower === 'having') {
    let q = k + 1;
    while (q < s.last && isAdverb(toks[q])) q++;
    const part = toks[q];
    return (
      isWord(part) &&
      !ctx.name[q] &&
      ((part.f & F.IRREGULAR) !== 0 || /[a-z]{2}(ed|en)$/.test(part.lower)) &&
      // ("having been fined": a passive tells what befell the body)
      part.lower !== 'been'
    );
  }
  // "believed to be working for", "said to have bid": a raising hedge on the body's own act
  // (a participle of a passive hedge: not a finite verb, "with two banks appeared to show")
  return (v.f & F.RAISING) !== 0 && next.lower === 'to' && !/^(appear|seem|tend)/.test(v.lower);
}

/**
 * Whether `np`, people new to the story, follows `with` and a raising hedge on an act of theirs:
 * "with several leading shareholders understood to have lost confidence in him", "with several
 * producers said to be weighing exits". The hedge reports what the people did or are doing, so
 * they act, as a body does above; a hedge on a state or a place ("with two actresses said to be
 * interested", "said to be on a shortlist") describes them and leaves them alone, and so does a
 * definite or possessive phrase (people known from before).
 */
export function withAbsolutePeople(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'with' || !indefinite(toks[np.start]!.lower)) return false;
  let k = np.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  if (!isWord(v) || (v.f & F.RAISING) === 0 || toks[k + 1]?.lower !== 'to') return false;
  const aux = toks[k + 2]?.lower;
  const act = toks[k + 3];
  if (!isWord(act) || k + 3 >= s.last || ctx.name[k + 3]) return false;
  // "to have lost", "to have approached" (not "to have been told": what befell them)
  if (aux === 'have')
    return act.lower !== 'been' && ((act.f & F.IRREGULAR) !== 0 || /[a-z]{2}ed$/.test(act.lower));
  // "to be weighing", "to be pushing for" (not "to be interested", "to be on a shortlist")
  return aux === 'be' && /[a-z]{3}ing$/.test(act.lower);
}
