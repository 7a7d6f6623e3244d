/**
 * A body a source's news is about, brought in new and left unnamed, in a state or a plan rather
 * than an act: "A European drugmaker is in talks to license the drug, two people familiar with the
 * talks said", "A leasing company is close to ordering 30 trains, industry sources said", "A
 * leading retailer is to be investigated, according to people briefed on the case". ANNOTATION.md
 * section 2: an indefinite description of an organisation that acts in the story is `unnamed` ("a
 * foreign intelligence agency"). The organisation rules ask for an active subject, since a copula
 * or a passive tells no act by itself; but a body that a count or an indefinite article brings in
 * as the subject of the state or the passive that opens a sentence a cue after it credits is the
 * party the source withholds, not a class.
 *
 * Left alone: a state no cue credits (a body's own plan the story is about, "A crisis service is
 * to stop taking calls"; a duty, "A consortium is responsible for the line"), a negated clause ("A
 * bank is not a charity, he said": a general statement), a kind defined ("A bank is a place to
 * keep money, a banker said"), and definite or bare bodies (the other organisation rules judge
 * those).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isNegation } from '../context';
import { BE_FORMS } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { asideEnd } from './people';

/**
 * Whether `np`, an organisation that a count or an indefinite determiner brings in (`fresh`), at
 * `pos` in its clause, is the withheld subject of a state or a passive the story reports (see the
 * file's head). `reported`: the phrase opens a sentence a cue after it credits.
 */
export function reportedBodyState(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  pos: string,
  fresh: boolean,
  reported: boolean,
): boolean {
  if (!fresh || !reported || (pos !== 'copula' && pos !== 'passiveSubject')) return false;
  const v = asideEnd(ctx, s, np.end);
  if (v >= s.last || negatedGroup(ctx, s, v)) return false;
  return !(pos === 'copula' && kindDefined(ctx, np, v));
}

/**
 * Whether an indefinite singular is defined by an indefinite noun after the copula at `v`: "A
 * bank is a place to keep money" tells what a kind is, in a general statement.
 */
function kindDefined(ctx: Context, np: NounPhrase, v: number): boolean {
  const toks = ctx.tokens;
  const article = (t: Token | undefined): boolean => t?.lower === 'a' || t?.lower === 'an';
  return article(toks[np.start]) && BE_FORMS.has(toks[v]!.lower) && article(toks[v + 1]);
}

/** Whether the verb group opening at `v` is negated: "is not", "has never been", "isn't". */
function negatedGroup(ctx: Context, s: Sentence, v: number): boolean {
  const toks = ctx.tokens;
  for (let k = v; k < s.last && k < v + 4; k++) {
    const t = toks[k]!;
    if (isNegation(t) || t.lower === 'no') return true;
    if (!isAux(t) && !isAdverb(t) && !BE_FORMS.has(t.lower)) return false;
  }
  return false;
}
