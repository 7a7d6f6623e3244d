/**
 * Agentless passives and impersonal `it`-clauses: `was discovered`, `had been infiltrated`,
 * `it was confirmed`. Not: a passive with a `by` agent, stative participles (`was born`,
 * `is located`), raising hedges (`is said to`), or active perfects (`has said`).
 */
import type { Context } from './context';
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
  sentenceHas,
  toNounPhrase,
} from './context';
import {
  BE_FORMS,
  F,
  FLOATING_QUANTIFIERS,
  isIrregularParticiple,
  RAISING_PARTICIPLES,
  REPORTING_VERBS,
  ruleWords,
  STATIVE_PARTICIPLES,
} from './lexicon';
import { byMeans } from './cues/by-agent';
import type { Sentence } from './sentences';
import { wordBits } from './word-bits';

/** The lexicon flags of the words a passive can start at: a form of `be`, or `we're`. */
const PASSIVE_START = F.BE | F.BE_CONTRACTION;

/** Whether `both` at `k` opens `both X and Y` ("is both poised for ... and ..."), no floating quantifier. */
function bothAnd(ctx: Context, s: Sentence, k: number): boolean {
  if (ctx.tokens[k]!.lower !== 'both') return false;
  for (let q = k + 2; q < s.last && q <= k + 8; q++) {
    const t = ctx.tokens[q]!;
    if (t.lower === 'and') return true;
    // ("were both abandoned within months, and": a clause's `and`)
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** An agentless passive as a token range, with its participle. */
export interface Passive {
  start: number;
  end: number;
  participle: number;
  impersonal: boolean;
}

const PERCEPTION = ruleWords('perception');

const MODALS = ruleWords('modals');

/** Whether `lower` has the shape of a past participle. */
export function isParticiple(lower: string): boolean {
  if (isIrregularParticiple(lower)) return true;
  // "were mis-sold", "had been over-sold": a verb prefix before an irregular participle
  const dash = lower.indexOf('-');
  if (dash > 0 && VERB_PREFIXES.has(lower.slice(0, dash)))
    return isIrregularParticiple(lower.slice(dash + 1)) || regularParticiple(lower);
  return lower.length > 3 && regularParticiple(lower) && lower.charCodeAt(lower.length - 3) !== 101;
}

/** `/[a-z]ed$/` by character codes (asked of every word after a form of `be`). */
function regularParticiple(w: string): boolean {
  const n = w.length;
  const c = w.charCodeAt(n - 3);
  return w.charCodeAt(n - 1) === 100 && w.charCodeAt(n - 2) === 101 && c >= 97 && c <= 122;
}

/**
 * An irregular participle of a reporting verb (`told`, `said`), which reports rather than acts;
 * not one that mostly acts (`held` in cells: `holds that` reports only with its clause).
 */
function irregularReporting(w: string): boolean {
  return !regularParticiple(w) && REPORTING_VERBS.has(w) && !ACTING_PARTICIPLES.has(w);
}

const ACTING_PARTICIPLES = ruleWords('actingParticiples');

/**
 * Whether `be` at `i` is an infinitive right after a generic amount: "little to be gained",
 * "nothing to be done". Nobody is hidden: the sentence says what could be done at all (after an
 * existential `there`, see `existentialInfinitive`).
 */
function genericToBe(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  return toks[i - 1]?.lower === 'to' && GENERIC_AMOUNTS.has(toks[i - 2]?.lower ?? '');
}

/** Amounts that make an infinitive passive generic: `much` (to be learned), `nothing`. */
const GENERIC_AMOUNTS = ruleWords('genericAmounts');

/** Verbs of undoing: `the plot was uncovered`, `the files were unsealed` are passives. */
const UN_VERBS = ruleWords('unVerbs');

/**
 * Whether `lower` is an adjective of `un-` and a participle: `unconfirmed`, `uninhabited`,
 * `unimpressed` (not a verb of undoing in UN_VERBS, not `under-`: `was undermined`).
 */
function unAdjective(lower: string): boolean {
  if (!lower.startsWith('un') || lower.startsWith('under') || UN_VERBS.has(lower)) return false;
  const stem = lower.slice(2);
  return STATIVE_PARTICIPLES.has(stem) || (stem.length > 4 && isParticiple(stem));
}

/** First parts of hyphenated verbs that stay verbs: `was re-elected`, `were co-opted`. */
const VERB_PREFIXES = ruleWords('verbPrefixes');

/**
 * A hyphenated participle such as `self-contained`, `well-known`, `state-owned` or
 * `Iranian-backed` describes a state after `be`: its first part fills the agent's slot or
 * makes it an adjective, so nothing is hidden.
 */
function compoundAdjective(lower: string): boolean {
  const dash = lower.indexOf('-');
  return dash > 0 && !VERB_PREFIXES.has(lower.slice(0, dash));
}

/**
 * A participle that names a state after `is` ("the date is set", "the border is closed") but an
 * act when the perfect or a date places it in time: "No date has been set", "crossings were
 * closed last spring", "the flat was sold in 2019".
 */
function datedAct(ctx: Context, i: number, k: number): boolean {
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
  const n = toks[k + 1];
  const nn = toks[k + 2];
  if (!n || !nn) return false;
  // (a date after the present is a setting: "The film is set in 1920")
  if (toks[i]!.lower !== 'was' && toks[i]!.lower !== 'were') return false;
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
function occasionAct(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k]!.lower;
  if (!OCCASION_ACTS.has(p)) return false;
  const n = toks[k + 1]?.lower ?? '';
  const nn = toks[k + 2];
  const be = toks[i]!.lower;
  if (be === 'be' && MODALS.has(toks[i - 1]?.lower ?? ''))
    return (n === 'in' || n === 'on') && isTimeWord(nn);
  if (be !== 'was' && be !== 'were') return false;
  if (n === 'overnight') return true;
  if (n === 'for') return nn?.lower === 'the' && SPANS.has(toks[k + 3]?.lower ?? '');
  if (OCCASIONS.has(n)) return isDet(nn) || (isContent(nn) && !isAdverb(nn));
  // ("closed to swimmers", "shut to traffic": whom the act keeps out)
  return (p === 'closed' || p === 'shut') && n === 'to' && isContent(nn) && !isVerbLike(nn);
}

/** Participles of `occasionAct`: `closed`, `exposed`, `set`, `sold`. */
const OCCASION_ACTS = ruleWords('occasionActs');

/** Spans after `for the`: `for the day`, `for the weekend`. */
const SPANS: ReadonlySet<string> = new Set(['day', 'night', 'season', 'week', 'weekend']);

/** Prepositions of an occasion: `after a breach`, `following a review`, `without a finding`. */
const OCCASIONS: ReadonlySet<string> = new Set(['after', 'following', 'without']);

/**
 * A participle of making or founding dated by a year or decade ("The levee, which was built in
 * the 1960s", "The club was founded in 1888"): the history of a thing, whose maker is not news.
 * (Other acts dated so stay acts: "The warehouse was sold in 2017".)
 */
function dateOfOrigin(ctx: Context, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (!ORIGIN_ACTS.has(toks[k]!.lower)) return false;
  if (toks[i]!.lower !== 'was' && toks[i]!.lower !== 'were') return false;
  if (toks[k + 1]?.lower !== 'in') return false;
  let d = k + 2;
  if (toks[d]?.lower === 'the') d++;
  return /^(1[5-9]|20)\d\d(s|'s)?$/.test(toks[d]?.lower ?? '');
}

/** Participles of making or founding a thing: `built`, `founded`, `erected`. */
const ORIGIN_ACTS = ruleWords('originActs');

/** The forms of `have` before a perfect's `been`. */
const HAVE_FORMS: ReadonlySet<string> = new Set(['had', 'has', 'have', 'having']);

/** Participles of acts that also name the state they leave: `set`, `closed`, `sold`. */
const DATED_ACTS = ruleWords('datedActs');

/** Adverbs that make a participle an act, not a state: `widely`, `routinely`, `repeatedly`. */
const EVENTIVE_ADVERBS = ruleWords('eventiveAdverbs');

/** Degree words before `likely` (`most likely`) and before an adjective (`too stretched`). */
const DEGREE = new Set(['most', 'more', 'quite', 'rather', 'so', 'somewhat', 'too', 'very']);

/** Past forms of `be` before a participle: `was`, `were`, `had been`. */
const PAST_BE: ReadonlySet<string> = new Set(['been', 'was', 'were']);

/** Present forms of `be`. */
const PRESENT_BE: ReadonlySet<string> = new Set(['am', 'are', 'is', "'re", "'m"]);

/**
 * Whether a quotation opening before `k` starts on a participle, over adverbs: '"selectively
 * excluded"', '"escalated and then shelved"'.
 */
function quotedParticiple(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  return k < s.last && isWord(toks[k]) && isParticiple(toks[k]!.lower);
}

/** Stative participles that, before `to` and a verb, are instructions: `were advised to leave`. */
const INSTRUCTED = new Set(['advised', 'urged', 'encouraged', 'instructed', 'warned']);

/**
 * Whether `used` at `k` is used for a purpose ("was used to cover the loans"), not accustomed to
 * a thing or a habit ("is used to the cold", "were used to working nights", "are used to
 * hardship"); `used` alone names a state ("the car is used").
 */
function usedFor(ctx: Context, s: Sentence, k: number): boolean {
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
 * Particles of undoing after a stative participle: `torn down`, `torn apart` (not `up` and
 * `off`, which also end states: `are lined up`, `was swept off a road` by a flood).
 */
const UNDOING_PARTICLES: ReadonlySet<string> = new Set(['apart', 'down']);

/** Participles of the anonymity formula: `not be named`, `not be identified`, `not be quoted`. */
const WITHHELD = new Set(['identified', 'named', 'quoted']);

/** Words that ask for anonymity before `not (to) be named`: `asked`, `on condition that`. */
const ANONYMITY_ASKING = new Set([
  'agreed',
  'asked',
  'asking',
  'condition',
  'insisted',
  'preferred',
  'requested',
  'requesting',
  'want',
  'wanted',
  'wanting',
  'wish',
  'wished',
  'wishing',
]);

/** Words that refuse a name without a `not`: `declined to be named`, `refusing to be identified`. */
const ANONYMITY_REFUSING = new Set([
  'decline',
  'declined',
  'declines',
  'declining',
  'refused',
  'refuses',
  'refusing',
]);

const negation = (t: { lower: string } | undefined): boolean =>
  t?.lower === 'not' || t?.lower === "n't";

/** Participles of a name kept back: `asked that his name be withheld`, `not be published`. */
const NAME_KEPT = new Set([
  'changed',
  'disclosed',
  'given',
  'printed',
  'published',
  'released',
  'revealed',
  'used',
  'withheld',
]);

/** What a person declines to undergo: `declined to be interviewed`, `refused to be filmed`. */
const DECLINED_EXPOSURE = new Set(['filmed', 'interviewed', 'photographed', 'pictured']);

/**
 * Whether the passive at `be` (token `i`) with participle `lower` is the anonymity formula:
 * `asked not to be named`, `requested that he not be identified`, `declining to be identified`,
 * `asked that her name be withheld`.
 */
function anonymityFormula(ctx: Context, s: Sentence, i: number, lower: string): boolean {
  const toks = ctx.tokens;
  // ("declined to be interviewed", "refusing to be photographed")
  if (
    DECLINED_EXPOSURE.has(lower) &&
    toks[i - 1]?.lower === 'to' &&
    ANONYMITY_REFUSING.has(toks[i - 2]?.lower ?? '')
  )
    return true;
  // ("asked that his name be withheld", "her surname not be used": the request, in the
  // subjunctive; "His name was withheld from the jury" reports the act)
  if (NAME_KEPT.has(lower) && toks[i]!.lower === 'be' && !MODALS.has(toks[i - 1]?.lower ?? '')) {
    for (let k = i - 1; k >= s.first && k >= i - 3; k--) {
      const w = toks[k]!.lower;
      if (w === 'name' || w === 'names' || w === 'surname' || w === 'identity') return true;
    }
    return false;
  }
  if (!WITHHELD.has(lower)) return false;
  let negated = false;
  for (let k = i - 1; k >= s.first && k >= i - 6; k--) {
    const w = toks[k]!.lower;
    if (negation(toks[k])) negated = true;
    // ("asked not to be named"; "did not want to be named")
    else if (ANONYMITY_ASKING.has(w))
      return negated || negation(toks[k - 1]) || negation(toks[k - 2]);
    else if (ANONYMITY_REFUSING.has(w)) return true;
  }
  return false;
}

/** A participle and the word after it that together name a state: `fed up`, `caught short`. */
const STATE_IDIOMS = new Set([
  'borne out',
  'caught napping',
  'caught off',
  'caught short',
  'caught unawares',
  'fed up',
]);

/** The participles that start a `STATE_IDIOMS` pair (probed first: no string is built for others). */
const STATE_IDIOM_STARTS: ReadonlySet<string> = new Set(
  [...STATE_IDIOMS].map((pair) => pair.slice(0, pair.indexOf(' '))),
);

/** Participles of permission before `to speak`: `was not authorized to discuss it`. */
const AUTHORISED = ruleWords('authorisation');

/** What an anonymous source may not do: `speak`, `discuss`, `comment`. */
const SPEAKING = new Set(['brief', 'comment', 'discuss', 'speak', 'talk']);

/** Adverbs of place and frequency that look like nouns after a participle: "leaked online". */
const PLACE_ADVERBS = ruleWords('placeAdverbs');

/** Participles that take a second object or a name: "was given money", "was named captain". */
const TWO_OBJECT_PARTICIPLES = ruleWords('twoObjectParticiples');

/**
 * Whether the regular participle at `k` modifies a bare noun that ends the clause ("was recycled
 * newsprint", "is reinforced concrete"): an adjective, not a passive.
 */
function attributive(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k]!;
  if (!regularParticiple(p.lower) || TWO_OBJECT_PARTICIPLES.has(p.lower)) return false;
  const n = toks[k + 1];
  if (!n || k + 1 >= s.last || !isWord(n) || ctx.name[k + 1]) return false;
  if (
    !isContent(n) ||
    isAdverb(n) ||
    isVerbLike(n) ||
    (n.f & (F.TIME | F.REPORT)) !== 0 ||
    n.lower.endsWith('ly') ||
    PLACE_ADVERBS.has(n.lower) ||
    // ("had been booked weeks in advance": a span of time)
    DURATIONS.has(n.lower)
  )
    return false;
  const after = toks[k + 2];
  return !after || k + 2 >= s.last || isPunct(after) || (after.f & F.PREP) !== 0;
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
function existentialInfinitive(ctx: Context, s: Sentence, i: number): boolean {
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
function naturalHarm(ctx: Context, s: Sentence, k: number): boolean {
  if (!NATURAL_HARM.has(ctx.tokens[k]!.lower)) return false;
  const si = ctx.sentenceOf[s.first]!;
  const from = si > 0 ? ctx.sentences[si - 1]!.first : s.first;
  let hazard = false;
  for (let q = from; q < s.last; q++) {
    const w = ctx.tokens[q]!.lower;
    if (HUMAN_VIOLENCE.has(w)) return false;
    // ("Inmates set fire to mattresses", "opened fire": a fire people lit or shot)
    if (w === 'fire' && FIRE_SETTING.has(ctx.tokens[q - 1]?.lower ?? '')) return false;
    if (NATURAL_HAZARDS.has(w)) hazard = true;
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
function naming(ctx: Context, s: Sentence, i: number, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k]!.lower;
  if (!NAMING.has(p)) return false;
  for (let q = i - 1; q >= s.first && q >= i - 4; q--) {
    if (toks[q]!.lower === 'as') return true;
    if (isPunct(toks[q])) break;
  }
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

/** Finds agentless passives in sentence `s`. */
export function findPassives(ctx: Context, s: Sentence): readonly Passive[] {
  const toks = ctx.tokens;
  // (a sentence with no word a passive can start at is not read for these; a headline's follow)
  const be = sentenceHas(ctx, s, PASSIVE_START);
  // most sentences have none: they share one empty result
  if (!be && !isHeadline(ctx, s)) return NONE;
  const out: Passive[] = [];
  for (let i = s.first; be && i < s.last; i++) {
    const t = toks[i]!;
    // "We're told": a pronoun with a contracted `be` starts a passive too
    if ((t.f & PASSIVE_START) === 0 || t.lower === "'s") continue;
    // "Be warned:", "Be prepared to wait": an imperative to the reader hides nobody
    if (i === s.first && t.lower === 'be') continue;
    // "little to be gained": a generic amount
    if (t.lower === 'be' && genericToBe(ctx, i)) continue;
    // existential "there are marked differences": an adjective, not a passive
    if (toks[i - 1]?.lower === 'there') continue;
    // participle after be + adverbs
    let k = i + 1;
    // (and floating quantifiers: "were both abandoned", "were all told")
    let eventive = false;
    while (
      k < s.last &&
      (isAdverb(toks[k]) ||
        toks[k]!.lower === 'not' ||
        toks[k]!.lower === "n't" ||
        ((listsOf(toks[k]) & FLOATING) !== 0 && !bothAnd(ctx, s, k)))
    ) {
      // "was widely covered": an act done by many; "were routinely left running", "was
      // repeatedly closed": an act done again and again, not a state
      if ((listsOf(toks[k]) & EVENTIVE) !== 0) eventive = true;
      k++;
    }
    // "were most likely photographed": a degree word and `likely` stand as an adverb
    if (toks[k + 1]?.lower === 'likely' && (listsOf(toks[k]) & DEGREE_WORD) !== 0) {
      k += 2;
      while (k < s.last && isAdverb(toks[k])) k++;
    }
    // 'had been "parked"': a participle in scare quotes, the writer's distance from the word;
    // a quotation that opens on the participle ('were "escalated and then shelved"', 'had been
    // "selectively excluded"') quotes the words of the passive, which still hides its agent
    // (not after the present, where a quoted participle names a state: 'is "fully costed"',
    // 'are "locked in"')
    const closed =
      isOpenQuote(toks[k]) &&
      isWord(toks[k + 1]) &&
      isParticiple(toks[k + 1]!.lower) &&
      isQuote(toks[k + 2]) &&
      !isOpenQuote(toks[k + 2]);
    const quoted =
      closed ||
      (isOpenQuote(toks[k]) && !PRESENT_BE.has(t.lower) && quotedParticiple(ctx, s, k + 1));
    if (quoted) {
      k++;
      while (k < s.last && isAdverb(toks[k])) k++;
    }
    // "have not been peer reviewed": a noun joined to its participle
    if (toks[k]?.lower === 'peer' && toks[k + 1] && /ed$/.test(toks[k + 1]!.lower)) k++;
    const p = toks[k];
    if (!p || k >= s.last || !isWord(p)) continue;
    // (the flag: F.BE marks exactly the words of BE_FORMS)
    if ((p.f & F.BE) !== 0) continue; // "has been" -> handled at "been"
    // "are being advised": a progressive passive is never a state ("had been left out": nor a
    // participle with its particle)
    const progressive =
      (t.lower === 'being' && BE_FORMS.has(toks[i - 1]?.lower ?? '')) ||
      eventive ||
      datedAct(ctx, i, k) ||
      occasionAct(ctx, i, k) ||
      impersonalQuestion(ctx, s, i, k) ||
      (p.lower === 'left' && toks[k + 1]?.lower === 'out') ||
      // "posters had been torn down", "the plant was closed down": a particle of undoing makes
      // a stative participle an act
      ((listsOf(p) & STATIVE) !== 0 && UNDOING_PARTICLES.has(toks[k + 1]?.lower ?? ''));
    // "Residents were advised to stay away": an instruction given, not a state (decision 38)
    // ("Doctors have been advised not to prescribe it": the instruction negated)
    const instructed =
      (toks[k + 1]?.lower === 'to' ||
        (toks[k + 1]?.lower === 'not' && toks[k + 2]?.lower === 'to')) &&
      (listsOf(p) & INSTRUCTION) !== 0;
    if (
      !isParticiple(p.lower) ||
      ((listsOf(p) & STATIVE) !== 0 && !progressive && !instructed && !usedFor(ctx, s, k))
    )
      continue;
    // "had been too stretched to listen", "was very distressed": a degree word makes an adjective
    if (DEGREE.has(toks[k - 1]!.lower) && !progressive) continue;
    // "asked not to be named", "on condition that she not be identified": the formula of an
    // anonymous source, whose hidden agent is the story itself
    if (anonymityFormula(ctx, s, i, p.lower)) continue;
    // "I'm fed up", "were caught short", "is caught off guard": idioms of a state
    if (
      (listsOf(p) & IDIOM_START) !== 0 &&
      STATE_IDIOMS.has(`${p.lower} ${toks[k + 1]?.lower ?? ''}`)
    )
      continue;
    // "the document is classified": a security grading (not "was classified as a threat")
    if (p.lower === 'classified' && toks[k + 1]?.lower !== 'as' && t.lower !== 'being') continue;
    // "because he was not authorized to speak": the reason of an anonymous source, not an act
    if (
      AUTHORISED.has(p.lower) &&
      toks[k + 1]?.lower === 'to' &&
      SPEAKING.has(toks[k + 2]?.lower ?? '')
    )
      continue;
    // "refused to be drawn on the matter": an idiom of saying nothing
    if (p.lower === 'drawn' && (toks[k + 1]?.lower === 'on' || toks[k + 1]?.lower === 'into'))
      continue;
    // "there is much to be learned from it", "no trace to be found": what there is, not an act
    if (existentialInfinitive(ctx, s, i)) continue;
    // "homes were damaged when a tornado crossed": harm done by a natural force (decision 42)
    if (naturalHarm(ctx, s, k)) continue;
    // "was recycled newsprint": a participle before a bare noun is attributive
    if (attributive(ctx, s, k)) continue;
    if (compoundAdjective(p.lower)) continue;
    // "was mentally unbalanced", "is unconfirmed", "are uninhabited": un- before a participle
    // makes an adjective (no one unconfirms), unless the un- verb is one of undoing ("uncovered")
    if (unAdjective(p.lower)) continue;
    // "The church, which was built in 1780,": the date a thing was made, its history
    if (dateOfOrigin(ctx, i, k)) continue;
    // "The dish is called pho", "as the book is called in English": what a thing is called,
    // a name it bears, not an act (not "was called to testify", "is called in")
    if (PRESENT_BE.has(t.lower) && naming(ctx, s, i, k)) continue;
    // "The dress is made of pearls": what a thing consists of
    if (p.lower === 'made' && (toks[k + 1]?.lower === 'of' || toks[k + 1]?.lower === 'from'))
      continue;
    let end = k + 1;
    // (with its closing quote)
    if (quoted && isQuote(toks[end]) && !isOpenQuote(toks[end])) end++;
    // phrasal particles and "as saying": "be let go", "pencilled in", "quoted as saying"
    const after = toks[end];
    if (after && after.lower === 'as' && toks[end + 1]?.lower === 'saying') end += 2;
    if (after && p.lower === 'let' && after.lower === 'go') end += 1;
    if (after && p.lower === 'left' && after.lower === 'out') end += 1;
    // raising hedges: "is said to", "are believed to"
    if (
      toks[k + 1]?.lower === 'to' &&
      (p.f & F.RAISING) !== 0 &&
      RAISING_PARTICIPLES.has(p.lower) &&
      !toNounPhrase(ctx, k + 1)
    )
      continue;
    if (p.lower === 'supposed' || (p.lower === 'used' && !usedFor(ctx, s, k))) continue;
    // "can be viewed here": instructions to the reader, not hidden actors
    if (
      (toks[i - 1]?.lower === 'can' || toks[i - 1]?.lower === 'could') &&
      PERCEPTION.has(p.lower) &&
      p.lower !== 'verified'
    )
      continue;
    if (hasByAgent(ctx, s, k + 1)) continue;
    // active perfect: "has told", "had said" is not passive (be-form required, checked above)
    // start: modal/have auxiliaries before be, and impersonal "it"
    let start = i;
    while (start - 1 >= s.first) {
      const w = toks[start - 1]!;
      if (
        (listsOf(w) & MODAL) !== 0 ||
        ((w.f & F.BE) !== 0 && w.lower !== "'s") ||
        negation(w) ||
        // "has not yet been fed"
        (w.lower === 'yet' && negation(toks[start - 2])) ||
        (isAdverb(w) && start - 2 >= s.first && (listsOf(toks[start - 2]) & MODAL) !== 0)
      ) {
        if (w.lower === 'to' && !(toks[start - 2] && isContent(toks[start - 2]))) {
          start--;
          break;
        }
        start--;
        continue;
      }
      break;
    }
    if (toks[start]?.lower === 'to') start++;
    const impersonal = isImpersonal(ctx, s, start, k);
    if (impersonal) start--;
    out.push({ start, end, participle: k, impersonal });
    i = k;
    // "were beaten, held in cells and denied care": later participles share the auxiliary;
    // one right after the first joins its span ("had been inspected and certified")
    const firstAt = out.length - 1;
    const first = out[firstAt]!;
    let c = coordinatedParticiple(ctx, s, end);
    while (c >= 0) {
      if (joinedRightAfter(ctx, first.end, c)) first.end = c + 1;
      else out.push({ start: c, end: c + 1, participle: c, impersonal: false });
      i = c;
      c = coordinatedParticiple(ctx, s, c + 1);
    }
    // "was praised, cheered and applauded by the crowd": the last one's agent is the list's
    // (not "due to be published on Thursday and seen by this paper": each has its own words)
    if (c === AGENT_OF_LIST && bareList(ctx, s, k + 1)) out.length = firstAt;
  }
  // reduced passives in headlines: "Four Indicted in ...", "driver detained", "Detainees beaten"
  if (isHeadline(ctx, s)) {
    for (let i = s.first + 1; i < s.last; i++) {
      const t = toks[i]!;
      if (!isWord(t) || !isParticiple(t.lower) || STATIVE_PARTICIPLES.has(t.lower)) continue;
      // ("..., Court Told": an irregular reporting verb is a cue)
      if (irregularReporting(t.lower)) continue;
      if (out.some((p) => p.participle === i)) continue;
      const prev = toks[i - 1]!;
      const next = toks[i + 1];
      const prevNominal =
        prev.kind === 'num' ||
        (isWord(prev) &&
          (isContent(prev) ||
            /^(?:thousands|hundreds|dozens|two|three|four|five|six|seven|eight|nine|ten)$/.test(
              prev.lower,
            )) &&
          (prev.f & F.BE) === 0);
      const nextOk =
        !next ||
        i + 1 >= s.last ||
        isPunct(next) ||
        next.lower === 'in' ||
        next.lower === 'out' ||
        next.lower === 'as' ||
        next.lower === 'over' ||
        next.lower === 'for' ||
        next.lower === 'after' ||
        next.lower === 'at' ||
        next.lower === 'on' ||
        next.lower === 'and' ||
        // ("Regulator accused of ignoring warnings", "Mayor convicted of bribery": the charge)
        (next.lower === 'of' && CHARGED.has(t.lower));
      // ("Protesters beaten and detained": a second participle of the same subject; "beaten
      // and denied medical care": one of giving with its second object)
      const coordinated = prev.lower === 'and' && out.some((p) => p.participle === i - 2);
      const secondObject = coordinated && TWO_OBJECT_PARTICIPLES.has(t.lower);
      if (
        (prevNominal || coordinated) &&
        (nextOk || secondObject) &&
        TRANSITIVE_HEADLINE.test(t.lower)
      )
        out.push({ start: i, end: i + 1, participle: i, impersonal: false });
    }
  }
  return out;
}

const NONE: readonly Passive[] = [];

/**
 * A participle coordinated with the passive ending at `from`, within its clause: "were beaten,
 * held in overcrowded cells and denied medical care", "were dismissed or lost", "being
 * interrogated at night and deprived of sleep". Its index, or -1. Not an active verb of the
 * same subject ("was treated and survived", "was arrested and confessed to the theft"): the
 * participle has no object of its own and is no verb of coming and going. `AGENT_OF_LIST` if it
 * has a `by` agent ("praised, cheered and applauded by the crowd").
 */
function coordinatedParticiple(ctx: Context, s: Sentence, from: number): number {
  const toks = ctx.tokens;
  for (let q = from; q < s.last && q <= from + 8; q++) {
    const w = toks[q]!;
    const joint = w.lower === 'and' || w.lower === 'or' || isPunct(w, ',');
    if (!joint) {
      // (a new clause, verb group or quotation ends the search)
      if (isPunct(w) || isQuote(w) || (w.f & (F.BE | F.AUX)) !== 0 || CLAUSE_OPENERS.has(w.lower))
        return -1;
      continue;
    }
    let c = q + 1;
    while (c < s.last && (isAdverb(toks[c]) || toks[c]!.lower === 'then')) c++;
    if (toks[c]?.lower === 'and' || toks[c]?.lower === 'or') c++;
    const p = toks[c];
    if (!p || c >= s.last || !isWord(p) || ctx.name[c] || !isParticiple(p.lower)) {
      if (isPunct(w, ',')) continue;
      return -1;
    }
    // (after a comma only inside a list that goes on to `and` and a participle: not "a claim
    // his agent denied", "The levee, which was built in 1960, failed")
    if (isPunct(w, ',') && !listGoesOn(ctx, s, c + 1)) return -1;
    if (STATIVE_PARTICIPLES.has(p.lower) || INTRANSITIVE_PAST.has(p.lower)) return -1;
    if (irregularReporting(p.lower)) return -1;
    // (no object: "confessed the theft", "demanded consular access" are active verbs; a verb
    // of giving keeps its second object: "denied medical care")
    const n = toks[c + 1];
    if (n && c + 1 < s.last && (isDetToken(n) || ctx.name[c + 1])) return -1;
    if (n && c + 1 < s.last && isContent(n) && !isAdverb(n) && !TWO_OBJECT_PARTICIPLES.has(p.lower))
      return -1;
    return hasByAgent(ctx, s, c + 1) ? AGENT_OF_LIST : c;
  }
  return -1;
}

/**
 * Whether only participles, adverbs, commas and `and`/`or` stand between `from` and a `by`: a
 * bare list of participles that share the agent ("praised, cheered and applauded by").
 */
function bareList(ctx: Context, s: Sentence, from: number): boolean {
  const toks = ctx.tokens;
  for (let q = from; q < s.last; q++) {
    const w = toks[q]!;
    if (w.lower === 'by') return true;
    if (isPunct(w, ',') || isAdverb(w) || LIST_JOINTS.has(w.lower)) continue;
    if (!isWord(w) || !isParticiple(w.lower)) return false;
  }
  return false;
}

/** Words that join a bare list of participles (`and`, `or`, `then`) or end one (`carried out`). */
const LIST_JOINTS: ReadonlySet<string> = new Set([
  'and',
  'away',
  'down',
  'not',
  'off',
  'or',
  'out',
  'then',
  'up',
]);

/** What `coordinatedParticiple` returns for a participle with a `by` agent, which ends the list. */
const AGENT_OF_LIST = -2;

/**
 * Whether only `and`/`or`, `then`, adverbs and a particle stand between the end of a passive and
 * the participle at `c` ("inspected and certified", "destroyed and never logged").
 */
function joinedRightAfter(ctx: Context, end: number, c: number): boolean {
  const toks = ctx.tokens;
  let joint = false;
  for (let q = end; q < c; q++) {
    const w = toks[q]!;
    if (w.lower === 'and' || w.lower === 'or') joint = true;
    // (a particle of the first: "accounted for and matched")
    else if (q === end && (w.f & F.PREP) !== 0) continue;
    else if (w.lower !== 'then' && !isAdverb(w) && w.lower !== 'not') return false;
  }
  return joint;
}

/** Whether a list of participles goes on from `k` to `and`/`or` and another participle. */
function listGoesOn(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q <= k + 8; q++) {
    const w = toks[q]!;
    if ((w.lower === 'and' || w.lower === 'or') && isWord(toks[q + 1]))
      return isParticiple(toks[q + 1]!.lower);
    if ((isPunct(w) && !isPunct(w, ',')) || (w.f & (F.BE | F.AUX)) !== 0) return false;
  }
  return false;
}

/** Words that open a new clause: `that`, `who`, `because`, `but`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'because',
  'before',
  'but',
  'since',
  'that',
  'when',
  'where',
  'which',
  'while',
  'who',
]);

/** Verbs of coming, going and lasting, whose -ed form is no passive: `died`, `survived`. */
const INTRANSITIVE_PAST = ruleWords('intransitivePast');

/** A determiner or pronoun that opens an object. */
const isDetToken = (t: { f: number }): boolean => (t.f & (F.DET | F.PRON)) !== 0;

// headline participles that hide a human agent (arrest, charge, detain, order ...)
const TRANSITIVE_HEADLINE =
  /^(?:beaten|shot|stabbed|struck|taken|arrested|charged|indicted|detained|ordered|jailed|sentenced|convicted|fired|sacked|suspended|evacuated|accused|named|appointed|banned|fined|sued|probed|questioned|held|killed|targeted|hacked|attacked|barred|blocked|cleared|acquitted|released|freed|expelled|deported|recalled|summoned|ousted|removed|dismissed|rejected|approved|cancelled|canceled|postponed|scrapped|halted|linked|blamed|cited|warned|urged|told|asked|raided|seized|searched|investigated|grounded|closed|shut|leaked|reported|confirmed|denied|suspected)$/;

function isImpersonal(ctx: Context, s: Sentence, start: number, participle = -1): boolean {
  const w = ctx.tokens[start - 1];
  if (!w || w.lower !== 'it' || start - 1 < s.first) return false;
  if (participle < 0) return true;
  // "it was confirmed that", "it is believed"; not the referential "it was hit"
  const p = ctx.tokens[participle]!;
  const next = ctx.tokens[participle + 1];
  // ("it was put to members": `put` reports only an estimate or a way of saying)
  // ("it had been notified", "it was warned": a verb of telling someone makes `it` its
  // addressee, the body referred to)
  // ("It could not be determined who", "it has not been established whether": a question left
  // open)
  return (
    (REPORTING_VERBS.has(p.lower) && p.lower !== 'put' && !ADDRESSING.has(p.lower)) ||
    next?.lower === 'that' ||
    QUESTION_WORDS.has(next?.lower ?? '')
  );
}

/** Words that open an indirect question after an impersonal passive: `whether`, `who`, `how`. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'how',
  'what',
  'whether',
  'which',
  'who',
  'why',
]);

/**
 * Whether the stative participle at `k` ends an impersonal passive before an indirect question
 * ("It could not be determined who", "it is not known whether"): the finding out is an act.
 */
function impersonalQuestion(ctx: Context, s: Sentence, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (!QUESTION_WORDS.has(toks[k + 1]?.lower ?? '')) return false;
  let h = i - 1;
  while (
    h > s.first &&
    ((toks[h]!.f & (F.AUX | F.BE)) !== 0 || negation(toks[h]) || isAdverb(toks[h]))
  )
    h--;
  return toks[h]?.lower === 'it' && h >= s.first;
}

/** Headline participles of a charge before `of`: `accused of`, `convicted of`, `cleared of`. */
const CHARGED: ReadonlySet<string> = new Set([
  'accused',
  'acquitted',
  'cleared',
  'convicted',
  'suspected',
]);

/** Verbs of telling someone: `told`, `notified`, `warned`. */
const ADDRESSING = ruleWords('addressing');

/** A `by` agent after the participle (not `by Friday`, `by the end of 2022`). */
function hasByAgent(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q <= k + 8; q++) {
    const w = toks[q]!;
    // ("was trained, she tells me, by people who": a reporting aside before the agent)
    if (isPunct(w, ',') && q === k) {
      const close = reportingAsideEnd(ctx, s, q);
      if (close > 0) {
        q = close;
        continue;
      }
    }
    // ("was fined $48,000 by the regulator", "was put at 61% by": an amount before the agent)
    if (isPunct(w) && w.lower !== '-' && !AMOUNT_SIGNS.has(w.lower)) return false;
    // ("were told the victim was found by her son", "accused of blocking an inquiry by the
    // panel", "scam texts sent by couriers": a `by` past another verb is that verb's)
    if (q > k && laterVerb(ctx, q)) return false;
    if (
      w.lower === 'that' ||
      w.lower === 'and' ||
      w.lower === 'but' ||
      w.lower === 'because' ||
      w.lower === 'after' ||
      w.lower === 'when'
    )
      return false;
    if (w.lower === 'by') {
      const a = toks[q + 1];
      if (!a) return false;
      // ("by some lawmakers": some people, not a measure)
      if (isTimeWord(a) || a.kind === 'num' || byMeans(ctx, q + 1, s.last)) return false;
      if (a.lower === 'the' && toks[q + 2] && isTimeWord(toks[q + 2])) return false;
      return true;
    }
  }
  return false;
}

/**
 * The closing comma of a short reporting aside opening at the comma `q` (", she tells me,", ",
 * officials say,"), or -1.
 */
function reportingAsideEnd(ctx: Context, s: Sentence, q: number): number {
  const toks = ctx.tokens;
  let reporting = false;
  for (let k = q + 1; k < s.last && k <= q + 5; k++) {
    const w = toks[k]!;
    if (isPunct(w, ',')) return reporting && k > q + 2 ? k : -1;
    if (isPunct(w) || isQuote(w)) return -1;
    if ((w.f & F.REPORT) !== 0) reporting = true;
  }
  return -1;
}

/** Currency and percent signs, which stand in an amount between a participle and its agent. */
const AMOUNT_SIGNS = new Set(['$', '£', '€', '¥', '%']);

/**
 * Whether the word at `q`, after a passive's participle, starts another verb: a form of `be` or
 * an auxiliary ("told the victim was found"), a gerund after a preposition ("accused of
 * blocking"), or a participle right after a noun, a reduced relative ("a trip paid for", "texts
 * sent").
 */
function laterVerb(ctx: Context, q: number): boolean {
  const toks = ctx.tokens;
  const w = toks[q]!;
  if (!isWord(w) || ctx.name[q]) return false;
  if ((w.f & (F.BE | F.AUX)) !== 0) return w.lower !== "'s";
  const prev = toks[q - 1]!;
  // (not "was quoted as saying ... by the agency", whose `as saying` is the passive's own)
  if (w.lower.endsWith('ing') && w.lower.length > 5) return isPrep(prev) && prev.lower !== 'as';
  return (
    isParticiple(w.lower) &&
    isWord(prev) &&
    isContent(prev) &&
    !isPrep(prev) &&
    !isDet(prev) &&
    !ctx.name[q - 1]
  );
}

/** The lists the passive scan asks of the words round a form of `be`, as bits of one answer. */
const listsOf = wordBits(() => [
  DATED_ACTS,
  FLOATING_QUANTIFIERS,
  EVENTIVE_ADVERBS,
  DEGREE,
  INSTRUCTED,
  STATIVE_PARTICIPLES,
  STATE_IDIOM_STARTS,
  MODALS,
]);
const DATED = 1 << 0;
const FLOATING = 1 << 1;
const EVENTIVE = 1 << 2;
const DEGREE_WORD = 1 << 3;
const INSTRUCTION = 1 << 4;
const STATIVE = 1 << 5;
const IDIOM_START = 1 << 6;
const MODAL = 1 << 7;
