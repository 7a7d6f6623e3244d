/**
 * Counted and plural institutions that act: a place or institution noun standing for the body
 * that governs or runs it, doing what only people or bodies do: "At least nine towns have pulled
 * out of the scheme", "several municipalities that had agreed to host families", "several
 * dioceses were preparing disposal lists", "Schools in three regions were told to stay open",
 * "Several of the largest institutions declined to provide figures", "At least one other
 * streaming platform is believed to have bid", "A hospital in Aldmere turned away ambulances", "An
 * auction house has withdrawn the statue", "A messaging app has been sharing users' data".
 * ANNOTATION.md's unnamed actor is a body "that acts ... in the story"; decision 157 of
 * eval/labelled/DECISIONS.md makes a counted group with a specific act required ("Several
 * shipping lines have started rerouting vessels"), decisions 85 and 102 leave what only befalls a
 * group optional.
 *
 * Left alone: the place as a place ("towns flooded", "schools reopen on Monday", "three hospitals
 * were built": no verb of a body's decision, or a passive that is no instruction), a definite or
 * named mention (other rules judge those), a share of everyone or a statistic ("most schools",
 * "a third of schools reported a deficit"; decision 176's sector that responds as a whole), a
 * habit (a present outside a headline), a supposition and a negated act.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isHeadline, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import { wordBits } from '../word-bits';
import type { Token } from '../tokenize';
import type { Sentence } from '../sentences';
import type { Unnamed } from './find-unnamed';
import { opensClause, pastAct } from './content-subject';
import { WHY } from './words';

/** Place and institution nouns, singular and plural, that stand for the body running them. */
export const PLACE_BODIES: ReadonlySet<string> = new Set(
  [
    'academy:academies',
    'app',
    'board',
    'chain',
    'borough',
    'church:churches',
    'city:cities',
    'club',
    'college',
    'congregation',
    'county:counties',
    'department',
    'diocese',
    'district',
    'home',
    'hospital',
    'hotel',
    'institution',
    'label',
    'municipality:municipalities',
    'parish:parishes',
    'platform',
    'school',
    'side',
    'site',
    'station',
    'trust',
    'town',
    'university:universities',
    'village',
    'website',
    // places of business that stand for the firm running them (a trade's premises, a works)
    'bakery:bakeries',
    'brewery:breweries',
    'clinic',
    'dairy:dairies',
    'depot',
    'factory:factories',
    'farm',
    'gallery:galleries',
    'garage',
    // (a trade's house, not a dwelling: "a commodity trading house", "an auction house")
    'house',
    'laboratory:laboratories',
    'mill',
    'mine',
    'museum',
    'pharmacy:pharmacies',
    'plant',
    'refinery:refineries',
    'restaurant',
    'shipyard',
    'shop',
    'store',
    'supermarket',
    'theatre',
    'theater',
    'warehouse',
  ].flatMap((w) => {
    const [one, many] = w.split(':');
    return [one!, many ?? `${one}s`];
  }),
);

/**
 * The verbs of a body's decision or dealing, in the forms news uses after a subject: pasts and
 * participles, `-ing` forms, and the presents a headline uses.
 */
const BODY_ACTS: ReadonlySet<string> = new Set(
  [
    'adopt',
    'agree',
    'appeal',
    'apply',
    'argue',
    'ban',
    'bid',
    'block',
    'boycott',
    'cancel',
    'challenge',
    'complain',
    'decide',
    'decline',
    'demand',
    'hire',
    'introduce',
    'launch',
    'lobby',
    'negotiate',
    'object',
    'offer',
    'oppose',
    'opt',
    'pause',
    'plan',
    'pledge',
    'prepare',
    'protest',
    'pull',
    'recruit',
    'refuse',
    'reject',
    'remove',
    'renegotiate',
    'scrap',
    'sign',
    'sue',
    'suspend',
    'threaten',
    'vote',
    'withdraw',
  ].flatMap(bodyForms),
);

/** The forms of a lemma: `decide`, `decides`, `decided`, `deciding` (irregulars added). */
function bodyForms(l: string): string[] {
  const irregular: Record<string, string[]> = {
    bid: ['bid', 'bids', 'bidding'],
    withdraw: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  };
  if (irregular[l]) return irregular[l];
  const e = l.endsWith('e');
  const cy = /[^aeiou]y$/.test(l);
  const stem = e ? l.slice(0, -1) : cy ? l.slice(0, -1) + 'i' : l;
  const dbl = /^(?:ban|plan|scrap)$/.test(l) ? l + l.at(-1)! : /l$/.test(l) ? l + 'l' : null;
  const out = [
    l,
    cy ? `${stem}es` : `${l}s`,
    e ? `${l}d` : `${stem}ed`,
    e ? `${stem}ing` : `${l}ing`,
  ];
  if (dbl) out.push(`${dbl}ed`, `${dbl}ing`);
  return out;
}

