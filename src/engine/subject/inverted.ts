/** Subjects after an inverted verb: `"...," said the source`, `said Khaled Nasrallah, director of ...`. */
import type { Context } from '../context';
import {
  isAdverb,
  isDet,
  isOpenQuote,
  isPronoun,
  isPunct,
  isQuant,
  isQuote,
  isTimeWord,
} from '../context';
import { namedness } from '../phrase/namedness';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import { isNameApposition } from './aside';
import { partitivePronoun } from './partitive';
import type { SubjectResult } from './result';

/** The phrase right after an inverted verb: `"...," said the source`. */
export function invertedSubject(ctx: Context, s: Sentence, after: number): SubjectResult {
  const toks = ctx.tokens;
  let k = after;
  while (k < s.last && (isTimeWord(toks[k]) || isAdverb(toks[k]))) k++;
  const t = toks[k];
  if (!t || k >= s.last) return null;
  if (isPronoun(t) && !isQuant(t) && !isDet(t)) return { pronoun: k };
  if (t.lower === 'that' || isOpenQuote(t) || isPunct(t)) return null;
  // "said one of them, who ...": a part of a group named by a pronoun
  const part = partitivePronoun(ctx, k + 2, k);
  if (part && part.start === k) {
    const f = toks[part.end];
    if (!f || part.end >= s.last || isPunct(f) || isQuote(f) || f.lower === 'who')
      return { np: part, named: namedness(ctx, part) };
  }
  const np = phraseStartingAt(ctx, k, s.last, true);
  if (!np) return null;
  // an inverted subject ends the clause; a phrase followed by a verb starts a new one
  // ("X, who spoke on condition of anonymity, said patients began ..."), and so does one
  // followed by a quotation ("X, a group that ..., said the study “confirms ...”")
  const follow = toks[np.end];
  if (isOpenQuote(follow) && np.end > k) return null;
  if (
    follow &&
    np.end < s.last &&
    !isPunct(follow) &&
    !isQuote(follow) &&
    !(
      follow.kind === 'word' &&
      (follow.lower === 'who' ||
        follow.lower === 'in' ||
        follow.lower === 'on' ||
        follow.lower === 'at' ||
        isTimeWord(follow))
    )
  )
    return null;
  let named = namedness(ctx, np);
  // "said Khaled Nasrallah, director of ..." / "said the official, John Smith"
  if (isPunct(toks[np.end], ',')) {
    let e = np.end + 1;
    while (e < s.last && !isPunct(toks[e])) e++;
    if (isNameApposition(ctx, np.end + 1, e)) named = true;
  }
  return { np, named };
}

/** Whether the verb at `i` is preceded by a comma or closing quote (so it may be inverted). */
export function afterQuoteOrComma(ctx: Context, g: number): boolean {
  const p = ctx.tokens[g - 1];
  return (
    !!p &&
    (isPunct(p, ',') ||
      (isQuote(p) && !isOpenQuote(p)) ||
      (isQuote(p) && isPunct(ctx.tokens[g - 2], ',')))
  );
}
