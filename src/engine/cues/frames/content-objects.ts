/**
 * Content objects of clausal verbs: a claim or a thing said as object ("questioned the
 * decision", "maintained his innocence", "echoed those concerns"), a claim before its subject
 * ("a claim the agency rejects"), `claim` of a holding ("claimed progress", not "claimed the
 * title"), messages posted or alerted, plans unveiled. A new rule about a noun object that makes
 * a clausal verb report goes here.
 */
import type { Context } from '../../context';
import { isDet, isOpenQuote, isPrep, isQuant, isQuote, isVerbLike, isWord } from '../../context';
import { agentiveNoun, DOCUMENT_NOUNS, ruleWords } from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import { isPronounToken } from '../../phrase/namedness';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import { isPlaceName } from '../../phrase/places';
import type { Sentence } from '../../sentences';
import type { SubjectResult } from '../../subject/result';
import { isPronounSubject } from '../../subject/result';
import type { Verb } from '../verb-group';
import { bareIng, subjectOf } from '../verb-group';
import { reportingSubject } from './speakers';
import { PHYSICAL_OBJECTS } from './stance';

/**
 * Whether active `alert` or `post` has a message's object (and `alert` someone to alert it): "he
 * alerted the ministry in February", "forecasters alerted the disaster ministry", "posted a
 * screenshot", "posted about the fault online" (not "the alarm alerted staff", "posted a loss of
 * $3m", "posted bail").
 */
export function messageObject(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  // (whoever posts a message sends it: "One user posted a screenshot")
  if (v.lemma === 'post' && v.next?.lower === 'about') return true;
  const np = phraseStartingAt(ctx, v.end, s.last);
  if (!np) return false;
  const head = np.head;
  // (the phrase may run on into a participle: "a screenshot showing a balance")
  if (v.lemma === 'post') {
    // "posted a notice on the door", "posted a sign on the gate": pinned up where it hangs, not
    // sent (the place is a thing handled, not a site)
    const on = toks[np.coreEnd]?.lower;
    if (on === 'on' || on === 'to' || on === 'outside') {
      const at = phraseStartingAt(ctx, np.coreEnd + 1, s.last);
      if (at && PINNED_ON.has(toks[at.head]!.lower)) return false;
    }
    for (let k = np.start; k <= head; k++) if (POSTED_MESSAGES.has(toks[k]!.lower)) return true;
    return false;
  }
  if (!reportingSubject(ctx, s, v)) return false;
  // (the one alerted: a name, a person or a body; "alerted its U.S. counterparts")
  return (
    (ctx.name[head] === 1 && !isPlaceName(ctx, head)) ||
    SPEAKER_CLASSES.has(headClass(ctx, head)) ||
    agentiveNoun(toks[head]!.lower)
  );
}

/** What a notice is pinned to (not a `wall`, also a page's): `the door`, `a lamppost`. */
const PINNED_ON: ReadonlySet<string> = new Set([
  'door',
  'doors',
  'fence',
  'gate',
  'gates',
  'lamppost',
  'lampposts',
  'noticeboard',
  'noticeboards',
  'window',
  'windows',
]);

/** Messages one posts: `a message`, `a photo`, `a screenshot`, `a statement`. */
export const POSTED_MESSAGES = ruleWords('postedMessages');

/** Heads of a phrase that can be told: people and bodies. */
const SPEAKER_CLASSES = ruleWords('speakerClasses');

/**
 * Whether `unveil` makes a plan public, its object (or its passive's subject) a plan, a
 * proposal or a pledge: "unveiled a ten-year plan to move funding", "Minister unveils plan",
 * "The pledge was unveiled at a news conference" (not a product or a statue: "unveils Atlas 4
 * AI model", "scheduled to be unveiled in October").
 */
export function unveiledPlan(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive) {
    const subject = subjectOf(ctx, s, v);
    return (
      !!subject &&
      !isPronounSubject(subject) &&
      UNVEILED_PLANS.has(ctx.tokens[subject.np.head]!.lower)
    );
  }
  // (the object's head within a few words: "unveiled its ten-year strategy")
  const toks = ctx.tokens;
  for (let k = v.end; k < s.last && k < v.end + 6; k++) {
    const t = toks[k]!;
    if (UNVEILED_PLANS.has(t.lower)) return true;
    if (t.kind !== 'word' || isPrep(t) || isVerbLike(t)) return false;
  }
  return false;
}

/** What is unveiled as a statement of intent: `plan`, `proposal`, `pledge`, `strategy`. */
const UNVEILED_PLANS = ruleWords('unveiledPlans');

