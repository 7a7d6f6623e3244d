/**
 * Passives that name a state, a date or a generic fact rather than hide who acted: `was built in
 * 1780`, `is used to the cold`, `was recycled newsprint`, `homes were damaged when a tornado hit`,
 * `the dish is called pho`.
 */
import type { Context } from '../context';
import {
  isAdverb,
  isDet,
  isContent,
  isHeadline,
  isOpenQuote,
  isPrep,
  isQuote,
  isPunct,
  isTimeWord,
  isVerbLike,
  isWord,
  toNounPhrase,
} from '../context';
import { F, FLOATING_QUANTIFIERS, ruleWords, STATIVE_PARTICIPLES } from '../lexicon';
import type { Sentence } from '../sentences';
import { wordBits } from '../word-bits';
import { isParticiple, regularParticiple } from './participle';

/**
 * Whether `be` at `i` is an infinitive right after a generic amount: "little to be gained",
 * "nothing to be done". Nobody is hidden: the sentence says what could be done at all (after an
 * existential `there`, see `existentialInfinitive`).
 */
export function genericToBe(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  return toks[i - 1]?.lower === 'to' && GENERIC_AMOUNTS.has(toks[i - 2]?.lower ?? '');
}

/** Amounts that make an infinitive passive generic: `much` (to be learned), `nothing`. */
const GENERIC_AMOUNTS = ruleWords('genericAmounts');

/**
 * A participle that names a state after `is` ("the date is set", "the border is closed") but an
 * act when the perfect or a date places it in time: "No date has been set", "crossings were
 * closed last spring", "the flat was sold in 2019".
 */
export function datedAct(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if ((listsOf(toks[k]) & DATED) === 0) return false;
  // ("had been left devastated": a feeling the event left, not an act)
  if ((listsOf(toks[k + 1]) & STATIVE) !== 0) return false;
  if (toks[i]!.lower === 'been') {
    // (over `not` and adverbs: "has not yet been set")
    let h = i - 1;
    while (h > 0 && (isAdverb(toks[h]) || negation(toks[h]) || toks[h]!.lower === 'yet')) h--;
    if (HAVE_FORMS.has(toks[h]?.lower ?? '')) return true;
  }
  // (a date after the present is a setting: "The film is set in 1920")
  if (!SIMPLE_PAST_BE.has(toks[i]!.lower)) return false;
  // ("The road was later closed", "was eventually sold", "were temporarily shut": a step in
  // the story's time)
  for (let q = i + 1; q < k; q++) if (NARRATIVE_TIME.has(toks[q]!.lower)) return true;
  const n = toks[k + 1];
  const nn = toks[k + 2];
  if (!n || !nn) return false;
  if (n.lower === 'last' || n.lower === 'on') return (nn.f & F.TIME) !== 0;
  return n.lower === 'in' && /^(1[89]|20)\d\d$/.test(nn.lower);
}

/**
 * A participle that names a state after `is` but an act when the past or a modal gives it a span
 * or an occasion ("The library was closed for the day", "Two wards were closed overnight",
 * "records were exposed after an intruder got in", "the complaint was closed without a
 * finding", "a beach was closed to swimmers", "new papers would be set in October"); not a state
 * met ("the shop was closed when we arrived", "workers were exposed to asbestos").
 */
export function occasionAct(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k]!.lower;
  if (!OCCASION_ACTS.has(p)) return false;
  const n = toks[k + 1]?.lower ?? '';
  const nn = toks[k + 2];
  const be = toks[i]!.lower;
  if (be === 'be' && MODALS.has(toks[i - 1]?.lower ?? ''))
    return (n === 'in' || n === 'on') && isTimeWord(nn);
  if (!SIMPLE_PAST_BE.has(be)) return false;
  if (n === 'overnight') return true;
  if (n === 'for')
    return (nn?.lower === 'the' && SPANS.has(toks[k + 3]?.lower ?? '')) || forSpan(ctx, k + 2);
  if (OCCASIONS.has(n)) return isDet(nn) || (isContent(nn) && !isAdverb(nn));
  // ("closed to swimmers", "shut to traffic": whom the act keeps out)
  return (p === 'closed' || p === 'shut') && n === 'to' && isContent(nn) && !isVerbLike(nn);
}

/**
 * Adverbs that place a past participle at a step of the story's time, an act: `later`,
 * `eventually`, `temporarily`.
 */
const NARRATIVE_TIME: ReadonlySet<string> = new Set([
  'abruptly',
  'briefly',
  'eventually',
  'finally',
  'hastily',
  'immediately',
  'later',
  'permanently',
  'promptly',
  'quickly',
  'subsequently',
  'swiftly',
  'temporarily',
]);

/** Participles of `occasionAct`: `closed`, `exposed`, `set`, `sold`. */
const OCCASION_ACTS = ruleWords('occasionActs');

