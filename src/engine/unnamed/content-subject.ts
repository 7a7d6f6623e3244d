/**
 * People who act in the content of a claim: "said several senior players had lost faith",
 * "alleged that two supervisors ordered", "said the speaker lost his temper when a junior member
 * interrupted him", "According to people close to the club, some players have complained". What
 * a source tells of is a particular event, and a new mention of people who did something in it
 * (`a`, a count, `some`, a bare plural) is someone the story does not name; a class in general
 * ("customers want cheaper fares") or a forecast ("investors would buy") tells of no act.
 */
import type { Context } from '../context';
import type { Token } from '../tokenize';
import { isAdverb, isHeadline, isOpenQuote, isPrep, isPunct, isTimeWord } from '../context';
import { F, ruleWords, STATIVE_PARTICIPLES } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { SPOKES_HEADS } from '../phrase/namedness';
import { isPlaceName } from '../phrase/places';
import type { Sentence } from '../sentences';
import { wordBits } from '../word-bits';
import { anonymityReasonAt } from './anonymity-reason';
import { cameToAct } from './coming-act';
import { leadingTime } from './leading-time';
import { patronsActing } from './patrons';
import { plannedAct } from './planned-acts';
import { pastPickingClause, seenActing, TELLING_VERBS } from './position';
import { ACT_PAST, STATE_PAST } from './verb-lexicon';
import { counted } from './words';

/** Determiners and counts of someone not known before: `a`, `another`, `some`, `two`. */
const INDEFINITE = ruleWords('indefinite');
const NUMBER_WORDS = ruleWords('numberWords');
/** Words that open a clause of time or reason: `when`, `after`, `because`. */
const SUBORDINATORS = ruleWords('eventSubordinators');
/** Past verbs of what befalls someone, not what they do: `died`, `collapsed`. */
const UNDERGOING_VERBS = ruleWords('undergoingVerbs');
/** Verbs of a state or a feeling, not an act: `felt`, `seemed`, `remained`. */
const STATE_VERBS = ruleWords('linkingAndFeelVerbs');
/**
 * The people of a body or a household, whom a story is about rather than actors it withholds:
 * `staff`, `crew`, `members`, `users`, `families`.
 */
const OWN_PEOPLE = ruleWords('ownPeople');
const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** Words that open a supposition: `if`, `unless`, `whether`. */
const SUPPOSING: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/**
 * Whether `np`, a new mention of people, is the subject of a past or perfect act in the content
 * of a cue: right after the cue (or its `that`), in a clause of time or reason after one, or in
 * the main clause after an opening `According to ...,`.
 */
export function contentSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  return (
    newMention(ctx, s, np) &&
    inContent(ctx, s, np.start) &&
    (pastAct(ctx, s, np.end) || pastDoing(ctx, s, np.end))
  );
}

/**
 * Whether `np`, a new mention of people, is the subject of what they were doing or meant to do in
 * the content of a cue, the verb a past progressive, a past `be` of readiness or `would` before an
 * act: "the chaplain said players had been praying together", "told the paper that clients were
 * asking to get out", "said members were prepared to spend $30 million", "said crews would work
 * through the night" (decision 79 of the labelled sets: a bare group acting in what a source says).
 * Not only waiting, resting or bearing a cost ("had been waiting outside", "were paying more"),
 * a present trend ("are leaving"), a passive ("would be reassigned"), what they may or must do
 * ("could apply") nor a forecast on a condition ("would leave if it came out").
 */
export function contentDoing(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  if (!newMention(ctx, s, np) || !inContent(ctx, s, np.start)) return false;
  const toks = ctx.tokens;
  let k = np.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (toks[k]?.lower === 'would') {
    k++;
    // ("would \"fight every one of these cuts\"": a quotation may open on the verb)
    while (k < s.last && (isAdverb(toks[k]) || isOpenQuote(toks[k]))) k++;
    if (!actVerb(ctx, s, k) || (toks[k]!.f & F.BE) !== 0) return false;
    // (not a forecast on a condition: "warned that sponsors would leave if it came out")
    for (let q = k + 1; q < s.last; q++) if (SUPPOSING.has(toks[q]!.lower)) return false;
    return true;
  }
  // ("were 'running on empty'": quote marks may open the words of the act)
  const v = toks[k]?.lower;
  if (v === 'had' && toks[k + 1]?.lower === 'been') k += 2;
  else if (v === 'was' || v === 'were') k++;
  else return false;
  while (k < s.last && (isAdverb(toks[k]) || toks[k]!.kind === 'quote')) k++;
  const p = toks[k];
  if (!p || k >= s.last || p.kind !== 'word') return false;
  if ((listsOf(p) & IN_READY) !== 0) return toks[k + 1]?.lower === 'to';
  return (
    /[a-z]{3}ing$/.test(p.lower) &&
    (listsOf(p) & IN_UNDERGOING_ING) === 0 &&
    !ARRIVING.has(p.lower) &&
    !RESTING.has(p.lower)
  );
}

/**
 * Progressives of a rest, a stay or a cost borne, not an act: `sleeping`, `staying`, `paying`
 * ("residents were paying more for less": what a class bears).
 */
const RESTING: ReadonlySet<string> = new Set([
  'living',
  'paying',
  'sitting',
  'sleeping',
  'staying',
]);

/**
 * Quantifiers of a share of a group, which as a counted subject of a past act tell of particular
 * people as `several` does: "Many shoppers stayed away", "Most tenants agreed to the terms",
 * "Other suppliers refused" (a habit or a general truth is in the present: "Many shoppers prefer").
 */
const MANY: ReadonlySet<string> = new Set(['many', 'most', 'numerous', 'other', 'scores']);