/**
 * A relative clause whose object is a claim before its subject: "..., a claim the agency
 * rejects", "an allegation he denied".
 */
export function claimBeforeSubject(ctx: Context, s: Sentence, subject: SubjectResult): boolean {
  if (!subject) return false;
  const start = isPronounSubject(subject) ? subject.pronoun : subject.np.start;
  const toks = ctx.tokens;
  // ("a claim Amundsen's office rejected": the claim read into the subject's phrase)
  if (!isPronounSubject(subject) && isDet(toks[start]) && CLAIM_NOUNS.has(toks[start + 1]!.lower))
    return start + 2 < subject.np.end;
  const b = toks[start - 1];
  if (!b || start - 1 <= s.first) return false;
  return CLAIM_NOUNS.has(b.lower) && isDet(toks[start - 2]);
}

/** Nouns that stand for a claim made before: `a claim`, `an allegation`, `the account`. */
const CLAIM_NOUNS = ruleWords('claimNouns');

/**
 * Whether a content object follows a stance verb at `vEnd`: "questioned the decision" (not a
 * person: "questioned the suspect" is an interrogation).
 */
export function contentObject(ctx: Context, s: Sentence, vEnd: number, lemma: string): boolean {
  const claims = CLAIM_OBJECT_VERBS.has(lemma);
  const answers = ANSWERING_VERBS.has(lemma);
  if (!CONTENT_OBJECT_VERBS.has(lemma) && !claims && !answers) return false;
  const toks = ctx.tokens;
  // ("does not recognise the figures" rejects them; "recognised the figures in the photograph"
  // only knew them again)
  if (RECOGNISING.has(lemma) && !negatedBefore(ctx, s, vEnd - 1)) return false;
  // "very detailed inferences", "a more stressed workforce": a participle as an adjective
  if (DEGREE_BEFORE.has(toks[vEnd - 2]?.lower ?? '')) return false;
  // ('"categorically rejects" the allegations': a quotation of the verb closes before its object)
  let k = vEnd;
  if (isQuote(toks[k]) && !isOpenQuote(toks[k])) k++;
  // ("disagrees with the findings": the answer's object after its preposition)
  if (lemma === 'disagree') {
    if (toks[k]?.lower !== 'with') return false;
    k++;
  }
  const np = phraseStartingAt(ctx, k, s.last);
  if (!np || ctx.name[np.head]) return false;
  // ("questioned her tempos": a possessive before the head is a determiner, not the object)
  if (isPronounToken(ctx, np.start) && np.head === np.start) return false;
  const w = toks[np.head]!.lower;
  // "The agency accepted the findings", "disputes that account", "rejected the ruling": an answer
  // to a finding or a claim (not "accepted the offer", "rejected the bid", "disputed the will")
  if (answers && ANSWERED.has(w)) return true;
  // "has always maintained his innocence", "claimed responsibility for the attack": an object
  // that is itself a claim (not "maintained the roads", "claimed the title")
  // ("echoed those concerns", "echoed the minister's warning": another's words repeated)
  if (claims) return CLAIM_OBJECTS.has(w) || (lemma === 'echo' && ECHO_OBJECTS.has(w));
  if (answers) return false;
  // "stressed the metal", "questioned the door's hinges": a thing handled or tested, no words
  if (PHYSICAL_OBJECTS.has(w) || MATERIALS.has(w)) return false;
  // "queried the database": a search of a store of data, not a figure disputed
  if (lemma === 'query' && DATA_STORES.has(w)) return false;
  const cls = headClass(ctx, np.head);
  return cls === 'other' || cls === 'document';
}

/** `recognise`, which answers a claim only when negated. */
const RECOGNISING: ReadonlySet<string> = new Set(['recognise', 'recognize']);

/** Whether `not`, `never` or a negative contraction stands in the few words before token `i`. */
function negatedBefore(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  for (let k = i - 1; k >= s.first && k >= i - 3; k--) {
    const w = toks[k]!.lower;
    if (w === 'not' || w === 'never' || w.endsWith("n't")) return true;
  }
  return false;
}

/** Stores of data one queries for records: `database`, `server`, `system`. */
const DATA_STORES: ReadonlySet<string> = new Set([
  'archive',
  'archives',
  'database',
  'databases',
  'index',
  'register',
  'server',
  'servers',
  'system',
  'systems',
]);

/** Materials and parts one loads or tests: `metal`, `steel`, `beams`, `joints`, `muscles`. */
const MATERIALS: ReadonlySet<string> = new Set([
  'beam',
  'beams',
  'bolts',
  'cable',
  'cables',
  'concrete',
  'fabric',
  'glass',
  'joint',
  'joints',
  'metal',
  'muscle',
  'muscles',
  'steel',
  'timber',
  'wood',
]);