/**
 * Whether the words at `k`, after `for`, measure a span of time: "closed for nearly five hours",
 * "shut for two weeks", "sold for a day" (over `nearly`, `about`, `more than`).
 */
function forSpan(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  let q = k;
  while (q < k + 3 && SPAN_APPROX.has(toks[q]?.lower ?? '')) q++;
  const w = toks[q];
  if (!w || !(w.kind === 'num' || SPAN_COUNTS.has(w.lower))) return false;
  return SPAN_UNITS.has(toks[q + 1]?.lower ?? '');
}

/** Words of approximation before a span's count: `nearly`, `about`, `more than`. */
const SPAN_APPROX: ReadonlySet<string> = new Set([
  'about',
  'almost',
  'around',
  'more',
  'nearly',
  'over',
  'than',
  'up',
  'to',
]);

/** Counts of a span: `a`, `two`, `several`. */
const SPAN_COUNTS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'eight',
  'five',
  'four',
  'nine',
  'several',
  'seven',
  'six',
  'ten',
  'three',
  'two',
]);

/** Units of a span of time: `hours`, `days`, `a week`. */
const SPAN_UNITS: ReadonlySet<string> = new Set([
  'day',
  'days',
  'hour',
  'hours',
  'minutes',
  'month',
  'months',
  'week',
  'weeks',
  'year',
  'years',
]);

/** Spans after `for the`: `for the day`, `for the weekend`. */
const SPANS: ReadonlySet<string> = new Set(['day', 'night', 'season', 'week', 'weekend']);

/** Prepositions of an occasion: `after a breach`, `following a review`, `without a finding`. */
const OCCASIONS: ReadonlySet<string> = new Set(['after', 'following', 'without']);

/**
 * A participle of making or founding dated by a year or decade ("The levee, which was built in
 * the 1960s", "The club was founded in 1888"): the history of a thing, whose maker is not news.
 * (Other acts dated so stay acts: "The warehouse was sold in 2017".)
 */
export function dateOfOrigin(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (!ORIGIN_ACTS.has(toks[k]!.lower)) return false;
  if (!SIMPLE_PAST_BE.has(toks[i]!.lower)) return false;
  if (toks[k + 1]?.lower !== 'in') return false;
  let d = k + 2;
  if (toks[d]?.lower === 'the') d++;
  return /^(1[5-9]|20)\d\d(s|'s)?$/.test(toks[d]?.lower ?? '');
}

/** Participles of making or founding a thing: `built`, `founded`, `erected`. */
const ORIGIN_ACTS = ruleWords('originActs');

/** The forms of `have` before a perfect's `been`. */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['had', 'has', 'have', 'having']);

/** Participles of acts that also name the state they leave: `set`, `closed`, `sold`. */
export const DATED_ACTS = ruleWords('datedActs');

/** Adverbs that make a participle an act, not a state: `widely`, `routinely`, `repeatedly`. */
export const EVENTIVE_ADVERBS = ruleWords('eventiveAdverbs');

/** Degree words before `likely` (`most likely`) and before an adjective (`too stretched`). */
export const DEGREE = new Set(['most', 'more', 'quite', 'rather', 'so', 'somewhat', 'too', 'very']);

/**
 * Past forms of `be` before a participle: `was`, `were`, `had been`, and the negated contractions
 * one token holds (`wasn't`), which tell the same tense as `was not`.
 */
export const PAST_BE: ReadonlySet<string> = new Set(['been', 'was', "wasn't", 'were', "weren't"]);

/** The simple past of `be`, with its negated contractions: `was`, `were`, `wasn't`. */
const SIMPLE_PAST_BE: ReadonlySet<string> = new Set(['was', "wasn't", 'were', "weren't"]);

/** Present forms of `be`, with the negated contractions (`isn't`, `aren't`) as `is not`. */
export const PRESENT_BE: ReadonlySet<string> = new Set([
  'am',
  'are',
  "aren't",
  'is',
  "isn't",
  "'re",
  "'m",
]);

/**
 * Whether a quotation opening before `k` starts on a participle, over adverbs: '"selectively
 * excluded"', '"escalated and then shelved"'.
 */
export function quotedParticiple(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  return k < s.last && isWord(toks[k]) && isParticiple(toks[k]!.lower);
}

/** Stative participles that, before `to` and a verb, are instructions: `were advised to leave`. */
export const INSTRUCTED = new Set(['advised', 'urged', 'encouraged', 'instructed', 'warned']);

/**
 * Whether `used` at `k` is used for a purpose ("was used to cover the loans"), not accustomed to
 * a thing or a habit ("is used to the cold", "were used to working nights", "are used to
 * hardship"); `used` alone names a state ("the car is used").
 */