/**
 * Whether `np` opens with a share of a group (`MANY`) of particular people: not a people, an
 * electorate or the public ("Many voters backed the plan", "Most Britons", "many people"), the
 * public in general (decision 99).
 */
function shareOfGroup(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!MANY.has(toks[np.start]!.lower)) return false;
  // (not a measure, "how many residents had left", "as many fans as", nor a share that did not
  // act, "many older residents never registered", a count of those who failed to)
  if (MEASURING.has(toks[np.start - 1]?.lower ?? '')) return false;
  const v = toks[np.end]?.lower ?? '';
  if (v === 'never' || v === 'not' || v.endsWith("n't") || toks[np.end + 1]?.lower === 'not')
    return false;
  const head = toks[np.head]!;
  return !PUBLIC.has(head.lower) && head.lower !== 'people' && !ctx.name[np.head];
}

/** Words before `many` that make it a measure: `how`, `as`, `so`, `too`. */
const MEASURING: ReadonlySet<string> = new Set(['as', 'how', 'so', 'too']);

/**
 * Whether `np`, a counted or indefinite new mention of people (`Several teammates`, `a shopper`,
 * not a bare plural), is the subject of a past or perfect act anywhere: "Several teammates have
 * publicly backed him", "after a shopper heard crying" tell of particular people doing something.
 */
export function countedSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const first = ctx.tokens[np.start]!;
  // (not a headline's passive, "Three Players Suspended", nor a supposition, "If a resident had")
  if (isHeadline(ctx, s) || (listsOf(ctx.tokens[np.start - 1]) & IN_SUPPOSING) !== 0) return false;
  const k = pastPickingClause(ctx, s, np, np.end);
  const digits = digitCount(ctx, s, np, k);
  return (
    ((listsOf(first) & (IN_INDEFINITE | IN_NUMBER_WORDS)) !== 0 ||
      shareOfGroup(ctx, np) ||
      digits) &&
    newMention(ctx, s, np, true, digits) &&
    // (past a clause that picks them out: "Two workers wearing masks removed the bins")
    pastAct(ctx, s, k) &&
    // (not a verb of a state, a want, coming or receiving: "Several residents wanted a refund",
    // "Two hikers arrived", "Dozens of families received vouchers"; verb-lexicon.ts)
    !statePast(ctx, s, k)
  );
}

/** Whether the verb group at `k` is a past or perfect of a state verb: `wanted`, `had lost`. */
export function statePast(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (HAVE_FORMS.has(toks[k]?.lower ?? '')) k++;
  while (k < s.last && isAdverb(toks[k])) k++;
  return STATE_PAST.has(toks[k]?.lower ?? '');
}

/**
 * Whether `np` is a count in digits right before a role noun, at the head of a clause whose
 * verb at `k` is an act, not only coming: "2,000 residents signed the letter", "300 passengers
 * walked along the tracks" tell of particular people acting (decisions 125, 162 of the labelled
 * sets), as "Two thousand residents" does in words. Not "about 200 people had arrived" (people
 * at large, coming: a statistic), nor a year ("In 2019 voters ...").
 */
function digitCount(ctx: Context, s: Sentence, np: NounPhrase, k: number): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (first.kind !== 'num' || np.start !== s.first || /^(?:1[5-9]|20)\d\d$/.test(first.lower))
    return false;
  const head = toks[np.head]!.lower;
  return head !== 'people' && !PUBLIC.has(head) && (listsOf(toks[k]) & IN_COMING) === 0;
}

/**
 * Whether `np`, a new mention (`a`, `another`, `some`, a count), is followed by a relative clause
 * that tells of a past act of its own: "A bus driver who refused to let a blind man board has been
 * suspended", "two walkers, who ignored him", "a state trooper who had refused to move". Whatever the main clause does with them, the story withholds who
 * did that act; not what befell them or a state ("a man who died", "a woman who seemed calm"),
 * nor only coming or receiving ("patients who received a placebo", decision 85).
 */
export function actedInRelative(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  // ("Players who took part in the brawl face bans", "praised volunteers who had filled
  // sandbags": a bare plural that `who` ties to an act of the lexicon is that act's doers)
  const bare = barePlural(ctx, np) && !counted(first) && !markedToHead(ctx, np);
  if (!bare && (listsOf(first) & (IN_INDEFINITE | IN_NUMBER_WORDS)) === 0 && !counted(first))
    return false;
  // (not a headline's subject, which the story goes on to name, nor people at large, "several
  // people who ran over")
  if (isHeadline(ctx, s) || toks[np.head]!.lower === 'people') return false;
  // (nor an aside, "described him as polite, a tenant who kept to himself", nor whom something
  // is meant for or awaited, "waited for a man who had humiliated him")
  const b = toks[np.start - 1];
  if (b && (LIKENESS.has(b.lower) || isPunct(b, ','))) return false;
  // (nor the vague opening of a story that names the person next: "A club runner who gave up her
  // place has been praised. Aisha Karimi, 34, was running third ...", optional by the guideline)
  if (np.start === s.first && nameOpensNext(ctx, s)) return false;
  let k = np.end;
  if (isPunct(toks[k], ',')) k++;
  const w = toks[k]?.lower;
  if (w !== 'who' && w !== 'that') return false;
  let v = k + 1;
  while (v < s.last && isAdverb(toks[v])) v++;
  // (not only coming or receiving: "who gathered outside", "who received a placebo")
  if ((listsOf(toks[v]) & IN_COMING) !== 0 || PASSIVE_LIVES.has(toks[v]?.lower ?? '')) return false;
  if (bare) {
    // (`who` only, and a verb of the act lexicon: not a class by a habit or a purchase,
    // "Customers who paid by card", "Drivers who use the bridge")
    // nor the public, "Voters who backed the party")
    if (w !== 'who' || PUBLIC.has(toks[np.head]!.lower)) return false;
    const perfect = toks[v]?.lower === 'had';
    if (HAVE_FORMS.has(toks[v]?.lower ?? '')) v++;
    while (v < s.last && isAdverb(toks[v])) v++;
    // (nor a crowd picked out by where it was, "Residents who packed the hall were told
    // little": a gathering only, decision 176)
    if (!ACT_PAST.has(toks[v]?.lower ?? '') || GATHERED.has(toks[v]!.lower)) return false;
    // a past of the story, a pluperfect or a definite object or time: "who invaded the pitch",
    // "who had filled sandbags" (not a rule's class, "Students who cheated will be expelled")
    if (perfect) return true;
    for (let q = v + 1; q < s.last && q <= v + 6 && !isPunct(toks[q]); q++)
      if (toks[q]!.lower === 'the' || isTimeWord(toks[q])) return true;
    return false;
  }
  return pastAct(ctx, s, k + 1);
}

