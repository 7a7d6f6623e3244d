/**
 * Verbs of expression with what they express: `expressed frustration that`, `voiced concern`,
 * `have raised questions about`, `made a pledge to`, `made public a letter`. The cue is the verb
 * group and the noun; its source is the verb's subject.
 */
import type { Context } from '../context';
import {
  isAdverb,
  isContent,
  isDet,
  isPrep,
  isPunct,
  isQuant,
  isQuote,
  isVerbLike,
} from '../context';
import { agentiveNoun, DOCUMENT_NOUNS, EXPRESSION_VERBS, ruleWords } from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import { headClass, isPersonClass } from '../phrase/head-class';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import { controlledSubject } from '../subject/control';
import { findSubject } from '../subject/find-subject';
import type { SourcePhrase, SubjectResult } from '../subject/result';
import type { Cue } from './cue';
import { byAgent } from './by-agent';
import { madeClaim } from './made-claim';
import { pronounOf, sourceOf } from './cue';
import { inAnonymityReason } from '../unnamed/anonymity-reason';
import { groupStart } from './verb-group';

/**
 * A finite verb of prompting (`raised`) whose subject the search did not find: an -ed noun
 * stops it ("the bloodshed raised fears"); not an infinitive, whose subject is elsewhere
 * ("are understood to have raised concerns").
 */
function promptedBySubjectless(ctx: Context, g: number, i: number): boolean {
  return PROMPTING.has(ctx.tokens[i]!.lower) && ctx.tokens[g - 1]?.lower !== 'to';
}

/** Verbs of what an event prompts, past tense: `sparked` (fears), `stoked` (speculation). */
const PROMPTING = ruleWords('promptingVerbs');

/** Head classes of things, which raise questions without voicing them. */
const THINGS: ReadonlySet<HeadClass> = new Set<HeadClass>(['nonAgent', 'other']);

/**
 * The subject of the active verb of expression whose group starts at `g`: a raised subject
 * ("Lawyers for the union are believed to have raised concerns") or the one before it.
 */
export function expressionSubject(ctx: Context, s: Sentence, g: number): SubjectResult {
  return controlledSubject(ctx, s, g) ?? findSubject(ctx, s, g);
}

/**
 * "had raised the report privately with officials", "raised the omission with team
 * management": bringing something up with someone, an active `raise` whose object is followed
 * (past adverbs) by `with` and a person or a body; not "raised the money with help from fans".
 */
function raisedWith(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  if (EXPRESSION_VERBS.get(toks[i]!.lower)?.lemma !== 'raise') return undefined;
  // ("raised it with my manager": a pronoun for the matter)
  const pronoun = RAISED_PRONOUNS.has(toks[i + 1]?.lower ?? '');
  const np = pronoun ? null : phraseStartingAt(ctx, i + 1, s.last);
  // (what is raised is a matter, whatever it is, not money, a level or a feeling: not "raised
  // the money with help from fans", "raising tensions with Moscow", "raised prices with")
  if (!pronoun && (!np || RAISED_THINGS.has(toks[np.head]!.lower))) return undefined;
  // (the object's core: its phrase may have taken the `with` phrase as a post-modifier)
  let e = np ? np.coreEnd : i + 2;
  while (e < s.last && isAdverb(toks[e])) e++;
  if (toks[e]?.lower !== 'with') return undefined;
  const hearer = phraseStartingAt(ctx, e + 1, s.last);
  // ("with team management": a body by its last word's modifier)
  if (
    !hearer ||
    !(
      ctx.name[hearer.head] ||
      HEARERS.has(headClass(ctx, hearer.head)) ||
      (hearer.head > hearer.start && HEARERS.has(headClass(ctx, hearer.head - 1)))
    )
  )
    return undefined;
  const { g, sawAux, beBefore } = groupStart(ctx, s, i);
  if (sawAux && beBefore) return undefined;
  const subject = expressionSubject(ctx, s, g);
  if (promptedByThing(ctx, s, g, i, subject)) return undefined;
  return {
    start: g,
    end: i + 1,
    cue: 'stance',
    source: sourceOf(subject),
    pronoun: pronounOf(subject),
    shares: false,
    passive: false,
  };
}

/** Whether `subject` is a person or a body, by a pronoun, a name or a head noun for people. */
function speakerSubject(ctx: Context, subject: SubjectResult): boolean {
  if (pronounOf(subject) >= 0) return true;
  const source = sourceOf(subject);
  if (!source) return false;
  const h = source.np.head;
  const cls = headClass(ctx, h);
  return (
    !!ctx.name[h] ||
    isPersonClass(cls) ||
    cls === 'organisation' ||
    cls === 'name' ||
    agentiveNoun(ctx.tokens[h]!.lower)
  );
}