export function usedFor(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'used' || toks[k + 1]?.lower !== 'to') return false;
  // (in the past: "can be used to target me", "is used to reduce" tell what a thing is for)
  let b = k - 1;
  while (b > s.first && isAdverb(toks[b])) b--;
  if (!PAST_BE.has(toks[b]?.lower ?? '')) return false;
  const v = toks[k + 2];
  const o = toks[k + 3];
  if (!v || !o || k + 3 >= s.last || !isWord(v) || !isContent(v) || ctx.name[k + 2]) return false;
  if (v.lower.endsWith('ing') || isVerbLike(v)) return false;
  // a bare verb with its object: "to cover those loans", "to fund his campaign", "to buy
  // 40 rifles"
  if ((o.f & (F.DET | F.PRON)) !== 0 || o.kind === 'num' || ctx.name[k + 3] === 1) return true;
  // or with a particle and its object: "to smash through the shopfront", "to break into homes"
  const po = toks[k + 4];
  return (
    isPrep(o) &&
    !!po &&
    k + 4 < s.last &&
    ((po.f & (F.DET | F.PRON)) !== 0 || ctx.name[k + 4] === 1 || (isContent(po) && !isVerbLike(po)))
  );
}

/**
 * Whether what follows the stative participle at `k` makes it an act: a record or a use with its
 * label ("was listed as stable", "were listed as 'certified'", "is used as a drain"), an adverb
 * of intent ("were set deliberately", "was wrongly listed"), `covered up`, or `set` with its
 * particle ("were set up at four schools", "were set on fire", "was set alight"). Not "is known
 * as", "were set to rise", "is used to the noise", "was covered in snow".
 */
export function stativeMadeAct(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k]!.lower;
  const n = toks[k + 1]?.lower ?? '';
  if (n === 'as') return RECORDED_AS.has(p);
  if (INTENT_ADVERBS.has(n) || INTENT_ADVERBS.has(toks[k - 1]?.lower ?? '')) return true;
  // ("bottles were thrown at officers", "a brick was thrown through a window": a missile thrown
  // by someone; not "thrown into doubt", "thrown to the floor" when a ship hit the pier)
  if (p === 'thrown') return THROWN_AT.has(n);
  // ("was pictured leaving his home": a sighting by a photographer the story does not name,
  // decision 150; not a caption's "pictured above" or "Ana Ruiz, pictured, said")
  if (p === 'pictured') return n.length > 5 && n.endsWith('ing');
  // ("the evidence was covered up": hidden, not covered in snow)
  if (p === 'covered') return n === 'up';
  if (p !== 'set') return false;
  return (
    n === 'up' || n === 'alight' || n === 'ablaze' || (n === 'on' && toks[k + 2]?.lower === 'fire')
  );
}

/** Prepositions after `thrown` that aim a missile: `at`, `through`, `over`. */
const THROWN_AT: ReadonlySet<string> = new Set(['at', 'onto', 'over', 'through']);

/** Stative participles that, with `as` and a label, are a record or a use: `listed as`, `used as`. */
const RECORDED_AS: ReadonlySet<string> = new Set(['classed', 'listed', 'registered', 'used']);

/** Adverbs of intent or error that make a participle an act: `deliberately`, `wrongly`. */
const INTENT_ADVERBS = ruleWords('intentAdverbs');

/**
 * Particles of undoing after a stative participle: `torn down`, `torn apart` (not `up` and
 * `off`, which also end states: `are lined up`, `was swept off a road` by a flood).
 */
export const UNDOING_PARTICLES: ReadonlySet<string> = new Set(['apart', 'down']);

/** A participle and the word after it that together name a state: `fed up`, `caught short`. */
export const STATE_IDIOMS = new Set([
  'booked up',
  'borne out',
  'braced for',
  'caught napping',
  'caught off',
  'caught out',
  'caught short',
  'caught unawares',
  'caught up',
  'fed up',
  'priced in',
  'priced out',
  'snarled up',
  'sold out',
  'taken aback',
  'taken ill',
]);

/** The participles that start a `STATE_IDIOMS` pair (probed first: no string is built for others). */
export const STATE_IDIOM_STARTS: ReadonlySet<string> = new Set(
  [...STATE_IDIOMS].map((pair) => pair.slice(0, pair.indexOf(' '))),
);

/** Participles of permission before `to speak`: `was not authorized to discuss it`. */
export const AUTHORISED = ruleWords('authorisation');

/** What an anonymous source may not do: `speak`, `discuss`, `comment`. */
export const SPEAKING = new Set(['brief', 'comment', 'discuss', 'speak', 'talk']);

/** Adverbs of place and frequency that look like nouns after a participle: "leaked online". */
const PLACE_ADVERBS = ruleWords('placeAdverbs');