/** Pasts of filling a place as a crowd: `packed`, `crowded`, `lined`, `attended`. */
const GATHERED: ReadonlySet<string> = new Set([
  'attended',
  'crammed',
  'crowded',
  'lined',
  'packed',
  'thronged',
]);

/**
 * Whether `np` is a bare plural: no determiner or quantifier first, no count or possessive before
 * a head that ends in `-s` or is `men`/`women` (`players`, `lorry drivers`, `local men`).
 */
export function barePlural(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if ((toks[np.start]!.f & (F.DET | F.QUANT)) !== 0) return false;
  for (let k = np.start; k < np.head; k++)
    if (toks[k]!.kind === 'pos' || toks[k]!.kind === 'num') return false;
  const h = toks[np.head]!.lower;
  return (h.length > 3 && h.endsWith('s') && !h.endsWith('ss')) || h.endsWith('men');
}

/**
 * Whether a name, a count or a possessive stands anywhere from `np`'s start to its head, the head
 * included: "Rangers fans", "Acme engineers", "early 1990s".
 */
function markedToHead(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  for (let k = np.start; k <= np.head; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos' || toks[k]!.kind === 'num') return true;
  return false;
}

/** Whether the next sentence opens with a name set off by a comma: "Aisha Karimi, 34, ...". */
function nameOpensNext(ctx: Context, s: Sentence): boolean {
  const next = ctx.sentences[ctx.sentenceOf[s.first]! + 1];
  if (!next) return false;
  let k = next.first;
  while (k < next.last && ctx.name[k]) k++;
  return k > next.first && isPunct(ctx.tokens[k], ',');
}

/** Words before a likeness or an aim, not a party to the event: `like`, `as`, `for`. */
const LIKENESS: ReadonlySet<string> = new Set(['as', 'for', 'like']);

/** Past verbs of a life or a loss, not an act: `lived`, `lost`. */
const PASSIVE_LIVES: ReadonlySet<string> = new Set(['lived', 'lost']);

/**
 * Whether the next sentence opens by giving names: "Two inmates broke out ... The men were
 * identified as Dale Preston and ...", "The pair were named as" (a vague first mention named in
 * the next sentence is optional under the guideline).
 */
export function identifiedNext(ctx: Context, s: Sentence): boolean {
  const toks = ctx.tokens;
  const next = ctx.sentences[ctx.sentenceOf[s.first]! + 1];
  if (!next) return false;
  for (let k = next.first; k < next.last - 2 && k < next.first + 8; k++)
    if (
      (toks[k]!.lower === 'identified' || toks[k]!.lower === 'named') &&
      toks[k + 1]!.lower === 'as' &&
      ctx.name[k + 2]
    )
      return true;
  return false;
}

/**
 * Whether `np`, a new mention of people, is the subject of a past passive that makes or sees them
 * act: "said staff had been instructed to delete the records", "crews were ordered to stay put",
 * "Several fans were filmed chanting his name". What the infinitive or the participle says, they
 * did (or were to do) at someone's word; the clause derives the act, whatever the noun. In the
 * content of a cue, or counted anywhere; not a present rule ("Staff are told to wash their
 * hands"), a headline's shorthand or a supposition. `reported`: the sentence is the content of a
 * cue after it that credits an unnamed source ("Residents had been told to leave, one of them
 * said": decision 138's role noun told to act in an anonymous source's words).
 */
export function madeToActSubject(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  reported = false,
): boolean {
  if (isHeadline(ctx, s) || (listsOf(ctx.tokens[np.start - 1]) & IN_SUPPOSING) !== 0) return false;
  // (not the reason a source is granted anonymity: "spoke on condition of anonymity because
  // drivers have been warned not to talk to the press", anonymity-reason.ts)
  if (anonymityReasonAt(ctx, s, np.start)) return false;
  const counted = (listsOf(ctx.tokens[np.start]) & (IN_INDEFINITE | IN_NUMBER_WORDS)) !== 0;
  return (
    (counted || reported || inContent(ctx, s, np.start) || quotedContent(ctx, s, np.start)) &&
    newMention(ctx, s, np, counted) &&
    madeToAct(ctx, s, pastPickingClause(ctx, s, np, np.end), heldActs(ctx, s, np))
  );
}

/**
 * Whether "told not to" makes `np` act: for any people but a body's own workforce, and for the
 * workforce too in an unplaced person's words ("One of the nurses said staff had been told not to
 * speak to journalists": decision 138's role noun told not to act, like "nurses were told to stop
 * logging"); in a named body's or a named person's words ("The trust said staff had been told not
 * to discuss it") it stays the body's policy of silence (decision 118).
 */
function heldActs(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  return !workforceHead(ctx, np) || unplacedTeller(ctx, s, np.start);
}

/** Prepositions before a name that place a speaker rather than tie him to a body: `at`, `in`. */
const PLACING: ReadonlySet<string> = new Set(['at', 'from', 'in', 'near', 'outside']);

/**
 * Whether the cue whose content opens at `at` is told by a person the reader cannot tie to a named
 * body: an indefinite or counted speaker ("One of the nurses", "A whistleblower", "Another former
 * worker") whose phrase names nothing but a place or a site ("A store worker at a branch in
 * Leedham"); not "A Kelm Metro engineer" (the named body's own), nor "The teachers" (people the
 * story has placed already).
 */
function unplacedTeller(ctx: Context, s: Sentence, at: number): boolean {
  if (!personSpeaker(ctx, s, at)) return false;
  const toks = ctx.tokens;
  let cue = at - 1;
  while (cue >= s.first && !cueVerb(ctx, cue)) cue--;
  let k = s.first;
  for (let q = cue - 1; q > s.first; q--)
    if (CLAUSE_JOINS.has(toks[q]!.lower) && isPunct(toks[q - 1], ',')) {
      k = q + 1;
      break;
    }
  while (k < cue && toks[k]!.kind === 'quote') k++;
  const first = toks[k]!;
  if (first.lower === 'some' || (listsOf(first) & (IN_INDEFINITE | IN_NUMBER_WORDS)) === 0)
    return false;
  let placed = false;
  for (; k < cue; k++) {
    if (!ctx.name[k]) placed = PLACING.has(toks[k]!.lower);
    else if (!placed && !isPlaceName(ctx, k)) return false;
  }
  return true;
}

/**
 * Whether a quotation a cue introduces with a colon opens at `at`: `A second worker claimed:
 * "Staff were told to keep quiet."` (what an anonymous source tells in his own words, as a
 * content clause does in the reporter's).
 */
function quotedContent(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  const q = toks[at - 1];
  return (
    at - 3 >= s.first &&
    !!q &&
    q.kind === 'quote' &&
    isOpenQuote(q) &&
    isPunct(toks[at - 2], ':') &&
    cueVerb(ctx, at - 3)
  );
}

/**
 * Participles of directing someone to act: `instructed`, `ordered`, `told`, `urged`, `warned`
 * (not `asked`, a request that may go unheeded).
 */
const DIRECTING: ReadonlySet<string> = new Set([
  'advised',
  'compelled',
  'directed',
  'encouraged',
  'forced',
  'instructed',
  'made',
  'ordered',
  'persuaded',
  'pressed',
  'pressured',
  'pressurised',
  'pressurized',
  'prompted',
  'pushed',
  'told',
  'urged',
  'warned',
]);

/**
 * Whether the verb group at `k` is a past or perfect passive of directing before an infinitive
 * ("were instructed to treat", "had been pressured to log"; with `held`, "were told not to
 * intervene"; `discouraged from` before an -ing form) or of perceiving before an -ing form ("were
 * seen arguing").
 */
export function madeToAct(ctx: Context, s: Sentence, k: number, held: boolean): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k]?.lower;
  if (HAVE_FORMS.has(v ?? '') && toks[k + 1]?.lower === 'been') k += 2;
  else if (v === 'was' || v === 'were') k++;
  else return false;
  while (k < s.last && isAdverb(toks[k])) k++;
  const p = toks[k];
  if (!p || k >= s.last || p.kind !== 'word') return false;
  if (seenActing(ctx, k)) return true;
  // (past a time: "were instructed last year to describe")
  let q = k + 1;
  if (toks[q]?.lower === 'last' && isTimeWord(toks[q + 1])) q += 2;
  // ("were instructed not to intervene": told to hold back from an act, they act by the word;
  // `held` false for a body's own workforce in its own or a named person's words, "the trust
  // said staff were told not to discuss it", its policy of silence: `heldActs`)
  if (held && toks[q]?.lower === 'not' && toks[q + 1]?.lower === 'to') q++;
  const next = toks[q]?.lower;
  if (p.lower === 'discouraged' && next === 'from')
    return /[a-z]{3}ing$/.test(toks[q + 1]?.lower ?? '');
  if (!DIRECTING.has(p.lower) || next !== 'to') return false;
  // (an infinitive's verb: not "told to the court", a phrase, nor "told to expect a haircut", a
  // state of mind or of waiting; past a quote mark, "were told to \"tidy up\" the list")
  q++;
  while (q < s.last && toks[q]!.kind === 'quote') q++;
  const w = toks[q];
  return (
    !!w &&
    w.kind === 'word' &&
    (w.f & (F.DET | F.QUANT | F.PREP)) === 0 &&
    !ctx.name[q] &&
    !NOT_ACTS.has(w.lower)
  );
}

