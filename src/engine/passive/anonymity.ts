/** The anonymity formula, whose passive hides no actor: `spoke on condition that he not be named`. */
import type { Context } from '../context';
import type { Sentence } from '../sentences';
import { MODALS, negation } from './states';

/** Participles of the anonymity formula: `not be named`, `not be identified`, `not be quoted`. */
const WITHHELD = new Set(['identified', 'named', 'quoted']);

/** Words that ask for anonymity before `not (to) be named`: `asked`, `on condition that`. */
const ANONYMITY_ASKING = new Set([
  'agreed',
  'asked',
  'asking',
  'condition',
  'insisted',
  'preferred',
  'requested',
  'requesting',
  'want',
  'wanted',
  'wanting',
  'wish',
  'wished',
  'wishing',
]);

/** Words that refuse a name without a `not`: `declined to be named`, `refusing to be identified`. */
const ANONYMITY_REFUSING = new Set([
  'decline',
  'declined',
  'declines',
  'declining',
  'refused',
  'refuses',
  'refusing',
]);

/** Participles of a name kept back: `asked that his name be withheld`, `not be published`. */
const NAME_KEPT = new Set([
  'changed',
  'disclosed',
  'given',
  'printed',
  'published',
  'released',
  'revealed',
  'used',
  'withheld',
]);

/** What a person declines to undergo: `declined to be interviewed`, `refused to be filmed`. */
const DECLINED_EXPOSURE = new Set(['filmed', 'interviewed', 'photographed', 'pictured']);

/** What names a person only in part after `identified`/`named only`: `as Tam`, `by her first name`. */
const ONLY_AS: ReadonlySet<string> = new Set(['as', 'by']);

/**
 * Whether the passive at `be` (token `i`) with participle `lower` at `k` is the anonymity formula:
 * `asked not to be named`, `requested that he not be identified`, `declining to be identified`,
 * `asked that her name be withheld`, `on condition that she was not identified`, `asked to be
 * identified only as Tam`.
 */
export function anonymityFormula(
  ctx: Context,
  s: Sentence,
  i: number,
  k: number,
  lower: string,
): boolean {
  const toks = ctx.tokens;
  // ("who asked to be identified only as Tam": a name given in part at the source's request; not
  // "has been identified only as a 34-year-old", a withholding whose withholder is left open)
  if (
    WITHHELD.has(lower) &&
    toks[k + 1]?.lower === 'only' &&
    ONLY_AS.has(toks[k + 2]?.lower ?? '') &&
    toks[i - 1]?.lower === 'to' &&
    ANONYMITY_ASKING.has(toks[i - 2]?.lower ?? '')
  )
    return true;
  // ("declined to be interviewed", "refusing to be photographed")
  if (
    DECLINED_EXPOSURE.has(lower) &&
    toks[i - 1]?.lower === 'to' &&
    ANONYMITY_REFUSING.has(toks[i - 2]?.lower ?? '')
  )
    return true;
  // ("asked that his name be withheld", "her surname not be used": the request, in the
  // subjunctive; "His name was withheld from the jury" reports the act)
  if (NAME_KEPT.has(lower) && toks[i]!.lower === 'be' && !MODALS.has(toks[i - 1]?.lower ?? '')) {
    for (let k = i - 1; k >= s.first && k >= i - 3; k--) {
      const w = toks[k]!.lower;
      if (w === 'name' || w === 'names' || w === 'surname' || w === 'identity') return true;
    }
    return false;
  }
  if (!WITHHELD.has(lower)) return false;
  if (noneWilling(ctx, s, i)) return true;
  // ("on condition that she was not identified": the negation after `be`)
  let negated = negation(toks[i + 1]);
  for (let q = i - 1; q >= s.first && q >= i - 6; q--) {
    const w = toks[q]!.lower;
    if (negation(toks[q])) negated = true;
    // ("asked not to be named"; "did not want to be named")
    else if (ANONYMITY_ASKING.has(w))
      return negated || negation(toks[q - 1]) || negation(toks[q - 2]);
    else if (ANONYMITY_REFUSING.has(w)) return true;
  }
  return false;
}

/** Subjects that refuse a name by themselves: `Neither would be identified`, `None of them`. */
const NONE_OF_THEM: ReadonlySet<string> = new Set(['neither', 'none', 'nobody']);

/** Words of willingness between such a subject and `be`: `would`, `was willing to`, `agreed to`. */
const WILLING: ReadonlySet<string> = new Set(['agreed', 'wanted', 'willing', 'would']);

/**
 * Whether `be` at `i` follows a negative subject and a word of willingness ("Neither would be
 * identified because the meeting was private", "Neither aide was willing to be named", "None of
 * them agreed to be named"): the anonymity formula said of the sources.
 */
function noneWilling(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  let willing = false;
  for (let k = i - 1; k >= s.first && k >= i - 6; k--) {
    const w = toks[k]!;
    if (w.kind === 'punct') return false;
    if (WILLING.has(w.lower)) willing = true;
    else if (NONE_OF_THEM.has(w.lower)) return willing;
  }
  return false;
}