/** Participles that take a second object or a name: "was given money", "was named captain". */
export const TWO_OBJECT_PARTICIPLES = ruleWords('twoObjectParticiples');

/**
 * Whether the regular participle at `k` modifies a bare noun, or a compound of up to three,
 * that ends the clause ("was recycled newsprint", "is reinforced concrete", "would be improved
 * accessibility support"): an adjective, not a passive.
 */
export function attributive(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k]!;
  if (!regularParticiple(p.lower) || TWO_OBJECT_PARTICIPLES.has(p.lower)) return false;
  let m = k + 1;
  while (m < s.last && m <= k + 3 && bareNoun(ctx, m)) m++;
  if (m === k + 1) return false;
  const after = toks[m];
  return !after || m >= s.last || isPunct(after) || (after.f & F.PREP) !== 0;
}

/** Whether the word at `m` can be a bare noun after a participle (not a name, a time, an adverb). */
function bareNoun(ctx: Context, m: number): boolean {
  const n = ctx.tokens[m];
  return (
    !!n &&
    isWord(n) &&
    !ctx.name[m] &&
    isContent(n) &&
    !isAdverb(n) &&
    !isVerbLike(n) &&
    (n.f & (F.TIME | F.REPORT)) === 0 &&
    !n.lower.endsWith('ly') &&
    // ("was spotted downing shots": an -ing form opens a clause of its own)
    !n.lower.endsWith('ing') &&
    !PLACE_ADVERBS.has(n.lower) &&
    // ("had been booked weeks in advance": a span of time)
    !DURATIONS.has(n.lower)
  );
}

/** Units of a span of time, which measure when an act was done: `weeks in advance`. */
const DURATIONS: ReadonlySet<string> = new Set([
  'days',
  'decades',
  'hours',
  'minutes',
  'months',
  'weeks',
  'years',
]);

/**
 * Whether `be` at `i` is an infinitive after an existential `there` and a quantity ("there is
 * still much to be learned", "There was no sign of him to be found", "there is a lot to be said
 * for it"): what there is, no act of anyone (not "There are plans to be announced").
 */
export function existentialInfinitive(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  if (toks[i]!.lower !== 'be' || toks[i - 1]?.lower !== 'to') return false;
  let quantity = false;
  for (let q = i - 2; q > s.first && q >= i - 9; q--) {
    const w = toks[q]!;
    if (isPunct(w) || isQuote(w)) return false;
    if (EXISTENTIAL_QUANTITIES.has(w.lower)) quantity = true;
    if ((w.f & F.BE) !== 0) return quantity && toks[q - 1]?.lower === 'there';
    if (isVerbLike(w)) return false;
  }
  return false;
}

/**
 * Quantities after an existential `there is`: `much`, `little`, `nothing`, `no`, `a lot`, `a
 * great deal`.
 */
const EXISTENTIAL_QUANTITIES: ReadonlySet<string> = new Set([
  'deal',
  'little',
  'lot',
  'more',
  'much',
  'no',
  'nothing',
  'plenty',
]);

/**
 * Whether the participle at `k` is harm a natural force did: `killed`, `destroyed`, `slowed`
 * with a storm, flood, fire or quake named in its sentence or the one before ("The blaze spread.
 * At least 40 homes have been destroyed") and no act of people there ("when the market was
 * shelled", "Gunmen opened fire").
 */
export function naturalHarm(ctx: Context, s: Sentence, k: number): boolean {
  const p = ctx.tokens[k]!.lower;
  // ("utilities were buried to lessen the exposure": a purpose, which no force has)
  if (purposeAfter(ctx, k)) return false;
  const si = ctx.sentenceOf[s.first]!;
  // ("was snowed in", "were washed away", "was blown down", "were wiped out": the verb and its
  // particle name the force's work, so no hazard need be named; an act of people's violence
  // near still makes it theirs)
  if (forceResult(ctx, k))
    return hazardIn(ctx, ctx.sentences[Math.max(0, si - HAZARD_REACH)]!.first, s.last) >= 0;
  if (!NATURAL_HARM.has(p)) return false;
  // (`cut`, a word of budgets too, only of a place or supply: "were cut off", "were cut in
  // several places", "was cut to 4,000 homes"; not "funding was cut by a third")
  if (p === 'cut' && !cutByForce(ctx, k)) return false;
  // (the hazard may be named a few sentences back, or in the headline: "Cedar Gap Fire jumps
  // ridge ... At least 40 homes have been destroyed")
  const from = ctx.sentences[Math.max(0, si - HAZARD_REACH)]!.first;
  const near = hazardIn(ctx, from, s.last);
  if (near !== 0) return near > 0;
  const lead = ctx.sentences[0]!;
  return from > lead.first && isHeadline(ctx, lead) && hazardIn(ctx, lead.first, lead.last) > 0;
}