/** Nouns of an account that a verb of expression gives only in contrast: `story`, `picture`. */
const CONTRASTED_ACCOUNTS: ReadonlySet<string> = new Set(['picture', 'story']);

/** Words that set one account against another: `different`, `another`, `mixed`. */
const CONTRAST_WORDS: ReadonlySet<string> = new Set([
  'another',
  'conflicting',
  'contrasting',
  'different',
  'mixed',
  'opposite',
  'other',
  'similar',
]);

/**
 * Whether a word of contrast or a comparative adjective (`starker`, `bleaker`, `rosier`) stands
 * between tokens `a` and `b`: "a very different story", "a far bleaker picture".
 */
function contrastBetween(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = ctx.tokens[k]!;
    if (CONTRAST_WORDS.has(w.lower)) return true;
    if (w.lower.length > 5 && w.lower.endsWith('er') && isContent(w) && !ctx.name[k]) return true;
  }
  return false;
}

/** Modals of an act expected, allowed or owed: `should`, `will`, `must`. */
const MODALS = ruleWords('modalVerbs');

/** Verbs of expression that report only as a finite verb or after a comma: `issued a statement`. */
const FINITE_EXPRESSION: ReadonlySet<string> = new Set(['issue']);

/**
 * Verbs that bear out or belie an account or a claim (decision 86's "backed her account"), said
 * of evidence as of people: `back`, `support`, `contradict`.
 */
const CORROBORATING: ReadonlySet<string> = new Set(['back', 'contradict', 'support']);

/** What follows a corroborated noun that is not its account: `for` (payment), `by`, `from` (its giver). */
const OWN_GIVER: ReadonlySet<string> = new Set(['by', 'for', 'from']);

/** Verbs of swapping words between parties: `trade blame`, `exchanged accusations`. */
const RECIPROCAL: ReadonlySet<string> = new Set(['exchange', 'trade']);

/** Pronouns for a matter one raises with someone: `raised it with`, `raised this with`. */
const RAISED_PRONOUNS: ReadonlySet<string> = new Set(['it', 'that', 'them', 'these', 'this']);

/** What is raised as money, a level, a feeling or a thing lifted: `money`, `prices`, `tensions`. */
const RAISED_THINGS = ruleWords('raisedThings');

/** Heads of a phrase one raises a matter with: people and bodies. */
const HEARERS: ReadonlySet<HeadClass> = new Set<HeadClass>([
  'occupation',
  'organisation',
  'person',
  'role',
  'title',
]);

/**
 * Whether an event or a thing prompts what the active verb of expression at `i` (its group from
 * `g`, its subject `subject`) expresses, and nobody voices it: "The arrangement raised
 * questions"; with no subject found, a thing the subject search passed over or an -ed noun it
 * stopped at ("..., the bloodshed raised fears that").
 */
function promptedByThing(
  ctx: Context,
  s: Sentence,
  g: number,
  i: number,
  subject: SubjectResult,
): boolean {
  const source = sourceOf(subject);
  // (not an agentive noun of no listed class: "The minister voiced concern")
  if (source)
    return (
      THINGS.has(headClass(ctx, source.np.head)) && !agentiveNoun(ctx.tokens[source.np.head]!.lower)
    );
  return !subject && (thingBefore(ctx, s, g) || promptedBySubjectless(ctx, g, i));
}

