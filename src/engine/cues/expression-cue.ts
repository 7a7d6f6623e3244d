/**
 * Verbs of expression with what they express: `expressed frustration that`, `voiced concern`,
 * `have raised questions about`, `made a pledge to`, `made public a letter`. The cue is the verb
 * group and the noun; its source is the verb's subject.
 */
import type { Context } from '../context';
import { isAdverb, isContent, isDet } from '../context';
import { EXPRESSION_VERBS } from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import { headClass } from '../phrase/head-class';
import type { Sentence } from '../sentences';
import { findSubject } from '../subject/find-subject';
import type { Cue } from './cue';
import { pronounOf, sourceOf } from './cue';
import { groupStart } from './verb-group';

/** Head classes of things, which raise questions without voicing them. */
const THINGS: ReadonlySet<HeadClass> = new Set<HeadClass>(['nonAgent', 'other']);

/** The cue of a verb of expression at `i`, or undefined when none. */
export function expressionCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  const verb = EXPRESSION_VERBS.get(toks[i]!.lower);
  if (!verb || ctx.name[i]) return undefined;
  // the noun after up to three determiners, adjectives or adverbs: "expressed deep
  // frustration", "raised serious new questions", "made a pledge"
  let k = i + 1;
  while (k < s.last && k <= i + 3 && !verb.nouns.has(toks[k]!.lower)) {
    const w = toks[k]!;
    if (!(isDet(w) || isAdverb(w) || (isContent(w) && !ctx.name[k]))) return undefined;
    k++;
  }
  const noun = toks[k];
  if (!noun || k >= s.last || !verb.nouns.has(noun.lower)) return undefined;
  // "made public transport free": "public" before a noun is its adjective
  if (noun.lower === 'public') {
    const n = toks[k + 1];
    if (k !== i + 1 || (n && isContent(n) && !isAdverb(n) && !ctx.name[k + 1])) return undefined;
  }
  const { g, sawAux, beBefore } = groupStart(ctx, s, i);
  // "concerns were raised": the passive hides who raised them
  const passive = beBefore && sawAux && toks[i]!.lower.endsWith('ed');
  const subject = passive ? null : findSubject(ctx, s, g);
  const source = sourceOf(subject);
  // "The arrangement raised questions": an event or a thing prompts them, nobody voices them
  if (source && THINGS.has(headClass(ctx, source.np.head))) return undefined;
  const pronoun = pronounOf(subject);
  return {
    start: passive ? i : g,
    end: k + 1,
    cue: verb.lemma === 'make' ? 'neutral' : 'stance',
    source,
    pronoun,
    shares: false,
    passive: passive && !source,
  };
}