/**
 * Whether `cut` at `k` tells of a place or supply cut as a force cuts it: `cut off`, `cut in
 * several places`, `cut to 4,000 homes` (not "cut by a third", "cut in half", "cut to £2m").
 */
function cutByForce(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const n = toks[k + 1]?.lower;
  if (n === 'off') return true;
  if (n !== 'in' && n !== 'to') return false;
  for (let q = k + 2; q <= k + 4; q++) {
    const w = toks[q]?.lower ?? '';
    if (n === 'in' ? w === 'places' : SUPPLIED.has(w)) return true;
  }
  return false;
}

/** Who a supply reaches: `homes`, `households`, `customers`. */
const SUPPLIED: ReadonlySet<string> = new Set([
  'customers',
  'homes',
  'households',
  'premises',
  'properties',
]);

/**
 * Participles whose particle names a force's result by itself: `snowed in`, `washed away`,
 * `blown down`, `wiped out` (not "blown up", a bomb, nor "blown away" by a response).
 */
const FORCE_RESULTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['blown', new Set(['down', 'off', 'over'])],
  ['snowed', new Set(['in', 'under', 'up'])],
  ['washed', new Set(['away', 'out'])],
  ['wiped', new Set(['out'])],
]);

/** Whether the participle at `k` and its particle name a force's result (`FORCE_RESULTS`). */
function forceResult(ctx: Context, k: number): boolean {
  const particles = FORCE_RESULTS.get(ctx.tokens[k]!.lower);
  return !!particles && particles.has(ctx.tokens[k + 1]?.lower ?? '');
}

/**
 * Whether a purpose follows the participle at `k`: `to` or `in order to` and a verb ("were
 * buried to lessen the exposure"), not `to` and a number or a noun ("cut to 4,000 homes").
 */
function purposeAfter(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  let q = k + 1;
  if (toks[q]?.lower === 'in' && toks[q + 1]?.lower === 'order') q += 2;
  if (toks[q]?.lower !== 'to' || toNounPhrase(ctx, q)) return false;
  // ("cut to homes": a plural noun after `to` is whom the supply reached)
  const v = toks[q + 1];
  return !!v && isWord(v) && !SUPPLIED.has(v.lower);
}

/** How many sentences before a participle of harm its natural force may be named. */
const HAZARD_REACH = 3;

/**
 * Whether tokens `[a, b)` name a natural force (1), an act of people's violence (-1, which wins)
 * or neither (0).
 */
function hazardIn(ctx: Context, a: number, b: number): number {
  let hazard = 0;
  for (let q = a; q < b; q++) {
    const w = ctx.tokens[q]!.lower;
    if (HUMAN_VIOLENCE.has(w)) return -1;
    // ("Inmates set fire to mattresses", "opened fire": a fire people lit or shot)
    if (w === 'fire' && FIRE_SETTING.has(ctx.tokens[q - 1]?.lower ?? '')) return -1;
    if (NATURAL_HAZARDS.has(w)) hazard = 1;
  }
  return hazard;
}

/** Verbs before `fire` that make it people's: `set fire`, `opened fire`. */
const FIRE_SETTING: ReadonlySet<string> = new Set([
  'open',
  'opened',
  'opening',
  'returned',
  'set',
  'sets',
  'setting',
]);

/** Participles of harm a natural force can do: `killed`, `destroyed`, `damaged`. */
const NATURAL_HARM = ruleWords('naturalHarm');

/** Natural forces: `storm`, `wildfire`, `flood`, `earthquake`. */
const NATURAL_HAZARDS = ruleWords('naturalHazards');

/** Words of people's violence, which keep harm an act: `shelling`, `gunmen`, `attack`. */
const HUMAN_VIOLENCE = ruleWords('humanViolence');

/** Participles of naming: `is called`, `are known as`, `is dubbed`. */
const NAMING: ReadonlySet<string> = new Set([
  'called',
  'dubbed',
  'known',
  'named',
  'nicknamed',
  'titled',
]);

/**
 * Whether present `be` at `i` and the participle of naming at `k` state a name a thing bears:
 * a name, a quotation or a noun phrase after it ("is called pho", 'is dubbed "the Beast"',
 * "are known as the Twins"), or `as` before its subject ("as the book is called").
 */
export function naming(ctx: Context, s: Sentence, i: number, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k]!.lower;
  if (!NAMING.has(p)) return false;
  for (let q = i - 1; q >= s.first && q >= i - 4; q--) {
    if (toks[q]!.lower === 'as') return true;
    if (isPunct(toks[q])) break;
  }
  // ("The road is named after a poet", "a sweet that is called after its town": whom a name honours)
  if (toks[k + 1]?.lower === 'after') return p === 'named' || p === 'called';
  let n = k + 1;
  if (p === 'known') {
    if (toks[n]?.lower !== 'as') return false;
    n++;
  }
  const w = toks[n];
  if (!w || n >= s.last) return false;
  if (isOpenQuote(w) || ctx.name[n]) return true;
  return (
    p !== 'named' && (isDet(w) || (isContent(w) && !isPrep(w) && !isAdverb(w) && w.lower !== 'to'))
  );
}

