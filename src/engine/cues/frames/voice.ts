/**
 * Frames refused by the verb's voice before any family is asked: raising ("is said to", a
 * hedge), "quoted as saying", and a reduced relative with a by-agent ("findings published by");
 * with them, the lists of verbs whose passive with `by` is a cue (`SAID_BY`, `JUDGED_BY`). A new
 * rule about a passive or a participle that reports nobody's words goes here.
 */
import type { Context } from '../../context';
import { isAdverb, isContent, isDet, isPunct, isQuote, toNounPhrase } from '../../context';
import { F, RAISING_PARTICIPLES, reportingVerb, ruleWords } from '../../lexicon';
import type { Sentence } from '../../sentences';
import type { Verb } from '../verb-group';

/** Media of speech after `by`, never its agent: "said by telephone", "told by email". */
const BY_MEDIA = ruleWords('byMedia');

/** Raising: "is said to", "are believed to", reduced "the man, believed to be in his 40s". */
export function raising(ctx: Context, v: Verb): boolean {
  const toks = ctx.tokens;
  const t = toks[v.i]!;
  if ((t.f & F.RAISING) === 0 || !RAISING_PARTICIPLES.has(t.lower) || v.next?.lower !== 'to')
    return false;
  // ("had been reported to the contractor": `to` before a noun phrase is the addressee)
  if (v.passive) return !toNounPhrase(ctx, v.end);
  const p = toks[v.i - 1];
  return (
    !v.beBefore &&
    (toks[v.end + 1]?.lower === 'be' || toks[v.end + 1]?.lower === 'have') &&
    v.g === v.i &&
    !!p &&
    (isContent(p) || isPunct(p, ','))
  );
}

/**
 * "as saying" after "quoted" belongs to that cue ("quoted as saying" is one cue); in "quoted a
 * senior engineer as saying" the saying is its own.
 */
export function quotedAsSaying(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const i = v.i;
  if (!v.forms.has('ing') || toks[i - 1]?.lower !== 'as') return false;
  const q = toks[i - 2];
  if (!q || reportingVerb(q)?.lemma === 'quote') return true;
  for (let k = i - 3; k >= s.first && k >= i - 12; k--) {
    if (isPunct(toks[k]) || isQuote(toks[k])) break;
    if (reportingVerb(toks[k]!)?.lemma === 'quote') return false;
  }
  return true;
}

/** A bare participle after a noun, then `by`: a reduced relative ("findings published by"). */
export function reducedRelativeBy(ctx: Context, v: Verb): boolean {
  const toks = ctx.tokens;
  const p = toks[v.i - 1];
  const forms = v.forms;
  return (
    !v.sawAux &&
    forms.has('participle') &&
    !forms.has('base') &&
    v.next?.lower === 'by' &&
    // ("Okafor said by telephone that": a medium after `by` is no agent)
    !BY_MEDIA.has(toks[v.end + 1]?.lower ?? '') &&
    !!p &&
    isContent(p) &&
    // ("a link first proposed by the director", "a figure repeated by the agency": a participle
    // clause of saying)
    !isAdverb(p) &&
    !SAID_BY.has(v.lemma) &&
    // ("an appearance criticized by the administration", "a figure disputed by the union": a
    // judgement of what was said or done, with its judge)
    !JUDGED_BY.has(v.lemma) &&
    v.lemma !== 'cite' &&
    v.lemma !== 'quote' &&
    // (a past form after a determiner and a noun may be the clause's finite verb)
    (!forms.has('past') || !(toks[v.i - 2] && isDet(toks[v.i - 2])))
  );
}

/** Clausal verbs of saying whose passive with an agent is a cue: `was repeated by the office`. */
export const SAID_BY = ruleWords('saidBy');

/**
 * Statements whose bare participle after a noun keeps its maker after `by` (decision 12): "the
 * figures announced by the ministry", "a plan proposed by the council".
 */
export const REDUCED_SAID_BY = ruleWords('reducedSaidBy');

/** Verbs of judging what someone said or did, whose by-agent judges: `criticized by`. */
export const JUDGED_BY = ruleWords('judgedBy');