/** Infinitives of a state, a wait or a receipt, not an act: `expect`, `wait`, `receive`. */
const NOT_ACTS: ReadonlySet<string> = new Set([
  'accept',
  'anticipate',
  'assume',
  'be',
  'believe',
  'brace',
  'expect',
  'get',
  'have',
  'hope',
  'receive',
  'wait',
]);

/**
 * Whether `np`, a bare plural of people known by what they are, feel or where they stand
 * (`Fans`, `Horrified diners`, `Relatives of the missing sailors`, `Parents at the school`), is
 * the subject of a past or perfect act: particular people doing something the story tells of
 * ("Residents first noticed the dead fish", "Onlookers filmed the fight"; decisions 72 and 85),
 * not a class in general ("Fans love a derby", "Parents must sign the form"). Not a headline's
 * shorthand, nor a body's own people (`staff`, `members`), nor a count in digits (a statistic).
 */
export function groupSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (isHeadline(ctx, s) || (first.f & (F.DET | F.QUANT)) !== 0) return false;
  if (!opensClause(ctx, s, np.start)) return false;
  // ("Customers vented their frustration online", "Families noticed quickly": a body's clientele
  // or households acting as a group of their own open their clause in the writer's voice, unlike
  // its staff; patrons.ts)
  if (!newMention(ctx, s, np) && !patronsActing(ctx, np)) return false;
  // ("In 2011, voters had elected": the public in general)
  if (PUBLIC.has(toks[np.head]!.lower)) return false;
  // ("Relatives gathered outside the base, demanding answers": the verb right after the phrase,
  // which a participle that picks the group out would look like, come to act; coming-act.ts)
  if (cameToAct(ctx, s, np.end)) return true;
  const k = pastPickingClause(ctx, s, np, np.end);
  const v = toks[k];
  // "Relatives gathered at a school", "Participants received a placebo": people who only came
  // somewhere or were given something (decision 85)
  // (but "Relatives gathered outside the base, demanding answers": come to act, coming-act.ts)
  if (!v || ((listsOf(v) & IN_COMING) !== 0 && !cameToAct(ctx, s, k))) return false;
  // ("Villagers wanted a refund", "Tenants had lost their homes": a state, a want or a loss;
  // verb-lexicon.ts)
  if (statePast(ctx, s, k) && !cameToAct(ctx, s, k)) return false;
  // ("Players ranked below 250 earn", "Residents affected by the closure": a bare `-ed` form
  // and a preposition may be a participle that picks the group out, by a state or a measure)
  if (
    k === np.end &&
    isPrep(toks[k + 1]) &&
    (STATIVE_PARTICIPLES.has(v.lower) || toks[k + 2]?.kind === 'num')
  )
    return false;
  return (
    pastAct(ctx, s, k) || intendedAct(ctx, s, k) || cameToAct(ctx, s, k) || plannedAct(ctx, s, k)
  );
}