/** The lists the passive scan asks of the words round a form of `be`, as bits of one answer. */
export const listsOf = wordBits(() => [
  DATED_ACTS,
  FLOATING_QUANTIFIERS,
  EVENTIVE_ADVERBS,
  DEGREE,
  INSTRUCTED,
  STATIVE_PARTICIPLES,
  STATE_IDIOM_STARTS,
  MODALS,
  HEDGED_ACT_ADVERBS,
]);
export const DATED = 1 << 0;
export const FLOATING = 1 << 1;
export const EVENTIVE = 1 << 2;
export const DEGREE_WORD = 1 << 3;
export const INSTRUCTION = 1 << 4;
export const STATIVE = 1 << 5;
export const IDIOM_START = 1 << 6;
export const MODAL = 1 << 7;
export const HEDGED_ACT = 1 << 8;

/**
 * Hedges that tell of a past act, not a state: "was allegedly left alone", "were reportedly left
 * unattended", "was apparently left at its default" (one alleges what someone did; "is
 * reportedly owned by", in the present, is still a standing).
 */
export const HEDGED_ACT_ADVERBS: ReadonlySet<string> = new Set([
  'allegedly',
  'apparently',
  'reportedly',
]);

/** Modal verbs: `must`, `should`, `could`. */
export const MODALS = ruleWords('modals');

/** `not` or `n't`. */
export const negation = (t: { lower: string } | undefined): boolean =>
  t?.lower === 'not' || t?.lower === "n't";

/**
 * Whether present `be` at `i` and the participle at `k` state a thing's standing, not an act:
 * its value or price ("is valued at $4 billion", "is capped at 30 million pounds", "is pegged to
 * the dollar", "is owed $9 million"), or where a company or parcel stands in law ("where the
 * company is incorporated", "The parcel is zoned for light industry"). The past and the perfect
 * tell the act ("was valued at $2 billion in a funding round", "has been zoned for housing").
 */
export function presentStanding(ctx: Context, i: number, k: number): boolean {
  return PRESENT_BE.has(ctx.tokens[i]!.lower) && STANDING.has(ctx.tokens[k]!.lower);
}

/**
 * Whether the present `be` at `i` and the participle at `k` state who owns or trades a firm,
 * with the adverb of its ownership right before: "Ardenvale, which is privately held", "the
 * group is wholly owned", "is publicly traded" (a standing, like "is incorporated"; not "was
 * held in custody", "were privately told").
 */
export function ownershipStanding(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  return (
    PRESENT_BE.has(toks[i]!.lower) &&
    OWNERSHIP_ADVERBS.has(toks[k - 1]!.lower) &&
    OWNED.has(toks[k]!.lower)
  );
}

/** Adverbs of a firm's ownership: `privately`, `publicly`, `wholly`, `jointly`. */
const OWNERSHIP_ADVERBS: ReadonlySet<string> = new Set([
  'jointly',
  'majority',
  'privately',
  'publicly',
  'wholly',
]);

/** Participles of owning and trading a firm: `held`, `owned`, `traded`, `listed`. */
const OWNED: ReadonlySet<string> = new Set(['held', 'listed', 'owned', 'traded']);

/** Participles of a standing: `valued`, `capped`, `incorporated`, `zoned`. */
const STANDING = ruleWords('standingParticiples');

/**
 * Whether `be` at `i` and `seen` at `k` make "remains to be seen", the idiom of what is not known
 * yet ("It remains to be seen whether", "much about it that remains to be seen"): no one is hidden.
 */
export function remainsToBeSeen(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  return (
    toks[k]!.lower === 'seen' &&
    toks[i]!.lower === 'be' &&
    toks[i - 1]?.lower === 'to' &&
    REMAIN.has(toks[i - 2]?.lower ?? '')
  );
}

/** Forms of `remain`. */
const REMAIN: ReadonlySet<string> = new Set(['remain', 'remained', 'remaining', 'remains']);

/** Forms of `remain` and `stay`, which make a participle after them a state: `stays shut`. */
export const STAYING: ReadonlySet<string> = new Set([
  ...REMAIN,
  'stay',
  'stayed',
  'staying',
  'stays',
]);

/**
 * Whether `agreed` at `k`, after `be` at `i`, is people of one mind ("We are agreed on the need
 * for reform", "they were all agreed that it had to stop", "Everyone was agreed"): a state of
 * its subject, not a deal someone made ("The deal was agreed on Monday", "It was agreed that").
 */