/** Passives of an instruction, whose subject is a body told to act (decisions 129, 192). */
const INSTRUCTED = new Set([
  'advised',
  'asked',
  'instructed',
  'ordered',
  'told',
  'urged',
  'warned',
]);

/** Counts and indefinites that bring in one or more bodies new to the story. */
const COUNTING = new Set([
  'a',
  'an',
  'another',
  'dozens',
  'numerous',
  'one',
  'other',
  'several',
  'some',
  'various',
]);

/** Ordinals: `second`, `third`. */
const ORDINAL = new Set(['second', 'third', 'fourth', 'fifth', 'sixth']);

/** Plural counts before `of`: "dozens of schools". */
const MANY = new Set(['dozens', 'hundreds', 'scores', 'thousands']);

/** Shares of a whole and definites: a statistic or a mention other rules judge. */
const NOT_COUNTING = new Set([
  'all',
  'both',
  'each',
  'every',
  'few',
  'her',
  'his',
  'its',
  'many',
  'most',
  'our',
  'that',
  'the',
  'their',
  'these',
  'this',
  'those',
  'your',
]);

/** Verbs of hearsay that raise a subject: "is believed to have bid", "are said to be preparing". */
const RAISING = new Set(['believed', 'expected', 'reported', 'said', 'thought', 'understood']);

const NEGATIONS = new Set(['never', 'not', "n't", 'no']);

const NUMBER_WORDS = ruleWords('numberWords');

/** Whether `t` counts: `nine`, `12`, `dozen`. */
function isCount(t: Token | undefined): boolean {
  return !!t && (t.kind === 'num' || t.lower === 'dozen' || NUMBER_WORDS.has(t.lower));
}

/**
 * Whether the place or institution noun at `h` heads an indefinite, counted or bare plural
 * phrase, unnamed, that a body's act follows (as subject, or through `that`/`which`); returns the
 * phrase's first token, or -1. `credited`: a cue already credits the head ("Several independent
 * labels say").
 */
export function actingPlaceBody(ctx: Context, s: Sentence, h: number, credited: boolean): number {
  const toks = ctx.tokens;
  const head = toks[h]!;
  const plural = head.lower.endsWith('s') && PLACE_BODIES.has(head.lower);
  // the modifiers before the head: lowercase words that are no determiner, verb or preposition
  let start = h;
  while (start - 1 >= s.first && start > h - 4) {
    const b = toks[start - 1]!;
    // ("a second hospital had paused procedures": a site in a series of incidents)
    if (ctx.name[start - 1] || b.kind === 'pos' || ORDINAL.has(b.lower)) return -1;
    if (
      b.kind !== 'word' ||
      (b.cap && start - 1 > s.first) ||
      COUNTING.has(b.lower) ||
      NOT_COUNTING.has(b.lower) ||
      isCount(b) ||
      (b.f & (F.DET | F.PREP | F.PRON | F.QUANT | F.REPORT)) !== 0 ||
      isAux(b)
    )
      break;
    start--;
  }
  // ("a house in the village", "homes in the area": dwellings; a trade's house or a care home has
  // its kind before it)
  if (start === h && DWELLINGS.has(head.lower)) return -1;
  // the determiner: a count ("at least nine", "one other", "several of the largest"), or none
  let first = start;
  const det = toks[start - 1];
  if (det && start - 1 >= s.first) {
    if (NOT_COUNTING.has(det.lower)) {
      // "Several of the largest institutions": a counted part of a group
      const of = toks[start - 2];
      const q = toks[start - 3];
      if (
        det.lower !== 'the' ||
        of?.lower !== 'of' ||
        !q ||
        !(COUNTING.has(q.lower) || isCount(q)) ||
        NOT_COUNTING.has(q.lower)
      )
        return -1;
      first = start - 3;
    } else if (COUNTING.has(det.lower) || isCount(det)) {
      first = start - 1;
      if (det.lower === 'other' && COUNTING.has(toks[first - 1]?.lower ?? '')) first--;
    } else if (!plural) return -1;
  } else if (!plural) return -1;
  // "Dozens of schools", "a number of hospitals"; not a statistic: "a third of schools", "40% of
  // hospitals"
  if (first === start && toks[first - 1]?.lower === 'of') {
    const q = toks[first - 2]?.lower ?? '';
    if (MANY.has(q)) first -= 2;
    else if (q === 'number' && toks[first - 3]?.lower === 'a') first -= 3;
    else return -1;
  }
  if (toks[first]?.lower === 'dozen' && toks[first - 1]?.lower === 'a') first--;
  if (toks[first - 1]?.lower === 'least' && toks[first - 2]?.lower === 'at') first -= 2;
  for (let k = first; k <= h; k++) if (ctx.name[k]) return -1;
  // ("In Ostley, a working-class town that voted": an apposition to a name)
  if (isPunct(toks[first - 1], ',') && ctx.name[first - 2]) return -1;
  // a cue credits it: "Several independent labels say", "as exam boards argued"
  if (credited) return first;
  // the verb, after a place ("Schools in three regions", "several departments there") or a
  // relative word ("municipalities that had agreed")
  let k = h + 1;
  const next = toks[k];
  let relative = false;
  // ("A commodity trading house based in Lorrin has bought": placed by a participle)
  if (next?.lower === 'based' && PLACING.has(toks[k + 1]?.lower ?? '')) k++;
  const placed = toks[k]?.lower === 'there' || PLACING.has(toks[k]?.lower ?? '');
  if (toks[k]?.lower === 'there') k++;
  else if (placed) {
    k = placeVerb(ctx, s, k);
    if (k < 0) return -1;
  }
  // (a counted phrase only: "several municipalities that had agreed"; a bare plural's relative
  // clause tells a kind, "data collected from sites that had blocked crawlers")
  if ((toks[k]?.lower === 'that' || toks[k]?.lower === 'which') && first < start) {
    relative = true;
    k++;
  }
  if (!relative && !opensClause(ctx, s, first) && !reported(ctx, s, first)) return -1;
  // (a bare plural told to act is a generic class unless placed: "institutions had been asked to
  // show flexibility"; "Schools in three regions were told")
  return actFollows(ctx, s, k, first < start || placed) ? first : -1;
}