/**
 * Whether the verb group at `k` tells of an act the subject means or is due to carry out: "Fans
 * plan to protest", "Objectors are due to call", "Residents are preparing to march" (decision
 * 125's specific group with its own act ahead): people with an act of their own ahead in
 * the story, not a class in general, which has no such date or plan. Not a state or a wait ("are due
 * to receive": `NOT_ACTS`). A bare `will` is left out: "Players will wear armbands"
 * is as often a body's own people doing what the body arranged.
 */
function intendedAct(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k]?.lower ?? '';
  let q: number;
  if (INTENDING.has(v)) q = k + 1;
  else if ((v === 'are' || v === 'were') && SCHEDULED.has(toks[k + 1]?.lower ?? '')) q = k + 2;
  else return false;
  return toks[q]?.lower === 'to' && actVerb(ctx, s, q + 1);
}

/** Present verbs of meaning to act: `plan`, `intend`, `vow`, `threaten`. */
const INTENDING: ReadonlySet<string> = new Set(['intend', 'plan', 'pledge', 'threaten', 'vow']);
/**
 * Words after `are` that put an act on the calendar: `due`, `set`, `preparing` (not `expected`,
 * as often a duty: "Parents are expected to sign the form").
 */
const SCHEDULED: ReadonlySet<string> = new Set(['due', 'planning', 'poised', 'preparing', 'set']);

/** Whether the word at `k` is a plain verb of an act: not a state, wait or receipt, nor `be`. */
function actVerb(ctx: Context, s: Sentence, k: number): boolean {
  const w = ctx.tokens[k];
  return (
    !!w &&
    k < s.last &&
    w.kind === 'word' &&
    (w.f & (F.DET | F.QUANT | F.PREP | F.PRON | F.AUX | F.ADV)) === 0 &&
    !ctx.name[k] &&
    !NOT_ACTS.has(w.lower) &&
    !NEEDS.has(w.lower)
  );
}

/** Verbs of need or ability after `will`: a rule or a prospect, not an act (`need`, `have`). */
const NEEDS: ReadonlySet<string> = new Set([
  'face',
  'find',
  'lose',
  'need',
  'pay',
  'see',
  'struggle',
]);

/** Verbs of only coming, waiting or receiving: `gathered`, `queued`, `received`. */
const COMING = ruleWords('comingAndReceivingVerbs');

/** Words that open a clause with its subject after them: `but`, `so`, `though`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'so', 'though', 'although']);
/** Conjunctions that join clauses only after a comma (else nouns: "fans and supporters"). */
const COMMA_OPENERS: ReadonlySet<string> = new Set(['and', 'or']);
/** People who are the public in general, not particular people (the guideline's "not unnamed"). */
const PUBLIC: ReadonlySet<string> = new Set([
  'citizens',
  'consumers',
  'electors',
  'ratepayers',
  'taxpayers',
  'voters',
]);

/**
 * Whether a main or adverbial clause opens at token `at`: the sentence's start (after quote
 * marks or an opening phrase set off by a comma, "On Sunday, residents"), or a conjunction
 * (`but`, `as`, `when`; `and` after a comma). Not after a verb ("a boat carrying migrants capsized"), a relative
 * word ("money that parishioners put in"), a supposition ("If residents had") or a comma
 * inside a clause ("the square where, a week ago, farmers sold apples").
 */