/**
 * Active `claim` with a noun phrase for its object asserts that someone has or did it ("Both
 * armies claimed progress", "The app claims 40 million users", "one importer claimed losses of
 * $2m"), said by someone who can claim (not "The fire claimed three lives"); not a prize won or a
 * payment sought ("claimed the title", "claimed expenses", "claim asylum").
 */
export function claimedHolding(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive || bareIng(ctx, v)) return false;
  const np = phraseStartingAt(ctx, v.end, s.last);
  if (!np || np.start !== v.end || ctx.name[np.head]) return false;
  const toks = ctx.tokens;
  // (a determiner or an owner makes it one thing taken: "claimed the county's award", "claimed
  // a state award", "claimed his seat"; an amount is money sought: "claimed more than £40,000")
  const first = toks[np.start]!;
  if (isDet(first) || isPronounToken(ctx, np.start) || !isWord(toks[np.head])) return false;
  for (let k = np.start; k <= np.head; k++) {
    const w = toks[k]!;
    if (CLAIMED_WINNINGS.has(w.lower) || w.kind === 'pos' || CURRENCY.test(w.lower)) return false;
  }
  const subject = subjectOf(ctx, s, v);
  if (!subject) return false;
  if (isPronounSubject(subject)) return true;
  const cls = headClass(ctx, subject.np.head);
  if (cls === 'nonAgent' || cls === 'document') return false;
  // (a thing claims its dead: "The sea claimed two of her predecessors", "Floods claimed
  // dozens"; sides and rivals claim what they hold: "Both sides claimed progress")
  if (cls !== 'other' || ctx.name[subject.np.head] === 1) return true;
  return /s$/.test(toks[subject.np.head]!.lower) && !isQuant(first);
}

/** A currency sign or code before an amount: `£`, `$`, `€`. */
const CURRENCY = /^[\u00a3$\u20ac\u00a5]/;

/** What one claims by winning it or applying for it: `title`, `medal`, `lives`, `expenses`, `asylum`. */
const CLAIMED_WINNINGS = ruleWords('claimedWinnings');

/**
 * Whether the subject of `v` is a claim or a report: "That account", "The agency's findings"; or,
 * for verbs of doubt (`documents`), any document: "The assessment was later questioned by".
 */
export function claimSubject(ctx: Context, s: Sentence, v: Verb, documents: boolean): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  const head = ctx.tokens[subject.np.head]!.lower;
  return CLAIM_OBJECTS.has(head) || (documents && DOCUMENT_NOUNS.has(head));
}

/**
 * Verbs that answer a finding or a claim: `accept`, `disagree` (with), `dispute`, `reject`, and
 * `recognise` in its idiom of rejection ("does not recognise the figures", decision 165).
 */
const ANSWERING_VERBS: ReadonlySet<string> = new Set([
  'accept',
  'disagree',
  'dispute',
  'recognise',
  'recognize',
  'reject',
]);

/**
 * Findings and claims one accepts or rejects as true or fair (not an offer, a job or a payment:
 * `position`, `credit`, `charges` are left out; nor recommendations, which one agrees to act on:
 * decision 191): `findings`, `ruling`, `allegations`, `account` (decision 165).
 */
const ANSWERED: ReadonlySet<string> = new Set([
  'account',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'assessment',
  'characterisation',
  'characterization',
  'claim',
  'claims',
  'conclusion',
  'conclusions',
  'criticism',
  'criticisms',
  'description',
  'figure',
  'figures',
  'findings',
  'judgement',
  'judgment',
  'number',
  'numbers',
  'picture',
  'portrayal',
  'report',
  'ruling',
  'suggestion',
  'suggestions',
  'verdict',
  'version',
]);

/** Degree words before an adjective: `very` (detailed), `more`, `too`. */
const DEGREE_BEFORE = ruleWords('degreeBeforeAdjective');

/** Clausal verbs whose object may be a claim itself: `maintained his innocence`. */
export const CLAIM_OBJECT_VERBS = ruleWords('claimObjectVerbs');

/** Objects that are claims: `innocence`, `responsibility`, `version`. */
const CLAIM_OBJECTS = ruleWords('claimObjects');

/** What `echo` repeats besides a claim: `echoed those concerns`, `echoed his warning`. */
const ECHO_OBJECTS = ruleWords('echoObjects');

/** Clausal verbs that also characterise a thing said or done: `questioned the decision`. */
export const CONTENT_OBJECT_VERBS = ruleWords('contentObjectVerbs');
