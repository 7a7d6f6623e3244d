/**
 * A phrase's part around an act: who sent a message (`warnings from pharmacists`), whom an act is
 * laid at (`linked the attack to a criminal group`) or an accusation names (`accused militias
 * of`), a counted object (`enrolled 18,400 volunteers`), a partner in a task (`working with
 * salvage experts`), the audience of a call (`on a call with analysts`) or of a talk (`the
 * minister spoke to officials`).
 */
import { endsSingleS } from '../chars';
import type { Context } from '../context';
import { isAdverb, isAux, isPrep, isPunct } from '../context';
import { F, listedAgentive, REPORTING_VERBS, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { findSubject } from '../subject/find-subject';
import { isPronounSubject } from '../subject/result';
import { causedToAct } from './position';
import {
  counted,
  IN_ARREST_VERBS,
  IN_COOPERATION_VERBS,
  IN_COUNTRY_CLASSES,
  IN_PARTICLES,
  IN_PRESS_HEADS,
  IN_RESPONSIBILITY_VERBS,
  IN_SENT_NOUNS,
  listsOf,
  moreListsOf,
} from './words';

/**
 * Whether a counted phrase is the object of the verb before it: "the trial enrolled 18,400
 * volunteers", "deployed 240 observers", "plans to lay off about 900 employees" count people
 * acted upon, not actors (but "police arrested two men" are suspects: the person case's); or
 * counts places: "in six countries".
 */
export function countedObject(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!counted(toks[np.start]!)) return false;
  let k = np.start - 1;
  // ("volunteers in six countries": where, counted)
  if (toks[k]?.lower === 'in' || toks[k]?.lower === 'across') return true;
  const particle = (listsOf(toks[k]) & IN_PARTICLES) !== 0;
  if (particle) k--;
  const v = toks[k];
  if (!v || v.kind !== 'word' || isAux(v) || (v.f & (F.REPORT | F.FUNC)) !== 0) return false;
  if ((listsOf(v) & IN_ARREST_VERBS) !== 0 || ctx.name[k]) return false;
  // ("prompted two airlines to cancel flights": made to act, the doers of the infinitive)
  if (!particle && causedToAct(ctx, np)) return false;
  return particle || /[a-z]ed$/.test(v.lower) || (v.f & F.IRREGULAR) !== 0;
}

/**
 * Whether the phrase is whom a body works with: "working with salvage experts", "would cooperate
 * fully with the authorities", 'was "engaging with the trustees"', "reviewing the matter with
 * legal advisers" (partners in a task, over the task's own object, not actors the story
 * withholds; "raised concerns with their supervisor" and "confirmed it with two officials" are
 * a cue's).
 */
export function workedWith(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'with') return false;
  // ("is cooperating with prosecutors", "was cooperating with investigators": those who
  // investigate act in the inquiry the story tells of, whoever helps them)
  const head = toks[np.head]!.lower;
  if (INQUIRERS.has(head) || ENFORCERS.has(head)) return false;
  // (not across a closing quote: 'said it was "cooperating fully" with investigators' is the
  // body's claim about whom it answers to, and the labelled sets keep those investigators)
  let k = np.start - 2;
  while (k >= 0 && isAdverb(toks[k])) k--;
  if ((listsOf(toks[k]) & IN_COOPERATION_VERBS) !== 0) return true;
  // (back over the task's object: "the matter", "the draft contract")
  for (let q = k; q >= 0 && q >= k - 4; q--) {
    const t = toks[q]!;
    if (t.kind !== 'word' || (t.f & F.REPORT) !== 0 || isPrep(t)) return false;
    if ((listsOf(t) & IN_COOPERATION_VERBS) !== 0) return q < k;
  }
  return false;
}

/** Those who inquire: `investigators`, `inspectors`, `auditors`. */
const INQUIRERS = ruleWords('inquirers');

/** Those who run a criminal case: `prosecutors`, `police`, `detectives` (not `regulators`, a standing body like `the authorities`). */
const ENFORCERS = ruleWords('enforcers');

/** Whether the phrase follows `from` or `of` after a noun of a message or complaint. */
export function sender(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // ("from betting operators": the phrase may have left out an -ing modifier)
  let k = np.start - 1;
  if (toks[k]?.kind === 'word' && toks[k]!.lower.endsWith('ing') && !toks[k]!.cap) k--;
  const p = toks[k]?.lower;
  return (p === 'from' || p === 'of') && (listsOf(toks[k - 1]) & IN_SENT_NOUNS) !== 0;
}

/**
 * Whether the phrase is a new mention of the other side of a clash, after `with`: "clashed
 * repeatedly with producers over the film's length", "after a bust-up with a senior producer",
 * "were seen arguing with fans" (those one clashes with act in the clash too). A new mention only:
 * `a`, a count, `some` or no determiner; not "clashed with the agency", one the story knows.
 */