/** The cue of a verb of expression at `i`, or undefined when none. */
export function expressionCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  const verb = EXPRESSION_VERBS.get(toks[i]!.lower);
  if (!verb || ctx.name[i]) return undefined;
  if (verb.lemma === 'make' && toks[i + 1]?.lower === 'aware') return madeAware(ctx, s, i);
  // the noun after up to three determiners, adjectives or adverbs: "expressed deep
  // frustration", "raised serious new questions", "made a pledge"
  const into = intoNoun(ctx, s, i, verb.nouns);
  const clear = verb.lemma === 'make' ? madeClear(ctx, s, i) : -1;
  let k = into > 0 ? into : clear > 0 ? clear : i + 1;
  // ("raised many of these concerns", "voiced some of the fears": a part of the nouns)
  const part = into < 0 && clear < 0 ? partitiveAt(ctx, i + 1) : 0;
  k += part;
  let quoted = false;
  // (four words before an account in contrast: "tells a very different story")
  const reach = (verb.nouns.has('story') || verb.nouns.has('picture') ? 4 : 3) + part;
  while (into < 0 && clear < 0 && k < s.last && k <= i + reach && !verb.nouns.has(toks[k]!.lower)) {
    const w = toks[k]!;
    // (a quotation may open on the noun's phrase: 'had raised "legitimate concerns about"')
    const quoteOpens =
      k === i + 1 && isQuote(w) && toks[k + 1]?.start === w.end && w.start > toks[i]!.end;
    quoted ||= quoteOpens;
    if (!(quoteOpens || isDet(w) || isAdverb(w) || (isContent(w) && !ctx.name[k])))
      return raisedWith(ctx, s, i) ?? passiveExpression(ctx, s, i);
    k++;
  }
  const noun = toks[k];
  if (!noun || k >= s.last || (clear < 0 && !verb.nouns.has(noun.lower)))
    return raisedWith(ctx, s, i) ?? passiveExpression(ctx, s, i);
  if (verb.lemma === 'break' && !possessiveBefore(ctx, k)) return undefined;
  // "took credit for the outage": claiming a deed (not "took credit from the bank", a loan)
  if (verb.lemma === 'take' && toks[k + 1]?.lower !== 'for') return undefined;
  // "tell a different story", "paint a starker picture": an account set against another one
  // needs its word of contrast or comparison (not "told a story about her dog", "painted a
  // picture of the harbour", "gave a picture to the museum")
  // (the noun heads its phrase: not "a bigger picture frame")
  if (
    CONTRASTED_ACCOUNTS.has(noun.lower) &&
    (!contrastBetween(ctx, i + 1, k) || (isContent(toks[k + 1]) && !isAdverb(toks[k + 1])))
  )
    return undefined;
  // ("supports claims for relief": a claim for payment is no account to bear out; "contradicts
  // assertions by the agency's head", "assurances from the ministry": the claim's own giver
  // makes the noun the cue, with that source)
  if (CORROBORATING.has(verb.lemma) && OWN_GIVER.has(toks[k + 1]?.lower ?? '')) return undefined;
  // "made public transport free": "public" before a noun is its adjective
  if (noun.lower === 'public') {
    const n = toks[k + 1];
    if (k !== i + 1 || (n && isContent(n) && !isAdverb(n) && !ctx.name[k + 1])) return undefined;
  }
  const { g, sawAux, beBefore } = groupStart(ctx, s, i);
  // "with authorities issuing a formal statement weeks later": a bare -ing form of a verb of
  // issuing describes a practice (not after a comma: ", issuing a statement that")
  if (
    FINITE_EXPRESSION.has(verb.lemma) &&
    !sawAux &&
    toks[i]!.lower.endsWith('ing') &&
    !isPunct(toks[i - 1], ',')
  )
    return undefined;
  // "concerns were raised": the passive hides who raised them
  // ("had not been made public": `made` is the one participle not in -ed)
  const passive =
    beBefore && sawAux && (toks[i]!.lower.endsWith('ed') || toks[i]!.lower === 'made');
  // ("because the figures had not been made public": the stated reason for anonymity)
  if (passive && inAnonymityReason(ctx, s, g)) return undefined;
  // ("The plans should be made public", "are due to be made public": a disclosure owed or
  // planned, none made; decision 40)
  if (
    passive &&
    verb.lemma === 'make' &&
    (MODALS.has(toks[g]!.lower) || toks[g - 1]?.lower === 'to')
  )
    return undefined;
  const subject = passive ? null : expressionSubject(ctx, s, g);
  // (evidence backs or contradicts an account as a witness does: "historical imagery
  // contradicted that account", "An internal email appears to support that account")
  if (!passive && !CORROBORATING.has(verb.lemma) && promptedByThing(ctx, s, g, i, subject))
    return undefined;
  // (words quoted on the noun are a speaker's: not 'the findings raised "serious questions',
  // whose quotation is the story's speaker's)
  if (quoted && (passive || !speakerSubject(ctx, subject))) return undefined;
  // "both armies trade blame", "the rivals traded insults": a verb of swapping words needs the
  // parties who swap them as its subject (not "over trade claims", "the exchange blame game")
  if (
    RECIPROCAL.has(verb.lemma) &&
    (passive || !sourceOf(subject) || isDet(toks[g - 1]) || isPrep(toks[g - 1]))
  )
    return undefined;
  // ("has been called into question by defence lawyers", "was made public by the council":
  // the agent of the passive)
  const source = passive ? byAgent(ctx, s, k + 1) : sourceOf(subject);
  const pronoun = pronounOf(subject);
  return {
    start: passive ? i : g,
    end: k + 1,
    cue: verb.lemma === 'make' ? 'neutral' : 'stance',
    source,
    pronoun,
    shares: false,
    passive: passive && !source,
  };
}