export function agreedState(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'agreed') return false;
  let h = i - 1;
  while (h > 0 && (isAdverb(toks[h]) || FLOATING_QUANTIFIERS.has(toks[h]!.lower))) h--;
  return OF_ONE_MIND.has(toks[h]?.lower ?? '');
}

/** Subjects that can be of one mind: `we`, `they`, `everyone`. */
const OF_ONE_MIND: ReadonlySet<string> = new Set([
  'all',
  'both',
  'everybody',
  'everyone',
  'he',
  'i',
  'she',
  'they',
  'we',
  'you',
]);

/**
 * Whether `left` at `k` is someone's act of leaving a person or thing somewhere or in some
 * state ("was left exposed on an unsecured server", "were left unattended", "was left on a
 * trolley overnight", "were left to fend for themselves", "was left off the list", "were left
 * without food for hours"), not what remains ("two were left", "the shares being left behind in
 * the old company") or a feeling an event left ("was left devastated").
 */
export function leftAct(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'left') return false;
  const n = toks[k + 1]?.lower ?? '';
  if (LEFT_IN_STATE.has(n)) return true;
  // ("were left without water for two days": neglect for a span of time)
  if (n === 'without') return neglectSpan(ctx, k + 2);
  if (n === 'to') return isWord(toks[k + 2]) && !isDet(toks[k + 2]) && !ctx.name[k + 2];
  // ("was left in a soiled bed for 14 hours": a place of neglect for a span of time)
  if (n === 'in') return neglectSpan(ctx, k + 2);
  // ("an envelope of cash was left for him": a thing left for someone to collect)
  if (n === 'for') return PERSON_OBJECTS.has(toks[k + 2]?.lower ?? '');
  // ("on a trolley", "on trolleys", "off the list")
  const o = toks[k + 2];
  if (n === 'on' || n === 'off')
    return isDet(o) || (isWord(o) && !ctx.name[k + 2] && /[^s]s$/.test(o!.lower));
  return false;
}

/** Records an office keeps, whose loss is someone's: `files`, `minutes`, `receipts`. */
const KEPT_RECORDS = ruleWords('keptRecords');

/** Object pronouns of people: `him`, `her`, `them`. */
const PERSON_OBJECTS = ruleWords('personObjects');

/**
 * Whether `lost` at `k`, after `be` at `i`, is records someone mislaid ("minutes of several board
 * meetings had been lost", "the paperwork was lost when the branch moved", "Files were lost"): a
 * document's loss has a keeper who lost it (decision 344's mislaying), unlike jobs, seats, a
 * vessel or a crop, and unlike the guess of a modal ("records may have been lost").
 */
export function lostRecords(ctx: Context, s: Sentence, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'lost') return false;
  let h = i - 1;
  while (
    h > s.first &&
    ((toks[h]!.f & (F.AUX | F.BE)) !== 0 || HAVE_FORMS.has(toks[h]!.lower) || isAdverb(toks[h]))
  ) {
    if ((listsOf(toks[h]) & MODAL) !== 0 && !HAVE_FORMS.has(toks[h]!.lower)) return false;
    h--;
  }
  // (the subject's head, or the head before its of-phrase: "minutes of several board meetings")
  for (let q = h; q >= s.first && q >= h - 5; q--) {
    const w = toks[q]!;
    if (!isWord(w)) return false;
    if (KEPT_RECORDS.has(w.lower) && (q === h || toks[q + 1]?.lower === 'of')) return true;
    if (q === h && !isContent(w)) return false;
  }
  return false;
}

/** States someone leaves a person or thing in: `exposed`, `unattended`, `stranded`. */
const LEFT_IN_STATE: ReadonlySet<string> = new Set([
  'alone',
  'exposed',
  'open',
  'stranded',
  'unanswered',
  'unattended',
  'unchecked',
  'unlocked',
  'unpaid',
  'unprotected',
  'unsecured',
  'untreated',
  'vulnerable',
  'waiting',
]);

/**
 * Whether `be` at `i` and the participle at `k`, with `still` or `already` between them, tell the
 * condition a thing was found in, not an act: "The microphone was still switched on", "the
 * section was still occupied", "the pumps were already switched off", "The road was still closed
 * on Friday", "Some hamlets are still cut off". Only participles of a standing condition, with
 * their particle where they need one; not after the perfect ("had already been switched off":
 * the act before) nor with `not` ("was still not switched off": a failure).
 */
export function stillCondition(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (!SIMPLE_BE.has(toks[i]!.lower)) return false;
  let still = false;
  for (let q = i + 1; q < k; q++) {
    const w = toks[q]!;
    if (w.lower === 'still' || w.lower === 'already') still = true;
    else if (negation(w)) return false;
  }
  if (!still) return false;
  const particles = CONDITIONS.get(toks[k]!.lower);
  return !!particles && (particles.size === 0 || particles.has(toks[k + 1]?.lower ?? ''));
}