export function conflictPartner(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'with') return false;
  let k = np.start - 2;
  while (k > 0 && isAdverb(toks[k])) k--;
  if (!CONFLICT_WORDS.has(toks[k]?.lower ?? '')) return false;
  const first = toks[np.start]!;
  if ((first.f & F.DET) !== 0 && first.lower !== 'a' && first.lower !== 'an') return false;
  for (let q = np.start; q < np.end; q++) if (toks[q]!.kind === 'pos' || ctx.name[q]) return false;
  // (a singular with no determiner is a headline's shorthand: "after clashes with budget office")
  return (
    (first.f & (F.DET | F.QUANT)) !== 0 || first.kind === 'num' || endsSingleS(toks[np.head]!.lower)
  );
}

/**
 * Whether the phrase, a new mention of people, is the `by` agent of a participle that tells who
 * made a document: "A petition signed by 412 people", "a letter signed by 23 parents", "A
 * fundraising page set up by friends", "a petition started by parents at the school" (those who
 * sign or start it act; not "the letter signed by the mayor", one the story knows).
 */
export function documentMakers(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'by') return false;
  let k = np.start - 2;
  if (toks[k]?.lower === 'up') k--;
  if (!MAKING_PARTICIPLES.has(toks[k]?.lower ?? '')) return false;
  k--;
  if (k < 0 || headClass(ctx, k) !== 'document') return false;
  const first = toks[np.start]!;
  if ((first.f & F.DET) !== 0 && first.lower !== 'a' && first.lower !== 'an') return false;
  // (a name in the phrase only places them, "parents at Ashby Primary School"; `reason` has
  // asked whether it names their body)
  for (let q = np.start; q < np.end; q++) if (toks[q]!.kind === 'pos') return false;
  return true;
}

/** Participles of making or signing a document: `signed`, `started`, `set (up)`. */
const MAKING_PARTICIPLES: ReadonlySet<string> = new Set([
  'backed',
  'co-signed',
  'drafted',
  'launched',
  'organised',
  'organized',
  'set',
  'signed',
  'started',
  'written',
]);

/** Words of a clash between two sides, before `with`: `clashed`, `a row`, `a bust-up`. */
const CONFLICT_WORDS: ReadonlySet<string> = new Set([
  'altercation',
  'argued',
  'arguing',
  'argument',
  'arguments',
  'bust-up',
  'clash',
  'clashed',
  'clashes',
  'clashing',
  'confrontation',
  'falling-out',
  'feud',
  'feuded',
  'feuding',
  'quarrel',
  'quarrelled',
  'quarrelling',
  'row',
  'rowed',
  'rows',
  'scuffle',
  'scuffled',
  'spat',
  'tussle',
]);

/**
 * Whether the phrase follows `to` after a verb that lays an act at someone's door, in its clause:
 * "linked the attack to a criminal group", "traced the leak to two staffers", "whom researchers
 * have tied to a state-backed group".
 */
export function heldResponsible(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'to') return false;
  for (let k = np.start - 2; k >= s.first && k >= np.start - 7; k--) {
    const t = toks[k]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if ((moreListsOf(t) & IN_RESPONSIBILITY_VERBS) !== 0) return true;
  }
  return false;
}

/**
 * Whether the phrase is the audience of a call or briefing: after `with` following the call ("on a
 * call with analysts"), or followed by `on` and the call ("told analysts on the earnings call").
 */
export function callAudience(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower === 'with' && CALL_NOUNS.has(toks[np.start - 2]?.lower ?? ''))
    return true;
  if (toks[np.coreEnd]?.lower !== 'on') return false;
  for (let k = np.coreEnd + 1; k < s.last && k <= np.coreEnd + 4; k++)
    if (CALL_NOUNS.has(toks[k]!.lower)) return true;
  return false;
}

/** Calls and briefings a company holds for an audience: `call`, `briefing`, `webcast`. */
const CALL_NOUNS = ruleWords('callNouns');

/**
 * Whether the phrase is whom a person of the story talked to: "The minister spoke to officials at
 * the conference", "she talked with donors" (the audience of a cue, unlabelled, or a recipient,
 * optional: decisions 41, 121, 138). Not respondents of the writer, an outlet or a body, whose
 * talker is no role noun ("Visitors I spoke to", "The Gazette spoke to eleven residents",
 * "Blackfen said it had spoken to former employees": decision 138), nor people whose words follow
 * ("spoke to officials who said").
 */
export function talkAudience(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const prep = toks[np.start - 1]?.lower;
  if (prep !== 'to' && prep !== 'with') return false;
  let v = np.start - 2;
  while (v > s.first && isAdverb(toks[v])) v--;
  if (!TALK_VERBS.has(toks[v]?.lower ?? '')) return false;
  let k = np.end;
  if (isPunct(toks[k], ',')) k++;
  if (toks[k]?.lower === 'who') return false;
  const direct = findSubject(ctx, s, v);
  const subject = direct ?? findSubject(ctx, s, verbGroupStart(ctx, s, v));
  if (!subject) return false;
  if (isPronounSubject(subject)) {
    // (a pronoun before a verb group is left to consulted-people.ts: "The source said he had
    // spoken with people inside the prison", whose words the source passes on, decision 90)
    const w = toks[subject.pronoun]!.lower;
    return direct !== null && (w === 'he' || w === 'she');
  }
  const head = subject.np.head;
  return (
    TALKER_CLASSES.has(headClass(ctx, head)) ||
    listedAgentive(toks[head]!.lower) ||
    titledName(ctx, subject.np)
  );
}