/**
 * The `clear` of "made clear that", "has made clear it wants", "made clear his opposition",
 * "made it clear to reporters that": making a view known; -1 when there is none. Not "made
 * clear plastic bags" (an adjective before its noun) nor "made the rules clear".
 */
function madeClear(ctx: Context, s: Sentence, i: number): number {
  const toks = ctx.tokens;
  const k = toks[i + 1]?.lower === 'it' ? i + 2 : i + 1;
  if (k >= s.last - 1 || toks[k]!.lower !== 'clear') return -1;
  const n = toks[k + 1]!;
  if (n.lower === 'that' || n.lower === 'to' || POSSESSIVES.has(n.lower)) return k;
  // "made clear it wants", "made clear he would stay": a clause with a pronoun subject
  return k === i + 1 && CLAUSE_PRONOUNS.has(n.lower) ? k : -1;
}

/** Subject pronouns that open a clause after "made clear": `it`, `he`, `they`. */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'i', 'it', 'she', 'they', 'we']);

/**
 * "officers had been made aware of the matter", "The board was made aware that": being told,
 * in the passive, with who told them hidden or in a by-phrase. The cue is `made aware`; the
 * subject is the hearer, no source. Not the active "made them aware", nor "made aware" with
 * nothing told ("were made aware.").
 */
function madeAware(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  const told = toks[i + 2]?.lower;
  if (told !== 'of' && told !== 'that') return undefined;
  const { sawAux, beBefore } = groupStart(ctx, s, i);
  if (!beBefore || !sawAux) return undefined;
  const source = told === 'of' ? byAgentAfterTopic(ctx, s, i + 3) : null;
  return {
    start: i,
    end: i + 2,
    cue: 'neutral',
    source,
    pronoun: -1,
    shares: false,
    passive: !source,
  };
}

/** The agent of `by` after the topic phrase at `k`: "made aware of the risk by an engineer". */
function byAgentAfterTopic(ctx: Context, s: Sentence, k: number): SourcePhrase | null {
  const np = phraseStartingAt(ctx, k, s.last);
  return np && ctx.tokens[np.end]?.lower === 'by' ? byAgent(ctx, s, np.end) : null;
}

/**
 * Whether a possessive stands right before the noun at `k`: one breaks one's own silence ("broke
 * her silence on"), not the silence of a room ("broke the silence with a goal").
 */
function possessiveBefore(ctx: Context, k: number): boolean {
  return POSSESSIVES.has(ctx.tokens[k - 1]?.lower ?? '');
}

const POSSESSIVES = ruleWords('possessiveDeterminers');

/**
 * The noun of a verb of expression that takes it after its object and `into` ("calls that into
 * question", "called the figures into question", "called into question the whole plan"), or -1:
 * the object is at most four words with no punctuation, quotation or verb.
 */
/**
 * The length of a partitive that opens at `k` ("many of", "some of the" counts two: the
 * quantifier and `of`), or 0: "raised many of these concerns".
 */
function partitiveAt(ctx: Context, k: number): number {
  const toks = ctx.tokens;
  return isQuant(toks[k]) && toks[k + 1]?.lower === 'of' && isDet(toks[k + 2]) ? 2 : 0;
}

function intoNoun(ctx: Context, s: Sentence, i: number, nouns: ReadonlySet<string>): number {
  const toks = ctx.tokens;
  for (let k = i + 1; k < s.last - 1 && k <= i + 5; k++) {
    const w = toks[k]!;
    if (w.lower === 'into') return nouns.has(toks[k + 1]!.lower) ? k + 1 : -1;
    if (isPunct(w) || isQuote(w) || isVerbLike(w)) return -1;
  }
  return -1;
}

/**
 * Whether the cue noun at `n` is what a thing raises, not what anyone voices: "the bloodshed
 * raised fears that ...", "The arrangement raised questions about ...": the object of an active
 * verb of expression (at most three words before it) whose subject is an event or a thing, or
 * of a verb of prompting ("sparked fears that").
 */
