/**
 * A plural occupation that opens a clause and a plain verb after it: "Several team owners oppose
 * the deal", "Sellers of the chargers often use short-lived storefronts", "Curators at first
 * missed the damage", "Teachers in Brennia walk out over pay". The word lists know a verb by its
 * ending or its family (`-ed`, `-s`, an irregular past, a reporting verb); a present plural such
 * as `oppose`, `use` or `sit` has neither, so the position reads such a subject as no subject. After
 * a plural head, a lowercase content word that is no name, no noun of a known class and no
 * function word is the verb: a compound would have made it the head.
 */
import type { Context } from '../context';
import { isAdverb, isNegation, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { barePlural, opensClause } from './content-subject';

/** Flags of words that cannot be a clause's verb after its subject. */
const NO_VERB = F.AUX | F.BE | F.DET | F.QUANT | F.PREP | F.PRON | F.CONJ | F.REL | F.FUNC | F.TIME;

/**
 * Verbs whose subject only is, has or gets (the verb lexicon's `verbStates`: "the shareholders
 * receive the cash", "buyers face higher prices"): in the present, no act. (Their pasts stay:
 * "Curators at first missed the damage" is a particular failure.)
 */
const STATES: ReadonlySet<string> = new Set(ruleWords('verbStates'));

/** Short time asides between a subject and its verb: `at first`, `at once`. */
const AT_ASIDES: ReadonlySet<string> = new Set(['first', 'once', 'times']);

/**
 * Whether `np`, a plural occupation (the caller checks), opens a clause and the token after it,
 * past adverbs and a short time aside, is a plain lowercase verb the lists do not know.
 */
export function plainVerbAfter(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.end >= s.last || !(opensClause(ctx, s, np.start) || afterColon(ctx, s, np))) return false;
  let k = np.end;
  for (let n = 0; n < 3 && k < s.last; n++) {
    const t = toks[k]!;
    // (a negated verb tells of no act: "the steelworkers never got one")
    if (isNegation(t)) return false;
    if (isAdverb(t)) k++;
    else if (t.lower === 'at' && AT_ASIDES.has(toks[k + 1]?.lower ?? '')) k += 2;
    else break;
  }
  const v = toks[k];
  if (!v || k >= s.last || v.kind !== 'word' || v.cap || ctx.name[k]) return false;
  if ((v.f & NO_VERB) !== 0) return false;
  // (an -ing form after a plural is a participle that describes: "Nurses working nights")
  if (v.lower.endsWith('ing')) return false;
  // (a noun of a known class is no verb: "Teachers union", "nurses pay")
  if (headClass(ctx, k) !== 'other') return false;
  if (STATES.has(v.lower)) return false;
  // (a bare plural before a present tells of the class in general, decision 17's generic
  // statement: "Investors hate a leadership vacuum"; a past is a particular act, "Curators at
  // first missed the damage", and a determiner or a count picks particular people, "Several team
  // owners oppose the deal")
  return !barePlural(ctx, np) || /[a-z]ed$/.test(v.lower) || (v.f & F.IRREGULAR) !== 0;
}

/**
 * Whether a colon or a semicolon, past opening quotes, stands right before `np`: "A neighbour
 * fumed: 'The builders start drilling at 6am'", "Yes, but: several owners oppose the deal".
 */
function afterColon(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let j = np.start - 1;
  while (j > s.first && toks[j]!.kind === 'quote') j--;
  const b = toks[j];
  return j >= s.first && !!b && (isPunct(b, ':') || isPunct(b, ';'));
}
