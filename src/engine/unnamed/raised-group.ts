/**
 * A group brought in by a bare plural whose particular act a raising hedge reports: "Objectors are
 * understood to be considering a legal challenge", "Residents are believed to have blocked the
 * road", "Volunteers are said to cook for 200 people a night". The subject of a raising hedge
 * does what the infinitive says (position.ts's `raised`), and a counted or indefinite group there
 * is already an actor (reason.ts); a bare plural is one too when the infinitive is an act of the
 * verb lexicon (decisions 147, 162: groups that act in the story are required; point 189's crowds
 * that act). Left alone, as for group-acts.ts: a definite mention (the entities judge repeats), the
 * public and an electorate ("Voters are expected to turn out"), a body's own people (`staff`,
 * `crews`), a name inside the phrase, and an infinitive of a state, of dying or of undergoing
 * ("Migrants are feared to have drowned", "Residents are thought to be unhappy").
 */
import type { Context } from '../context';
import { isAdverb } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { DEFINITE, OWN_PEOPLE, PUBLIC } from './group-acts';
import { ACT_ING, ACT_PAST, ACT_PRESENT } from './verb-lexicon';

const BE = new Set(['are', 'were', 'is', 'was']);
const HAVE_BEEN = new Set(['have', 'has', 'had']);

/**
 * Whether `np`, a plural person phrase with no determiner of a definite mention, is the subject of
 * `are understood to`, `were believed to` (a raising participle) before an act: `be` + an act's
 * `-ing` form, `have` + an act's participle, or an act's plain form.
 */
export function raisedGroupAct(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if (!/s$/.test(head) && !/(?:men|people)$/.test(head)) return false;
  if (PUBLIC.has(head) || OWN_PEOPLE.has(head) || DEFINITE.has(toks[np.start]!.lower)) return false;
  for (let k = np.start; k <= np.head; k++) if (ctx.name[k]) return false;
  let k = skip(ctx, s, np.end);
  const be = toks[k];
  // "are understood", "have been told" would be a passive: only a form of `be` before the hedge
  if (!be || !BE.has(be.lower)) {
    if (!be || !HAVE_BEEN.has(be.lower) || toks[skip(ctx, s, k + 1)]?.lower !== 'been')
      return false;
    k = skip(ctx, s, k + 1);
  }
  k = skip(ctx, s, k + 1);
  if (((toks[k]?.f ?? 0) & F.RAISING) === 0 || toks[k + 1]?.lower !== 'to') return false;
  return infinitiveAct(ctx, s, k + 2);
}

/**
 * Whether the infinitive whose first word (after `to`) is at `k` tells of an act: `be` + an
 * act's `-ing` form ("to be blocking"), `have` + an act's participle ("to have organised"), or an
 * act's plain form ("to herd").
 */
export function infinitiveAct(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  k = skip(ctx, s, k);
  const v = toks[k]?.lower ?? '';
  const next = toks[skip(ctx, s, k + 1)]?.lower ?? '';
  if (v === 'be') return ACT_ING.has(next);
  if (v === 'have') return ACT_PAST.has(next);
  return ACT_PRESENT.has(v);
}

/** The index of the first word at or after `k` that is no adverb. */
function skip(ctx: Context, s: Sentence, k: number): number {
  while (k < s.last && isAdverb(ctx.tokens[k])) k++;
  return k;
}