export function raisedByThing(ctx: Context, s: Sentence, n: number): boolean {
  const toks = ctx.tokens;
  const noun = toks[n]!.lower;
  for (let i = n - 1; i >= s.first && i >= n - 4; i--) {
    const verb = EXPRESSION_VERBS.get(toks[i]!.lower);
    // "the leak sparked fears that": what is sparked or stoked nobody voices
    if (!verb && PROMPTING.has(toks[i]!.lower)) return !ctx.name[i];
    if (verb) {
      if (!verb.nouns.has(noun) || ctx.name[i]) return false;
      const { g, sawAux, beBefore } = groupStart(ctx, s, i);
      if (beBefore && sawAux) return false;
      return promptedByThing(ctx, s, g, i, expressionSubject(ctx, s, g));
    }
    const w = toks[i]!;
    if (!(isDet(w) || isAdverb(w) || (isContent(w) && !ctx.name[i]))) return false;
  }
  return false;
}

/**
 * "Concerns about the papers were first raised in 2022 by an anonymous commenter": the passive of
 * a verb of expression whose subject is what it expresses; the agent after `by` is the source.
 */
function passiveExpression(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  const verb = EXPRESSION_VERBS.get(toks[i]!.lower);
  // ("The claim was made by the mayor": `made` reports only after one of its claim nouns)
  if (verb?.lemma === 'make') return madeClaim(ctx, s, i);
  if (!verb || !toks[i]!.lower.endsWith('ed')) return undefined;
  // "a concern raised by a teaching assistant": the reduced passive after what it expresses,
  // past a closing quotation mark ('"the legitimate concerns" raised by colleagues'); the span
  // holds the noun, which carries the worry (decision 106), as the full passive's below does
  const n = isQuote(toks[i - 1]) && toks[i - 1]!.start === toks[i - 2]?.end ? i - 2 : i - 1;
  const before = toks[n];
  if (n >= s.first && before && verb.nouns.has(before.lower) && toks[i + 1]?.lower === 'by') {
    // ("according to a complaint lodged by the alliance": the phrase is the cue, the complaint
    // its document)
    const np = phraseEndingAt(ctx, n, s.first);
    const lead = np ? np.start : n;
    if (toks[lead - 1]?.lower === 'to' && toks[lead - 2]?.lower === 'according') return undefined;
    const agent = byAgent(ctx, s, i + 1);
    if (agent)
      return {
        start: n,
        end: i + 1,
        cue: 'stance',
        source: agent,
        pronoun: -1,
        shares: false,
        passive: false,
      };
  }
  const { g, sawAux, beBefore } = groupStart(ctx, s, i);
  if (!beBefore || !sawAux) return undefined;
  const subject = findSubject(ctx, s, g);
  const said = sourceOf(subject);
  if (!said) return undefined;
  // ("no formal objection had been lodged", "No complaint was made": none was voiced, nothing
  // is credited to anyone)
  if (toks[said.np.start]!.lower === 'no') return undefined;
  // (the subject may be found as the object of its own preposition: "Concerns about the images")
  const head = toks[said.np.head]!.lower;
  const outer = isPrep(toks[said.np.start - 1]) ? toks[said.np.start - 2]?.lower : undefined;
  const inner = verb.nouns.has(head);
  if (!inner && !(outer && verb.nouns.has(outer))) return undefined;
  const source = byAgent(ctx, s, i + 1);
  // the cue is what was raised with its verb, "Concerns have also been raised", "Questions
  // about the data were first raised": the noun carries the worry (decision 106) and the verb
  // who voiced it, so the span holds both (the agentless passive stays the verb group's)
  const nounStart = inner
    ? said.np.start
    : (phraseEndingAt(ctx, said.np.start - 2, s.first)?.start ?? said.np.start - 2);
  return {
    start: nounStart < g ? nounStart : g,
    end: i + 1,
    cue: 'stance',
    source,
    pronoun: -1,
    shares: false,
    passive: !source,
  };
}

/**
 * Whether a thing ends right before the verb group at `g` ("the bloodshed raised fears", "an
 * assault that threatened to"), past a relative pronoun: what prompts, not who speaks.
 */
export function thingBefore(ctx: Context, s: Sentence, g: number): boolean {
  let j = g - 1;
  const rel = ctx.tokens[j]?.lower;
  if (rel === 'that' || rel === 'which') j--;
  if (j < s.first || ctx.name[j] || !isContent(ctx.tokens[j])) return false;
  const np = phraseEndingAt(ctx, j, s.first, false);
  return (
    np !== null &&
    THINGS.has(headClass(ctx, np.head)) &&
    !agentiveNoun(ctx.tokens[np.head]!.lower) &&
    !DOCUMENT_NOUNS.has(ctx.tokens[np.head]!.lower)
  );
}
