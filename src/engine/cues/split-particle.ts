/**
 * Particle verbs of speaking with their object between verb and particle: "brushed the criticism
 * aside", "shrugged it off", "waved those concerns away", "tipped police off" (DECISIONS 74 and
 * 148: dismissing a stated claim is a required cue; "played ... down" is optional, decision 169).
 * The cue spans verb, object and particle, as the labels span "laughed that off".
 */
import type { Context } from '../context';
import { isAdverb, isDet, isPronoun, isTimeWord, isWord } from '../context';
import type { VerbEntry } from '../lexicon';
import { F, PARTICLE_VERBS, ruleWords } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';

/** A particle verb and the number of tokens its cue spans (verb to particle). */
export interface ParticleVerb {
  entry: VerbEntry;
  len: number;
}

/**
 * The particle verb at `i`, particle next ("brushed aside") or after a short object ("brushed
 * the criticism aside"), or undefined. The object is a pronoun, or up to three words that open
 * with a determiner or a content word and hold no preposition, conjunction or quotation; the
 * particle must not open a phrase of its own ("played the ball down the wing" moves a ball).
 */
export function particleVerb(ctx: Context, s: Sentence, i: number): ParticleVerb | undefined {
  const toks = ctx.tokens;
  const byParticle = PARTICLE_VERBS.get(toks[i]!.lower);
  if (!byParticle) return undefined;
  const next = byParticle.get(toks[i + 1]?.lower ?? '');
  if (next) return { entry: next, len: 2 };
  const first = toks[i + 1];
  if (!isWord(first) || first.cap) return undefined;
  const most = isPronoun(first) && !isDet(first) ? 1 : 3;
  for (let q = i + 2; q <= i + 1 + most && q < s.last; q++) {
    const t = toks[q]!;
    const entry = byParticle.get(t.lower);
    if (entry && SPLIT.has(entry.lemma)) {
      return opensPlace(ctx, q + 1) ? undefined : { entry, len: q - i + 1 };
    }
    if (!objectWord(toks[q])) return undefined;
  }
  return undefined;
}

/**
 * Whether a phrase opens at `k` that makes the particle a preposition: a determiner not opening a
 * time ("played the ball down the line"; not "walked it back a day later", "the next morning").
 */
function opensPlace(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k];
  if (!isDet(t) && !POSSESSIVE_DETERMINERS.has(t?.lower ?? '')) return false;
  for (let q = k + 1; q <= k + 3; q++) if (isTimeWord(toks[q]) || isAdverb(toks[q])) return false;
  return true;
}

/** Whether `t` can stand inside a short object noun phrase: no preposition, conjunction or verb. */
function objectWord(t: Token | undefined): boolean {
  return isWord(t) && (t.f & NOT_IN_OBJECT) === 0;
}

/** Words that end an object before its particle: a preposition, `and`, `which`, `was`. */
const NOT_IN_OBJECT = F.PREP | F.CONJ | F.REL | F.AUX;

/** Particle verbs whose object may stand before the particle, as "lemma particle". */
const SPLIT = ruleWords('splitParticleVerbs');

const POSSESSIVE_DETERMINERS = ruleWords('possessiveDeterminers');