export function opensClause(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  let j = at - 1;
  while (j >= s.first && toks[j]!.kind === 'quote') j--;
  if (j < s.first) return true;
  // "Last month Skelbrook fans booed", "On Saturday residents blocked": a time that opens the
  // sentence with no comma (leading-time.ts)
  if (leadingTime(ctx, s, at)) return true;
  const b = toks[j]!;
  if (CLAUSE_OPENERS.has(b.lower) || (listsOf(b) & IN_SUBORDINATORS) !== 0) return true;
  if (COMMA_OPENERS.has(b.lower)) return isPunct(toks[j - 1], ',');
  if (!isPunct(b, ',')) return false;
  for (let q = j - 1; q >= s.first; q--) {
    if (toks[q]!.kind === 'quote') return false;
    if (!isPunct(toks[q])) continue;
    // "In the footage, reviewed by the paper, masked men beat": a participle aside after a
    // fronted prepositional phrase
    if (!isPunct(toks[q], ',') || !asideParticiple(toks[q + 1]) || !isPrep(toks[s.first]))
      return false;
    for (let r = q - 1; r >= s.first; r--)
      if (isPunct(toks[r]) || toks[r]!.kind === 'quote') return false;
    return true;
  }
  return true;
}

/** Whether `t` opens a reduced relative aside: `reviewed`, `seen`, `obtained` (a participle). */
function asideParticiple(t: Token | undefined): boolean {
  return (
    t !== undefined && t.kind === 'word' && (/[a-z]ed$/.test(t.lower) || (t.f & F.IRREGULAR) !== 0)
  );
}

/**
 * Whether the phrase opens with `a`, `some`, a count in words, or no determiner at all; the people
 * of a body in the plural ("said staff had found", "some crew had worked") are that body's, which
 * the story names, families are those it happens to ("several families had refused to leave"),
 * and a count in digits is a statistic ("about 200 people had arrived").
 */
function newMention(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  counted = false,
  digits = false,
): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (
    (listsOf(toks[np.head]) & IN_OWN_PEOPLE) !== 0 &&
    !(counted && countedPart(ctx, np)) &&
    // (but a workforce with no body in the phrase is unnamed, unless a named speaker tells of
    // his or her own people: "Greg Holm, a utility spokesman, said crews had found", decision 65)
    !(ownWorkforce(ctx, np) && !namedSpeaker(ctx, s, np.start)) &&
    !onlineCrowd(ctx, np) &&
    !(bareMembers(ctx, np) && personSpeaker(ctx, s, np.start))
  )
    return false;
  // (a count in digits is a statistic, unless `digits` found it opens a clause of an act)
  if (digits) return true;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'num') return false;
  if ((listsOf(first) & (IN_INDEFINITE | IN_NUMBER_WORDS)) !== 0) return true;
  // (a counted subject may be a share too: "Many shoppers stayed away", "Most tenants agreed")
  if (counted && MANY.has(first.lower)) return true;
  if ((first.f & (F.DET | F.QUANT)) !== 0) return false;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  return true;
}

/**
 * Whether `np` is a bare `members`: no determiner, count or possessive (households stay those
 * things happen to: "A source said families had refused to leave").
 */
function bareMembers(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.start !== np.head || toks[np.head]!.lower !== 'members') return false;
  return !toks[np.head]!.cap || np.start === 0 || isPunct(toks[np.start - 1]);
}

/** Conjunctions that open a second clause after a comma: `while`, `and`, `but`. */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);
/**
 * Whether the cue whose content opens at token `at` credits a person who does not speak for a
 * body: not a name, a body or a spokesperson ("Union leaders said members would stay out",
 * "a person close to the union said members had voted"; decision 79 of the labelled
 * sets: only the body, a named person of it or its spokesperson speaks for it, and their
 * members are theirs: "The union said members had voted").
 */
export function personSpeaker(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  let cue = at - 1;
  while (cue >= s.first && !cueVerb(ctx, cue)) cue--;
  if (cue <= s.first || namedSpeaker(ctx, s, at)) return false;
  // the speaker's phrase opens the sentence or the clause after `, while` / `, and` / `, but`
  let start = s.first;
  for (let q = cue - 1; q > s.first; q--)
    if (CLAUSE_JOINS.has(toks[q]!.lower) && isPunct(toks[q - 1], ',')) {
      start = q + 1;
      break;
    }
  while (start < cue && toks[start]!.kind === 'quote') start++;
  // its head: the first actor noun, through a compound ("Union leaders", "A hospital industry
  // official")
  let head = start;
  while (head < cue && (toks[head]!.kind !== 'word' || (toks[head]!.f & F.ACTOR) === 0)) head++;
  if (head >= cue) return false;
  while (head + 1 < cue && toks[head + 1]!.kind === 'word' && (toks[head + 1]!.f & F.ACTOR) !== 0)
    head++;
  const w = toks[head]!;
  if (ctx.name[head] || SPOKES_HEADS.has(w.lower)) return false;
  return isPersonClass(headClass(ctx, head));
}

/** A body's workforce: `staff`, `crews`, `employees` (not its members, users or households). */
const WORKFORCE: ReadonlySet<string> = new Set([
  'crew',
  'crews',
  'directors',
  'employees',
  'personnel',
  'staff',
  'staffers',
  'workers',
]);

/**
 * Whether the head of `np` names a workforce: `staff`, or `members` of one ("crew members", "staff
 * members"; not "party members", "club members").
 */
function workforceHead(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if (WORKFORCE.has(head)) return true;
  return head === 'members' && np.head > np.start && WORKFORCE.has(toks[np.head - 1]!.lower);
}

/**
 * Whether `np` is a body's workforce with no name in the phrase: "said staff had found", "jail
 * staff had claimed", "cabin crew refused" (bare role and group nouns carry no body: decisions
 * 65 and 79 of the labelled sets); not "Workers at an Acme plant", whose body is named.
 */
