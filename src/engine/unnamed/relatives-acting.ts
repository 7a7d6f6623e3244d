/**
 * Families and relatives who act in the story: "the family had called the agency four times",
 * "Lind's family thanked the mediators", "Eyewitnesses said the bride's brother threw the first
 * punch", "The 29-year-old's ex-boyfriend is understood to have been questioned" (decisions 6 and
 * 82 of the labelled sets: families are relatives, a required `unnamed` at every mention even when
 * one relative is named; decision 89: a rumoured or accused partner is required). A family given
 * its own proper name ("the Quell family") is identified, and so is its later "the family".
 *
 * A relative known through a possessive is a source already (known-through.ts); as an actor it
 * counts only where the story reports the act: in what a source tells ("said the bride's brother
 * threw"), hedged ("is believed to have"), or held for it ("was arrested"). In a plain clause the
 * relatives a story mentions live their lives ("Her father played the fiddle at weddings").
 */
import type { Context } from '../context';
import { F, ruleWords } from '../lexicon';
import { isPlaceName } from '../phrase/places';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { inContent, pastAct, pastDoing } from './content-subject';
import { stanceOrPlan } from './family-stance';
import { accused } from './people';
import { position } from './position';

/** A household as one actor: `the family`, `their families`. */
const FAMILY_HEADS: ReadonlySet<string> = new Set(['family', 'families']);

/** Relatives by kin or partnership (not allies or critics: known-through.ts takes those). */
const RELATION_HEADS = ruleWords('relationHeads');

/**
 * Whether `np`, a family or a relative that no cue credits, acts in the story: "the family" or a
 * genitive's family ("the victim's family") doing something in a sentence that names no person
 * it could belong to; a relative known through a genitive owner ("the groom's brother") in a
 * source's account of an act, hedged, or held for an act. A possessive pronoun's family or
 * relative ("his family had worked the land", "her father had spent three nights") is mostly the
 * speaker's own, whom the story only mentions.
 */
export function relativeActing(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // the head ends the core: "the family", not "the family's lawyer" or "the family home"
  if (np.head !== np.coreEnd - 1) return false;
  const head = toks[np.head]!.lower;
  const family = FAMILY_HEADS.has(head);
  if (!family && !RELATION_HEADS.has(head)) return false;
  const owned = ownedByGenitive(ctx, np);
  // ("the same family", "this family": another sense, or one the text describes)
  if (!owned && !(family && toks[np.start]!.lower === 'the' && np.head === np.start + 1))
    return false;
  // ("Kessler and his wife were seen leaving": the person with a named one)
  if (toks[np.start - 1]?.lower === 'and' && ctx.name[np.start - 2]) return false;
  const where = position(ctx, s, np);
  // ("the family was considering legal action": what it was doing)
  const doing = (where === 'subject' || where === 'copula') && acts(ctx, s, np.end);
  // ("told reporters the family felt some relief", "the family plans to sue": its stance or plan
  // in what someone tells, family-stance.ts)
  // (the phrase opens the content, so the verb group right after it is its own)
  const stance = family && inContent(ctx, s, np.start) && stanceOrPlan(ctx, s, np.end);
  if (family)
    return (doing || stance) && !namesSomeone(ctx, s.first, np.start) && !namedFamily(ctx, np);
  if (where === 'raised') return true;
  if (where === 'passiveSubject') return accused(ctx, s, np);
  return doing && inContent(ctx, s, np.start);
}

/** Verbs of perceiving or suspecting, no act: "the family had heard nothing", "had suspected". */
const NO_ACT: ReadonlySet<string> = new Set(['heard', 'known', 'knew', 'seen', 'saw', 'suspected']);

/** Whether the verb at `k` tells of a past act or a past doing, not a perception. */
function acts(ctx: Context, s: Sentence, k: number): boolean {
  if (!pastAct(ctx, s, k) && !pastDoing(ctx, s, k)) return false;
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q < k + 4; q++) if (NO_ACT.has(toks[q]!.lower)) return false;
  return true;
}

/**
 * Whether a name that may be a person's stands between tokens `from` and `end`: not a place, nor
 * a name after "the" ("the Gazette", "the Brantley County Sheriff's Office": a body), nor a
 * lone capital opening a sentence ("According to"). "Aileen Forsyth said the family had": the
 * story knows whose family it is.
 */
function namesSomeone(ctx: Context, from: number, end: number): boolean {
  const toks = ctx.tokens;
  for (let k = from; k < end; k++) {
    if (!ctx.name[k] || isPlaceName(ctx, k)) continue;
    let r = k;
    while (r > 0 && ctx.name[r - 1]) r--;
    let e = k;
    while (e + 1 < toks.length && ctx.name[e + 1]) e++;
    const opening = e === r && ctx.sentences[ctx.sentenceOf[r]!]?.first === r;
    // (nor the outlet told: "tells ANX the family plans to sue")
    const told = ((toks[r - 1]?.f ?? 0) & F.REPORT) !== 0;
    if (toks[r - 1]?.lower !== 'the' && !opening && !told) return true;
    k = e;
  }
  return false;
}

/** Whether a genitive stands before the head of `np`: "the groom's brother", "Lind's family". */
function ownedByGenitive(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start + 1; k < np.head; k++) if (ctx.tokens[k]!.kind === 'pos') return true;
  return false;
}

/**
 * Whether the family of `np` has a proper name, in the phrase ("the Quell family") or before it
 * in the text ("the Hale family ... the family said"): a family so named is identified.
 */
function namedFamily(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (ctx.name[np.head - 1] && toks[np.head - 1]!.kind !== 'pos') return true;
  for (let k = np.start - 1; k > 0; k--)
    if (FAMILY_HEADS.has(toks[k]!.lower) && ctx.name[k - 1] && toks[k - 1]!.kind !== 'pos')
      return true;
  return false;
}