/** Heads that are dwellings unless a kind comes before them: `house`, `homes`. */
const DWELLINGS: ReadonlySet<string> = new Set(['home', 'homes', 'house', 'houses']);

/** Prepositions that place a body: "Schools in three regions", "a plant near Ostren". */
const PLACING: ReadonlySet<string> = new Set(['across', 'in', 'near', 'outside']);

/**
 * The verb group after the place phrase at `k` (its preposition), within five words: an
 * auxiliary ("in three regions were told") or a past act with an object ("in Aldmere turned away
 * ambulances"); -1 when none comes before a punctuation mark.
 */
function placeVerb(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  for (let j = k + 2; j < s.last && j < k + 7; j++) {
    const t = toks[j]!;
    if (t.kind === 'punct') return -1;
    if (isAux(t) || objectAct(ctx, s, j)) return j;
  }
  return -1;
}

/**
 * Whether the clause at `at` is what a cue's verb reports: "said several dioceses were", "has
 * told how a hospital sent".
 */
function reported(ctx: Context, s: Sentence, at: number): boolean {
  let b = ctx.tokens[at - 1];
  if (b?.lower === 'that' || b?.lower === 'how') b = ctx.tokens[at - 2];
  return at - 1 >= s.first && b !== undefined && (b.f & F.REPORT) !== 0;
}

/** Whether the verb group at `k` tells of a body's act, an instruction to it, or a hedged one. */
function actFollows(ctx: Context, s: Sentence, k: number, counted: boolean): boolean {
  const toks = ctx.tokens;
  let be = false;
  let aux = false;
  while (k < s.last) {
    const t = toks[k]!;
    if (NEGATIONS.has(t.lower)) return false;
    // "is believed to have bid", "are said to be preparing"
    if (be && RAISING.has(t.lower) && toks[k + 1]?.lower === 'to') {
      be = false;
      k += 2;
      continue;
    }
    if (isAux(t)) {
      aux = true;
      be = (t.f & F.BE) !== 0 || t.lower === 'been' || t.lower === 'be';
    } else if (!isAdverb(t) || isPunct(t)) break;
    k++;
  }
  const v = toks[k];
  if (!v || v.kind !== 'word') return false;
  const w = v.lower;
  if (be) return (counted && INSTRUCTED.has(w)) || (w.endsWith('ing') && doing(ctx, s, k, counted));
  // "a pharmacy had twice delivered the wrong medication", "a hospital sent bailiffs", "several
  // garages fitted the faulty part": a past act done to something, which a place does only as the
  // body running it (a place as a place has no object: "a factory closed", "schools reopened")
  if (!BODY_ACTS.has(w)) return objectAct(ctx, s, k);
  // ("a town that voted heavily for independence": its electorate; "voted to leave" is a body's)
  if (w.startsWith('vot') && toks[k + 1]?.lower !== 'to') return false;
  // a present is a habit outside a headline ("Towns vote each May"), its news in one
  if (aux || /ed$/.test(w) || w === 'withdrew' || w === 'withdrawn' || w === 'bid') return true;
  return isHeadline(ctx, s);
}