/** The simple forms of `be` a condition is told in: `was`, `is`, `were`. */
const SIMPLE_BE: ReadonlySet<string> = new Set(['am', 'are', 'is', 'was', 'were', "'m", "'re"]);

const ANY: ReadonlySet<string> = new Set();

/**
 * Participles of a standing condition of a device, a place or a way, each with the particles it
 * needs (`ANY`: none): `switched on`, `occupied`, `boarded up`, `cut off`.
 */
const CONDITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['blocked', ANY],
  ['boarded', new Set(['up'])],
  ['closed', ANY],
  ['connected', ANY],
  ['cut', new Set(['off'])],
  ['frozen', ANY],
  ['lit', ANY],
  ['locked', ANY],
  ['logged', new Set(['in', 'on'])],
  ['occupied', ANY],
  ['parked', ANY],
  ['plugged', new Set(['in'])],
  ['sealed', ANY],
  ['shut', ANY],
  ['snowed', new Set(['in', 'under'])],
  ['submerged', ANY],
  ['switched', new Set(['off', 'on'])],
  ['turned', new Set(['off', 'on'])],
]);

/**
 * Whether `left` at `k` is what an event left people with, a result and no act: "were left with
 * nothing", "have been left with no choice", "had been left with little", "were left without
 * power" (not "the wing had been left with four officers", someone's staffing; nor neglect for a
 * span of time, `leftAct`).
 */
export function leftWithLittle(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'left') return false;
  const n = toks[k + 1]?.lower;
  // (over an opening quote: 'left with "nothing that works"')
  const o = isOpenQuote(toks[k + 2]) ? k + 3 : k + 2;
  const result = n === 'without' || (n === 'with' && SCANT.has(toks[o]?.lower ?? ''));
  return result && !neglectSpan(ctx, k + 2);
}

/** What little one is left with: `nothing`, `no`, `little`, `only`. */
const SCANT: ReadonlySet<string> = new Set([
  'barely',
  'few',
  'hardly',
  'just',
  'little',
  'no',
  'none',
  'nothing',
  'only',
]);

/**
 * Whether a span of time follows within a few words of `k`, the length of a neglect ("without
 * food for hours", "without water for two days", "without help overnight").
 */
function neglectSpan(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q <= k + 5; q++) {
    const w = toks[q];
    if (!w || isPunct(w)) return false;
    if (w.lower === 'overnight') return true;
    if (w.lower !== 'for') continue;
    const n = toks[q + 1]?.lower ?? '';
    return (
      SPAN_UNITS.has(n) ||
      forSpan(ctx, q + 1) ||
      (n === 'several' && SPAN_UNITS.has(toks[q + 2]?.lower ?? ''))
    );
  }
  return false;
}

/**
 * Whether `determined` at `k`, after `be` at `i`, is a finding out in the perfect, left undone or
 * to come, an act: "The cause has not been determined", "could not be determined", "has yet to
 * be determined", "the route has been determined" (not the resolve of "are determined to
 * rebuild", "has always been determined to win", nor "She was determined.").
 */
export function findingOut(ctx: Context, s: Sentence, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'determined' || toks[k + 1]?.lower === 'to') return false;
  for (let q = i - 1; q >= s.first && q >= i - 4; q--) {
    const w = toks[q]!;
    if (negation(w) || w.lower === 'yet' || (listsOf(w) & MODAL) !== 0) return true;
    if (!isAdverb(w) && (w.f & (F.AUX | F.BE)) === 0) break;
  }
  return false;
}

/**
 * Whether `designed` at `k`, after a past `be` at `i`, tells what someone meant a step to do:
 * "the rule was designed to shut out smaller parties", "a move critics say was designed to
 * favour insiders" (not the present's standing purpose, "The pipeline is designed to carry gas",
 * nor "was designed to be skipped").
 */
export function designedTo(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'designed' || !PAST_BE.has(toks[i]!.lower)) return false;
  if (toks[k + 1]?.lower !== 'to') return false;
  const v = toks[k + 2];
  return !!v && isWord(v) && !isDet(v) && v.lower !== 'be' && v.lower !== 'do';
}

/**
 * Whether the participle at `k` follows `fully` in a state of capacity: "The ferry was fully
 * booked", "the scheme is fully subscribed" (not "was fully vaccinated", a step taken).
 */
export function fullState(ctx: Context, k: number): boolean {
  return ctx.tokens[k - 1]?.lower === 'fully' && FULL.has(ctx.tokens[k]!.lower);
}

/** Participles of capacity after `fully`: `booked`, `subscribed`, `occupied`. */
const FULL: ReadonlySet<string> = new Set(['booked', 'occupied', 'subscribed']);