export function ownWorkforce(ctx: Context, np: NounPhrase): boolean {
  if (!workforceHead(ctx, np)) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  return true;
}

/**
 * Whether `np` is the users of a place online, not a body's customers: "Users of the forum",
 * "Social media users", "users on a gaming site" (a crowd the story does not name).
 */
function onlineCrowd(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if (head !== 'users' && head !== 'posters' && head !== 'commenters') return false;
  // (a named site's users are only placed by it: decision 80 of the labelled sets)
  for (let k = np.start; k < np.end; k++) if (ONLINE_PLACES.has(toks[k]!.lower)) return true;
  return false;
}

/** Places online whose users are a crowd, not a body's customers: `forum`, `social media`. */
const ONLINE_PLACES: ReadonlySet<string> = new Set([
  'app',
  'apps',
  'board',
  'boards',
  'chatroom',
  'chatrooms',
  'forum',
  'forums',
  'message',
  'online',
  'platform',
  'platforms',
  'site',
  'sites',
  'social',
  'subreddit',
  'thread',
  'threads',
  'website',
  'websites',
]);

/** Pronouns of a person the story has named: `he`, `she`. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Whether the cue whose content opens at token `at` has a named speaker: a name right before it
 * ("Fire Chief Ann Roe said"), a name set off by commas ("A utility spokesman, Greg Holm,
 * said"), or a sentence that opens with a name or `he` / `she` ("Dr. Amara Quist, the trust's
 * chief executive, apologised and said", "She claimed that").
 */
export function namedSpeaker(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  let cue = at - 1;
  while (cue >= s.first && !cueVerb(ctx, cue)) cue--;
  if (cue < s.first) return false;
  let k = cue - 1;
  while (k >= s.first && isAdverb(toks[k])) k--;
  // (not an outlet that saw a document: "a report obtained by The Wire shows")
  if (k >= s.first && ctx.name[k]) {
    while (k > s.first && ctx.name[k - 1]) k--;
    if (toks[k - 1]?.lower === 'the') k--;
    return !isPrep(toks[k - 1]);
  }
  if (isPunct(toks[k], ',') && ctx.name[k - 1]) {
    let q = k - 1;
    while (q > s.first && ctx.name[q - 1]) q--;
    if (isPunct(toks[q - 1], ',')) return true;
  }
  let f = s.first;
  while (f < cue && toks[f]!.kind === 'quote') f++;
  return f < cue && (ctx.name[f] !== 0 || PERSON_PRONOUNS.has(toks[f]!.lower));
}

/**
 * Whether a counted phrase picks some of a body's people by their place in it: "several board
 * members walked out", "two crew members", "some staff members" (a noun before the head), a part
 * the story does not name; "some crew had worked" is the crew, counted.
 */
function countedPart(ctx: Context, np: NounPhrase): boolean {
  const m = ctx.tokens[np.head - 1];
  return np.head - 1 > np.start && !!m && m.kind === 'word' && (m.f & F.ACTOR) !== 0;
}

/** Whether a clause opening at token `at` stands in the content of a cue before it. */
export function inContent(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  let j = at - 1;
  if (j < s.first) return false;
  const b = toks[j]!;
  // "According to people briefed on the talks, some lenders have refused"
  if (isPunct(b, ',')) {
    let open = s.first;
    while (open < j && toks[open]!.kind === 'quote') open++;
    return toks[open]!.lower === 'according' && toks[open + 1]?.lower === 'to';
  }
  // "said the meeting ended when a board member walked out": a cue earlier in the sentence
  if ((listsOf(b) & IN_SUBORDINATORS) !== 0) {
    for (let k = j - 1; k >= s.first; k--) if (cueVerb(ctx, k)) return true;
    return false;
  }
  if (b.lower === 'that') {
    j--;
    // "said the tests had failed, but that supervisors ignored": a second content clause of
    // the same cue
    const c = toks[j];
    if (c && (c.lower === 'but' || c.lower === 'and')) {
      for (let k = j - 1; k >= s.first; k--) if (cueVerb(ctx, k)) return true;
      return false;
    }
  }
  return j >= s.first && (cueVerb(ctx, j) || toldWhom(ctx, s, j));
}

/**
 * Whether the few words ending at `j` are the person or outlet told, after a verb of telling:
 * "told The Dispatch that", "assured investors that", "warned the board's members that" (the
 * content is the cue's all the same).
 */
function toldWhom(ctx: Context, s: Sentence, j: number): boolean {
  const toks = ctx.tokens;
  for (let k = j; k >= s.first && k > j - 5; k--) {
    const t = toks[k]!;
    if (TELLING_VERBS.has(t.lower)) return k < j && (t.f & F.REPORT) !== 0;
    // (a name, a determiner, a noun or a possessive; not a verb, a clause or punctuation; an
    // outlet's name may be a reporting verb's form: "told The Herald that")
    if (t.kind === 'pos' || (ctx.name[k] && t.cap)) continue;
    if (t.kind !== 'word' || (t.f & (F.AUX | F.PREP | F.REPORT)) !== 0) return false;
  }
  return false;
}

/** Whether token `k` is a reporting verb (not a noun: "the report", "a claim"). */
function cueVerb(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k]!;
  if ((t.f & F.REPORT) === 0 || t.cap) return false;
  const d = toks[k - 1];
  return !d || (d.f & F.DET) === 0;
}

/** Present verbs that end in `-eed` as a past does: `need`, `feed`, `succeed`. */
const EED_PRESENTS: ReadonlySet<string> = new Set([
  'bleed',
  'breed',
  'exceed',
  'feed',
  'heed',
  'need',
  'proceed',
  'speed',
  'succeed',
]);