/**
 * Whether the `-ing` form at `k` after `be` is a body's act: one of its decisions ("are
 * preparing"), or, for a counted or placed body, an act done to an object ("has been sharing
 * users' data", "have been charging insured patients"; "Schools are using the app" is a class's
 * habit).
 */
function doing(ctx: Context, s: Sentence, k: number, counted: boolean): boolean {
  const w = ctx.tokens[k]!.lower;
  if (BODY_ACTS.has(w)) return true;
  return counted && !BEFALLING_ING.has(w) && objectAfter(ctx, s, k + 1);
}

/** Whether the verb at `k` is a past act done to an object: "sent bailiffs", "bought the land". */
function objectAct(ctx: Context, s: Sentence, k: number): boolean {
  return !BEFALLING.has(ctx.tokens[k]!.lower) && pastAct(ctx, s, k) && objectAfter(ctx, s, k + 1);
}

/**
 * Pasts whose object befalls a place, holds in it or comes to it, no act of the body running it:
 * "a warehouse caught fire", "the plant suffered damage", "a hospital received 40 patients", "the
 * museum drew crowds", "the farm employed 30 people", "several bakeries closed their doors" (a place
 * opened or shut, as a place).
 */
const BEFALLING: ReadonlySet<string> = new Set([
  'attracted',
  'caught',
  'closed',
  'contained',
  'drawn',
  'drew',
  'employed',
  'experienced',
  'faced',
  'had',
  'held',
  'hosted',
  'housed',
  'lost',
  'opened',
  'received',
  'reopened',
  'saw',
  'seen',
  'served',
  'shut',
  'suffered',
  'sustained',
  'taken',
  'took',
  'welcomed',
]);

/** The `-ing` forms of what befalls a place or comes to it: "is facing", "were receiving". */
const BEFALLING_ING: ReadonlySet<string> = new Set([
  'attracting',
  'catching',
  'closing',
  'containing',
  'drawing',
  'employing',
  'experiencing',
  'facing',
  'having',
  'holding',
  'hosting',
  'housing',
  'losing',
  'opening',
  'receiving',
  'reopening',
  'seeing',
  'serving',
  'shutting',
  'suffering',
  'sustaining',
  'taking',
  'welcoming',
]);

/**
 * Whether a direct object opens at `k`, past adverbs: a determiner, a count, a possessive or a
 * plain noun ("delivered the wrong medication", "sent bailiffs"), not a preposition, a particle's
 * place or the clause's end ("closed in May", "burned down").
 */
function objectAfter(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  // (past a particle of a phrasal verb: "bought up most of the cargoes", "sold off its stake")
  while (k < s.last && (isAdverb(toks[k]) || PARTICLES.has(toks[k]!.lower))) k++;
  const t = toks[k];
  if (!t || k >= s.last || isPunct(t)) return false;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word') return false;
  if ((t.f & (F.DET | F.QUANT)) !== 0) return true;
  // a bare object is a plural, or a modifier and a plural ("sent bailiffs", "added warning
  // labels"); not an adjective or an adverb the lexicon does not know ("run short", "opened
  // nearby")
  return plainWord(t) && (bareObject(t) || (plainWord(toks[k + 1]) && bareObject(toks[k + 1]!)));
}

/** Whether `t` is a word with no function: no preposition, auxiliary, conjunction or adverb. */
function plainWord(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    (t.f & (F.PREP | F.AUX | F.BE | F.CONJ | F.REL | F.ADV | F.FUNC | F.PRON)) === 0
  );
}

/** Particles of phrasal verbs that come before their object: `up`, `off`, `out`. */
const PARTICLES: ReadonlySet<string> = new Set(['back', 'down', 'off', 'out', 'up']);

/** Whether a plain word is a plural noun by its ending: `bailiffs`, `works`, `labels`. */
function bareObject(t: Token): boolean {
  const w = t.lower;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('ous');
}

const NONE: readonly Unnamed[] = [];

/** Whether a token's word is a place or institution noun, as a bit kept by its word-table id. */
const placeBits = wordBits(() => [PLACE_BODIES]);

/**
 * The acting place bodies of `s` (findUnnamed adds those no other finding overlaps): one Set
 * lookup per token. `sourceHeads`: the heads a cue credits.
 */
export function placeBodies(
  ctx: Context,
  s: Sentence,
  sourceHeads: readonly number[],
): readonly Unnamed[] {
  let out: Unnamed[] | null = null;
  let covered = s.first;
  for (let h = s.first; h < s.last; h++) {
    if ((placeBits(ctx.tokens[h]) & 1) === 0) continue;
    const start = actingPlaceBody(ctx, s, h, sourceHeads.includes(h));
    if (start < covered) continue;
    (out ??= []).push({ start, end: h + 1, why: WHY.organisation });
    covered = h + 1;
  }
  return out ?? NONE;
}
