/**
 * Heads the lexicon does not know as actors that a clause right after them marks as someone whose
 * identity the text keeps back: "The pair, who cannot be named for legal reasons,", "An irrigator
 * downstream, who did not want to be named,", "The bakery, which inspectors declined to identify,",
 * "the depot, whose name has not been released,". ANNOTATION.md's `unnamed` is a person or body
 * "whose identity the text does not give"; when the text says so in so many words, the head's
 * word does not matter (decisions 7 and 120 of the labelled sets: a party a source declines to
 * name is withheld). `who` makes the head a person; `which`, `whose` and `that` only a place of
 * business or an institution (a body run from it), not a thing ("The drug, which the firm
 * declined to name,").
 *
 * Not a victim (withheld-identity.ts leaves out the harmed and the cared for: "The boy, who has
 * not been named, was taken to hospital"), nor a name given ("who was named manager in May").
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import { agentiveNoun, F, ruleWords, wordFlags } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import type { Sentence } from '../sentences';
import { anonymityClause } from './appositions';
import { victimAfter, withheldIdentity } from './withheld-identity';

/** Shops and trades' premises: `bakery`, `garage`, `warehouse`. */
const SHOPS = [
  'abattoir',
  'bakery',
  'brewery',
  'business',
  'dairy',
  'distillery',
  'farm',
  'garage',
  'house',
  'mill',
  'nursery',
  'pharmacy',
  'shop',
  'store',
  'supermarket',
  'warehouse',
  'yard',
];

/** Places of business and institutions that stand for the body running them. */
const BUSINESS_PLACES: ReadonlySet<string> = new Set([
  ...ruleWords('kindPlaces'),
  ...ruleWords('workplaces'),
  ...ruleWords('nonCompanyBodies'),
  ...SHOPS,
]);

/** Words that open a relative clause about the phrase before them. */
const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom']);
const BODY_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'whose']);
// (`withheldHeads` passes over tokens without F.REL: checked once, at load)
if ([...PERSON_RELATIVES, ...BODY_RELATIVES].some((w) => (wordFlags(w) & F.REL) === 0))
  throw new Error('withheld-heads: every relative word must carry F.REL');

/** What only a person or a body has: `identity`, `identities` (not `name`: "The drug, whose name"). */
const IDENTITIES: ReadonlySet<string> = new Set(['identities', 'identity']);

/** Words no head can be: function words, pronouns, verbs' helpers. */
const NOT_HEAD = F.AUX | F.BE | F.DET | F.QUANT | F.PREP | F.PRON | F.CONJ | F.REL | F.ADV | F.FUNC;

/**
 * The heads in `s` (token indexes) that are no actor nouns and that a clause right after them says
 * the text withholds (see the file's head); empty, and no array made, when there are none.
 */
export function withheldHeads(ctx: Context, s: Sentence): readonly number[] {
  const toks = ctx.tokens;
  let out: number[] | null = null;
  for (let r = s.first + 1; r < s.last; r++) {
    const rel = toks[r]!;
    // (every word of the two lists below is a relative, F.REL: a bit test passes over the other
    // tokens, where two Set probes per token of every sentence were 1% of the engine's time)
    if ((rel.f & F.REL) === 0) continue;
    const w = rel.lower;
    const person = PERSON_RELATIVES.has(w);
    if (!person && !BODY_RELATIVES.has(w)) continue;
    const h = isPunct(toks[r - 1], ',') ? r - 2 : r - 1;
    if (h < s.first) continue;
    const t = toks[h]!;
    if (t.kind !== 'word' || (t.f & (F.ACTOR | NOT_HEAD)) !== 0 || ctx.name[h]) continue;
    // (`that` with no comma may open a content clause: "the claim that")
    if (w === 'that' && h !== r - 1) continue;
    const body =
      BUSINESS_PLACES.has(t.lower) ||
      BUSINESS_PLACES.has(singular(t.lower)) ||
      // ("The target, whose identity couldn't be learned,", "The booster, whose identity has not
      // been disclosed,": only a person or a body has an identity to keep back)
      (w === 'whose' && IDENTITIES.has(toks[r + 1]?.lower ?? ''));
    if (!person && !body) continue;
    const core = phraseEndingAt(ctx, h, s.first, false);
    if (!core) continue;
    // (`who` after a thing belongs to a person before it: "A physician at one of the hospitals
    // that received the flushes, who requested anonymity,", "The woman who filmed the rescue,
    // who asked not to be named,")
    // (but a head shaped like a person noun, "an irrigator downstream", is the person)
    if (person && !agentiveNoun(t.lower) && personBefore(ctx, s, core.start)) continue;
    const np: NounPhrase = { start: core.start, end: h + 1, head: h, coreEnd: h + 1 };
    if (
      ((person && anonymityClause(ctx, s, h + 1)) || withheldIdentity(ctx, s, np, 'clause')) &&
      !victimAfter(ctx, s, h + 1)
    )
      (out ??= []).push(h);
  }
  return out ?? NONE;
}

const NONE: readonly number[] = [];

/**
 * Whether a person noun stands before `k` in its clause (back to the sentence's start or a cue's
 * verb), which a `who` clause after `k` may belong to.
 */
function personBefore(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k - 1; q >= s.first; q--) {
    const t = toks[q]!;
    // (a cue's verb, not a name's word: "the Greyport Herald")
    if ((t.f & F.REPORT) !== 0 && !ctx.name[q]) return false;
    if ((t.f & F.ACTOR) !== 0) return true;
  }
  return false;
}

/** A plural's singular by its ending: `factories` to `factory`, `plants` to `plant`. */
function singular(w: string): string {
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
