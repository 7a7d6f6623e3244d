import type { Context } from '../context';
import { isContent, isDet } from '../context';
import { previousSameWord } from '../same-word';
import type { NounPhrase } from './noun-phrase';
import { isPlaceName } from './places';

/**
 * Whether `np`, a bare `the X`, repeats an earlier mention of the same noun that a name
 * identified: a name's possessive or a determiner and a name before it (`the Union of Western States' mission`, `the
 * Concord of Nations monitoring mission`) or an `of` + name after it (`a 40-member mission of the
 * Continental Security Council`). The text met it as that body's, though it was no source then,
 * so the repeat is named (decision 15 of the labelled sets: a definite description that refers
 * back to a named entity; decision 23's repeats). The name must be no place's (`a rescue mission
 * in Kelm`, `the mission of Kelm` only place it).
 */
export function namedEarlierMention(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'the' || np.head !== np.start + 1) return false;
  if (np.coreEnd !== np.head + 1) return false;
  const q = previousSameWord(ctx, np.head);
  if (q < 1) return false;
  // after: "of (the) Name"
  if (toks[q + 1]?.lower === 'of') {
    const k = toks[q + 2]?.lower === 'the' ? q + 3 : q + 2;
    if (ctx.name[k] && !isPlaceName(ctx, k)) return true;
  }
  // before: at most two lowercase words, then a name or a name's possessive
  let k = q - 1;
  for (let n = 0; n < 2 && k >= 0 && !ctx.name[k] && toks[k]!.kind !== 'pos'; n++, k--)
    if (!isContent(toks[k]) || toks[k]!.cap) return false;
  const owner = toks[k]?.kind === 'pos';
  if (owner) k--;
  if (k < 0 || !ctx.name[k] || isPlaceName(ctx, k)) return false;
  // (a name's possessive, or a determiner opening the name and the noun as one phrase: "the
  // Concord of Nations monitoring mission"; not "drove Tom Hale home")
  if (owner) return true;
  while (k > 0 && (ctx.name[k - 1] || (toks[k - 1]!.lower === 'of' && ctx.name[k - 2]))) k--;
  return isDet(toks[k - 1]);
}
