/**
 * The verb of a clause met inside a phrase's post-modifier: "Relatives of the victims laid flowers
 * at the barrier", "Residents of Dairy Lane and Orchard Close see it differently". The place or
 * group the post-modifier names ends at its head; the word after it, a simple past with its object
 * or a plain verb with an object pronoun, is the verb of the whole phrase, which is its subject
 * (a phrase that swallows it stops being a subject, and the group that acts is lost).
 */
import type { Context } from '../context';
import { isDet, isTimeWord } from '../context';
import { F, ruleWords } from '../lexicon';

/** Determiners of a possessor that open an object: `their`, `his`, `its`. */
const POSSESSIVE_DETERMINERS = ruleWords('possessiveDeterminers');

/**
 * Irregular simple pasts that no noun shares, kept apart from participles that are only
 * participles (`taken`, `written`: after a noun they open a reduced relative, "the victims taken
 * to hospital") and from forms a noun shares (`set`, `cut`, `shot`, `run`, `left`, `ground`).
 */
const SIMPLE_PASTS: ReadonlySet<string> = new Set([
  'began',
  'bought',
  'brought',
  'built',
  'caught',
  'chose',
  'drew',
  'drove',
  'fought',
  'found',
  'gave',
  'held',
  'kept',
  'laid',
  'led',
  'made',
  'met',
  'paid',
  'ran',
  'sang',
  'sent',
  'sold',
  'sought',
  'spent',
  'stole',
  'struck',
  'swept',
  'taught',
  'threw',
  'told',
  'took',
  'tore',
  'won',
  'wrote',
]);

/**
 * Verbs of intent and expectation that take `to` and a plain verb, in their plain and `-s`
 * forms: "Growers in the valley expect to pick", "A coalition of parents' groups plans to sue".
 */
const INTENT_VERBS: ReadonlySet<string> = new Set(
  [
    'agree',
    'aim',
    'decide',
    'expect',
    'hope',
    'intend',
    'need',
    'plan',
    'pledge',
    'prepare',
    'promise',
    'refuse',
    'seek',
    'threaten',
    'try',
    'vow',
    'want',
  ].flatMap((v) => [v, v === 'try' ? 'tries' : `${v}s`]),
);

/**
 * Words that are nouns and verbs alike, the verbs news gives a group placed at a named place or
 * body: "Insiders at Halo Wearables claim", "Protesters in Kelmouth set fire", "Activists in
 * Tolbridge demand an apology". After a name no compound takes them before an object.
 */
const NOUN_VERBS: ReadonlySet<string> = new Set([
  'back',
  'blame',
  'call',
  'charge',
  'claim',
  'cut',
  'demand',
  'doubt',
  'estimate',
  'face',
  'fear',
  'forecast',
  'hit',
  'hope',
  'plan',
  'pledge',
  'promise',
  'question',
  'report',
  'set',
  'vow',
  'warn',
]);

/**
 * Of {@link NOUN_VERBS}, those a name takes as a compound's last noun before another noun
 * ("the Drayco back office", "a Kelmouth call centre", "Halo's face value"): before a bare noun
 * they stay in the phrase.
 */
const COMPOUND_FIRST: ReadonlySet<string> = new Set(['back', 'call', 'charge', 'face', 'question']);

/** Particles and bare objects of `set`: "set fire to", "set up", "set off". */
const SET_NEXT: ReadonlySet<string> = new Set(['fire', 'off', 'out', 'up']);

/** Subject pronouns, which open the clause a verb of saying takes: "claim they were". */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'i', 'it', 'she', 'they', 'we']);

/** Object pronouns, which no noun takes after it: `it`, `them`, `him`. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'it', 'me', 'them', 'us']);

/**
 * Whether token `k`, right after the head of a phrase inside a post-modifier, is the outer
 * phrase's verb: a simple past before an object ("the victims laid flowers", "the town held a
 * vigil"; not "the victims held in custody", nor "found the next day", a time), or a plain
 * lowercase word before an object pronoun ("Orchard Close see it": no noun takes `it` after it),
 * or a verb of intent before `to` and a plain verb ("the valley expect to pick").
 */
export function outerVerb(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k];
  const next = toks[k + 1];
  if (!t || !next || t.kind !== 'word' || t.cap || ctx.name[k] || next.kind !== 'word')
    return false;
  if ((t.f & (F.FUNC | F.AUX | F.PREP | F.DET | F.QUANT | F.PRON | F.ADV)) !== 0) return false;
  // "Growers in the Corvale valley expect to pick", "Drivers in Estover plan to log off": a verb of
  // intent before `to` and a plain verb (not "to the", "to 2030": a noun's complement)
  if (INTENT_VERBS.has(t.lower) && next.lower === 'to') {
    const w = toks[k + 2];
    return !!w && w.kind === 'word' && !w.cap && !ctx.name[k + 2] && !isDet(w);
  }
  if (ctx.name[k - 1] && nounVerbAfterName(ctx, k)) return true;
  if (OBJECT_PRONOUNS.has(next.lower))
    return !t.lower.endsWith('ing') && !(t.lower.endsWith('s') && !t.lower.endsWith('ss'));
  if (!SIMPLE_PASTS.has(t.lower)) return false;
  // the object: a determiner, a possessor's determiner or a plural common noun, not a time
  if (isDet(next) || POSSESSIVE_DETERMINERS.has(next.lower)) return !isTimeWord(toks[k + 2]);
  return (
    !ctx.name[k + 1] &&
    next.lower.length > 3 &&
    next.lower.endsWith('s') &&
    !next.lower.endsWith('ss') &&
    (next.f & (F.FUNC | F.PREP | F.TIME | F.ADV)) === 0
  );
}

/**
 * Whether token `k`, a word of {@link NOUN_VERBS} right after a name that ends a post-modifier,
 * is the outer phrase's verb: its plain form before an object (a determiner, a possessor, a
 * pronoun, `that`, `to` and a plain verb, or a bare common noun: "Residents in Kelmouth fear
 * closure"), or its `-s` form before `that`, a determiner or a pronoun ("A group in Kelmouth
 * claims that"). Not "Staff at the Drayco call centre" (a compound) nor "critics of the Harlow
 * plan to the east" (`to` before a determiner: the noun's complement).
 */
function nounVerbAfterName(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k]!;
  const next = toks[k + 1]!;
  const plain = NOUN_VERBS.has(t.lower);
  if (!plain && !(t.lower.endsWith('s') && NOUN_VERBS.has(t.lower.slice(0, -1)))) return false;
  const w = next.lower;
  if (
    w === 'that' ||
    isDet(next) ||
    POSSESSIVE_DETERMINERS.has(w) ||
    OBJECT_PRONOUNS.has(w) ||
    SUBJECT_PRONOUNS.has(w)
  )
    return !isTimeWord(toks[k + 2]);
  if (!plain) return false;
  if (t.lower === 'set') return SET_NEXT.has(w);
  if (w === 'to') {
    const v = toks[k + 2];
    return !!v && v.kind === 'word' && !v.cap && !ctx.name[k + 2] && !isDet(v);
  }
  // a bare common noun as the object ("fear closure", "demand answers"), not a person or a name
  return (
    !COMPOUND_FIRST.has(t.lower) &&
    !next.cap &&
    !ctx.name[k + 1] &&
    (next.f & (F.FUNC | F.PREP | F.TIME | F.ADV | F.AUX | F.ACTOR)) === 0
  );
}