/**
 * Whether the verb at `k` (after adverbs) tells of a past act: a past form (`walked`, `knew`) or
 * a perfect (`had complained`), not what befalls someone (`died`) nor a state (`felt`).
 */
export function pastAct(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  if (!v || k >= s.last || v.kind !== 'word') return false;
  if (HAVE_FORMS.has(v.lower)) {
    k++;
    // ("had \"told us on every doorstep\"", "had 'always suspected something'": a quotation
    // that opens inside the verb group leaves it a perfect)
    while (k < s.last && (isAdverb(toks[k]) || isOpenQuote(toks[k]))) k++;
    const p = toks[k];
    // (a participle: not "had a bruise", a possession)
    return (
      !!p &&
      p.kind === 'word' &&
      p.lower !== 'been' &&
      // ("had gone from house to house": a participle that is stative after `be`)
      (/[a-z]ed$/.test(p.lower) || (p.f & F.IRREGULAR) !== 0 || STATIVE_PARTICIPLES.has(p.lower)) &&
      (listsOf(p) & (IN_UNDERGOING | IN_STATE)) === 0
    );
  }
  // ("Many shoppers stayed away": kept from a place by choice, an act, not "stayed home")
  if (v.lower === 'stayed' && toks[k + 1]?.lower === 'away') return true;
  // ("patients who need help", "birds that feed on": a present whose `-eed` is no past ending)
  if (EED_PRESENTS.has(v.lower)) return false;
  if ((listsOf(v) & (IN_UNDERGOING | IN_STATE)) !== 0) return false;
  return /[a-z]ed$/.test(v.lower) || (v.f & F.IRREGULAR) !== 0;
}

/**
 * Whether the verb at `k` tells what the subject was doing or was disposed to do at a past time:
 * a past progressive ("were organising", "had been shredding") or a past `be` with a readiness
 * adjective ("were ready to close", "were open to a sale"). Not what befell them ("were
 * struggling", "were missing"), nor the present, which tells of a trend ("are leaving the
 * profession").
 */
export function pastDoing(ctx: Context, s: Sentence, k: number, present = false): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k]?.lower;
  if ((v === 'had' || (present && (v === 'has' || v === 'have'))) && toks[k + 1]?.lower === 'been')
    k++;
  else if (v !== 'was' && v !== 'were' && !(present && (v === 'is' || v === 'are'))) return false;
  k++;
  while (k < s.last && isAdverb(toks[k])) k++;
  // ("were \"spreading rumours\"", "had been \"holding the players to ransom\"": a quotation
  // that opens on the -ing form)
  if (isOpenQuote(toks[k]) && /[a-z]{3}ing$/.test(toks[k + 1]?.lower ?? '')) k++;
  const p = toks[k];
  if (!p || k >= s.last || p.kind !== 'word') return false;
  if ((listsOf(p) & IN_READY) !== 0) return true;
  if (p.lower === 'open' && toks[k + 1]?.lower === 'to') return true;
  // ("were running out of patience", "are running low on cash": a supply that gives out befalls
  // them, no act)
  if (p.lower === 'running' && RUNNING_OUT.has(toks[k + 1]?.lower ?? '')) return false;
  return /[a-z]{3}ing$/.test(p.lower) && (listsOf(p) & IN_UNDERGOING_ING) === 0;
}

/**
 * Whether the verb at `k` tells what the subject is or was doing, present or past, not only coming
 * somewhere or waiting ("are weighing legal action", "were pushing back"; not "were arriving
 * exhausted", "are queuing outside": people who only arrive or wait act in nothing, decision 85).
 */
export function progressiveAct(ctx: Context, s: Sentence, k: number): boolean {
  if (!pastDoing(ctx, s, k, true)) return false;
  const toks = ctx.tokens;
  let q = k;
  while (q < s.last && q < k + 5 && !/[a-z]{3}ing$/.test(toks[q]!.lower)) q++;
  return !ARRIVING.has(toks[q]?.lower ?? '');
}

/** What follows `running` when a supply gives out: `out` (of), `low`, `short`. */
const RUNNING_OUT: ReadonlySet<string> = new Set(['low', 'out', 'short']);

/** Progressives of only coming or waiting: `arriving`, `gathering`, `queuing`. */
const ARRIVING: ReadonlySet<string> = new Set([
  'arriving',
  'coming',
  'flocking',
  'gathering',
  'queueing',
  'queuing',
  'streaming',
  'waiting',
]);

/** Adjectives of readiness to act: `ready`, `willing`, `prepared`. */
const READY = ruleWords('readyAdjectives');
/** Progressives of what befalls someone: `struggling`, `dying`, `missing`. */
const UNDERGOING_ING = ruleWords('undergoingProgressives');

/** The fixed lists this file asks of tokens, as bits of one answer (word-bits.ts). */
const listsOf = wordBits(() => [
  INDEFINITE,
  NUMBER_WORDS,
  SUBORDINATORS,
  UNDERGOING_VERBS,
  STATE_VERBS,
  OWN_PEOPLE,
  SUPPOSING,
  READY,
  UNDERGOING_ING,
  COMING,
]);
const IN_INDEFINITE = 1 << 0;
const IN_NUMBER_WORDS = 1 << 1;
const IN_SUBORDINATORS = 1 << 2;
const IN_UNDERGOING = 1 << 3;
const IN_STATE = 1 << 4;
const IN_OWN_PEOPLE = 1 << 5;
const IN_SUPPOSING = 1 << 6;
const IN_READY = 1 << 7;
const IN_UNDERGOING_ING = 1 << 8;
const IN_COMING = 1 << 9;
