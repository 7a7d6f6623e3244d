/** Subjects after an inverted verb: `"...," said the source`, `said Khaled Nasrallah, director of ...`. */
import type { Context } from '../context';
import {
  isAdverb,
  isDet,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isQuote,
  isTimeWord,
} from '../context';
import { ruleWords } from '../lexicon';
import { namedness } from '../phrase/namedness';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { withEnd, withStart } from '../phrase/phrase-copy';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { isNameApposition } from './aside';
import { partitivePronoun } from './partitive';
import type { SubjectResult } from './result';

/**
 * The phrase right after an inverted verb: `"...," said the source`. `quoted`: a quotation closes
 * right before the verb, so what follows it is its subject, not its object (`"...," said a trust
 * and safety lead`, not `Dorrity, of Slough, denies attempted murder and burglary`).
 */
export function invertedSubject(
  ctx: Context,
  s: Sentence,
  after: number,
  quoted = false,
): SubjectResult {
  const toks = ctx.tokens;
  let k = after;
  while (k < s.last && (isTimeWord(toks[k]) || isAdverb(toks[k]))) k++;
  const t = toks[k];
  if (!t || k >= s.last) return null;
  if (isPronoun(t) && !isQuant(t) && !isDet(t)) return { pronoun: k };
  if (t.lower === 'that' || isOpenQuote(t) || isPunct(t)) return null;
  // `"...," said another.`: a determiner standing alone for one more of the people before it,
  // at the end of its clause
  if (quoted && STANDING_ALONE.has(t.lower) && endsClause(toks[k + 1], k + 1, s))
    return { np: { start: k, end: k + 1, head: k, coreEnd: k + 1 }, named: false };
  // "said one of them, who ...": a part of a group named by a pronoun
  const part = partitivePronoun(ctx, k + 2, k);
  if (part && part.start === k) {
    const f = toks[part.end];
    if (!f || part.end >= s.last || isPunct(f) || isQuote(f) || f.lower === 'who')
      return { np: part, named: namedness(ctx, part) };
  }
  let np = phraseStartingAt(ctx, k, s.last, true);
  if (!np) return null;
  // "said a former trust and safety lead.", "said Ana Ruiz and Tom Bell.": nouns joined by
  // `and` that run to the end of the clause are one subject
  if (quoted && toks[np.end]?.lower === 'and') {
    const more = phraseStartingAt(ctx, np.end + 1, s.last, true);
    if (more && endsClause(toks[more.end], more.end, s)) np = withStart(more, np.start);
  }
  // an inverted subject ends the clause; a phrase followed by a verb starts a new one
  // ("X, who spoke on condition of anonymity, said patients began ..."), and so does one
  // followed by a quotation ("X, a group that ..., said the study “confirms ...”")
  const follow = toks[np.end];
  if (isOpenQuote(follow) && np.end > k) return null;
  if (
    follow &&
    np.end < s.last &&
    !endsClause(follow, np.end, s) &&
    !(
      follow.kind === 'word' &&
      (follow.lower === 'who' ||
        follow.lower === 'in' ||
        follow.lower === 'on' ||
        follow.lower === 'at' ||
        isTimeWord(follow))
    )
  ) {
    // "wrote analyst Priya Chandran in a note to clients", "said Marisol Vance of the Patients
    // First Alliance": a post-modifier the phrase reader cut short (at a preposition, or inside
    // a name) leaves no new clause: the phrase's core is the subject
    if (!quoted || np.coreEnd >= np.end || !(isPrep(follow) || capitalised(ctx, np.end)))
      return null;
    np = withEnd(np, np.coreEnd);
  }
  let named = namedness(ctx, np);
  // "said Khaled Nasrallah, director of ..." / "said the official, John Smith"
  if (isPunct(toks[np.end], ',')) {
    let e = np.end + 1;
    while (e < s.last && !isPunct(toks[e])) e++;
    if (isNameApposition(ctx, np.end + 1, e)) named = true;
  }
  return { np, named };
}

/** Determiners that stand alone for people: `said another`. */
const STANDING_ALONE = ruleWords('standingAlone');

/** Whether token `t` at `k` ends a clause of sentence `s`: its end, a punctuation mark or a quote. */
function endsClause(t: Token | undefined, k: number, s: Sentence): boolean {
  return !t || k >= s.last || isPunct(t) || isQuote(t);
}

/** Whether the word at `k` starts with a capital letter (`First` of `Patients First Alliance`). */
function capitalised(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return false;
  const c = ctx.text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
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