/**
 * The first auxiliary of the verb group that ends in the talk verb `v`, whose subject is the
 * talker: "has spoken", "had not spoken", "is due to speak", "was expected to talk" (`v` itself
 * when no auxiliary comes before).
 */
function verbGroupStart(ctx: Context, s: Sentence, v: number): number {
  const toks = ctx.tokens;
  let k = v;
  // ("is due to speak": `to` after an adjective or a participle after a form of `be`)
  if (toks[k - 1]?.lower === 'to' && k - 3 >= s.first && (toks[k - 3]!.f & F.BE) !== 0) k -= 3;
  while (k - 1 >= s.first && (isAux(toks[k - 1]) || toks[k - 1]!.lower === 'not')) k--;
  return isAux(toks[k]) ? k : v;
}

/**
 * Whether `np` is a person's name after the title or role that tells what the person is:
 * "Governor Anna Berg", "party leader Tom Reyes" (a person of the story, as "the governor" is;
 * not an outlet or a body by its name, "The Gazette", whose respondents stay: decision 138).
 */
function titledName(ctx: Context, np: NounPhrase): boolean {
  if (!ctx.name[np.head]) return false;
  for (let k = np.start; k < np.head; k++)
    if (TALKER_CLASSES.has(headClass(ctx, k)) && (listsOf(ctx.tokens[k]) & IN_PRESS_HEADS) === 0)
      return true;
  return false;
}

/** Verbs of talking with someone: `spoke`, `talked` (to or with). */
const TALK_VERBS: ReadonlySet<string> = new Set([
  'speak',
  'speaking',
  'speaks',
  'spoke',
  'spoken',
  'talk',
  'talked',
  'talking',
  'talks',
]);

/** Heads of a person of the story by role: `the mayor`, `officials` (and `the minister`). */
const TALKER_CLASSES: ReadonlySet<string> = new Set(['role', 'title', 'occupation']);

/**
 * Lemmas of cues that lay a deed at their object: `accuse`, `blame`, and the censures of conduct
 * ("criticised a county council for delays", "condemned a group over the attacks").
 */
const FAULTING: ReadonlySet<string> = new Set([
  'accuse',
  'blame',
  'blast',
  'censure',
  'condemn',
  'criticise',
  'criticize',
  'fault',
  'lambast',
  'lambaste',
  'rebuke',
  'reprimand',
]);

/** Prepositions of the deed a faulting cue names: `of`, `for`, `over`. */
const CHARGE_PREPS: ReadonlySet<string> = new Set(['for', 'of', 'over']);

/**
 * Whether the phrase is the object of a cue that faults it for a deed: "have accused militias
 * of", "blamed armed groups for", "criticised a county council for", past a post-modifier
 * ("accused militias loyal to the government of"), and the accuser's own words for it in
 * quotation marks, "blamed "organised provocateurs" for".
 */
export function accusedObject(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const close = closingQuote(ctx, np);
  const at = close >= 0 ? np.start - 2 : np.start - 1;
  const v = toks[at];
  if (!v || (v.f & F.REPORT) === 0 || ctx.name[at]) return false;
  const lemma = REPORTING_VERBS.get(v.lower)?.lemma;
  if (lemma === undefined || !FAULTING.has(lemma)) return false;
  // (not a bloc of countries: "accused wealthy nations of hiding behind brackets")
  if ((moreListsOf(toks[np.head]) & IN_COUNTRY_CLASSES) !== 0) return false;
  // (with what it is for: "of carrying out", "for the attack", or a relative clause about it)
  const after = toks[close >= 0 ? close + 1 : np.coreEnd]?.lower ?? '';
  const end = toks[np.end]?.lower ?? '';
  return CHARGE_PREPS.has(after) || CHARGE_PREPS.has(end) || end === 'that' || end === 'who';
}

/**
 * The closing quotation mark of a phrase quoted whole, the accuser's own words for whom it
 * accuses ("blamed "organised provocateurs" for", "accused "a small group of former staff" of"):
 * within a few words of its head, past its post-modifiers; -1 if the phrase opens no quotation.
 */
function closingQuote(ctx: Context, np: NounPhrase): number {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.kind !== 'quote') return -1;
  for (let k = np.coreEnd; k < toks.length && k <= np.coreEnd + QUOTED_REACH; k++) {
    const t = toks[k]!;
    if (t.kind === 'quote') return k;
    if (isPunct(t) && t.lower !== '-') return -1;
  }
  return -1;
}

/** Words a quoted accused phrase may run past its head: "a small group of disgruntled staff". */
const QUOTED_REACH = 6;
