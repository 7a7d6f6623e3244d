/**
 * Unnamed actors: noun phrases for people, bodies or documents that act, speak or are relied on
 * while their identity is withheld (`a senior official`, `people familiar with the matter`,
 * `several individuals`, `internal documents`). Named, place-only and back-referring phrases are
 * told apart in `namedness`.
 */
import type { Context } from './context';
import {
  isAdverb,
  isAux,
  isContent,
  isOpenQuote,
  isPrep,
  isPunct,
  isVerbLike,
  isWord,
} from './context';
import { agentiveNoun, BE_FORMS, F, HEDGE_WORDS, REPORTING_VERBS, ruleWords } from './lexicon';
import type { HeadClass } from './phrase/head-class';
import { headClass } from './phrase/head-class';
import { namedness } from './phrase/namedness';
import type { NounPhrase } from './phrase/noun-phrase';
import { phraseEndingAt } from './phrase/phrase-ending';
import { postModifiers } from './phrase/phrase-starting';
import { isPlaceName } from './phrase/places';
import type { Sentence } from './sentences';
import { partitivePronoun } from './subject/partitive';

/** An unnamed-actor phrase as a token range, with the reason it was flagged. */
export interface Unnamed {
  start: number;
  end: number;
  why: string;
}

const ANON_ADJECTIVES = ruleWords('anonAdjectives');
const ANON_CLAUSE_WORDS = ruleWords('anonClauseWords');
/** Determiners that make a phrase specific (`his rival`) or non-referring (`any agency`). */
const NOT_WITHHOLDING = ruleWords('notWithholding');
/** Heads that take a `to` phrase: `a senior aide to the mayor`. */
const TO_HEADS = ruleWords('toHeads');
/** Words that start a quantified phrase: `at least one`, `more than two`, `nearly 40`. */
const QUANTITY_STARTS = ruleWords('quantityStarts');
/** Quantifiers that stand for people when they speak: `Some say`, `Many believe`. */
const QUANTIFIER_PEOPLE = ruleWords('quantifierPeople');
/** Role nouns that also name things or abstractions: actors only as subjects or agents. */
const AMBIGUOUS_ROLES = ruleWords('ambiguousRoles');
/** Plain descriptions that count as unnamed actors when they act: `the four men ran`. */
const AGENT_PEOPLE = ruleWords('agentPeople');
const SUBJECT_PRONOUNS = ruleWords('personalSubjectPronouns');
const INDEFINITE = ruleWords('indefinite');
const POSSESSIVE_DETERMINERS = ruleWords('possessiveDeterminers');
/** Modifiers that turn a role noun into a title: `chief executive`, `general manager`. */
const TITLE_MODIFIERS = ruleWords('titleModifiers');
/** Linking verbs: the word right after them is a predicate adjective (`looks official`). */
const LINKING_VERBS = ruleWords('linkingAndFeelVerbs');
/** Words before `suspect` that make it an adjective: `a bit suspect`. */
const DEGREE_WORDS = ruleWords('degreeWords');
const MODIFIER_WORDS = ruleWords('modifierWords');
/** Second halves of compounds whose first half is an actor noun: `police station`. */
const COMPOUND_TAILS = ruleWords('compoundTails');

/**
 * Finds unnamed actors in sentence `s`. `sourceHeads` holds the head tokens of phrases that are
 * credited as a source by some cue, or are themselves a cue (`unconfirmed reports that`): plain
 * descriptions (`a resident`) and documents count only then.
 */
export function findUnnamed(
  ctx: Context,
  s: Sentence,
  sourceHeads: ReadonlySet<number>,
): Unnamed[] {
  const toks = ctx.tokens;
  const out: Unnamed[] = [];
  let covered = s.first;
  // the rules for partitives, quantifiers and agent-shaped nouns apply to credited phrases only
  const anySource = sourceHeads.size > 0;
  let agentiveHeads: Set<number> | null = null;
  for (const h of sourceHeads) {
    const t = toks[h];
    if (t && t.kind === 'word' && (t.f & F.ACTOR) === 0 && agentiveNoun(t.lower))
      (agentiveHeads ??= new Set()).add(h);
  }
  for (let h = s.first; h < s.last; h++) {
    if (h < covered) continue;
    const t = toks[h]!;
    // "One of them told the court": a part of a group that acts or speaks
    if (anySource && ((t.f & F.QUANT) !== 0 || t.kind === 'num')) {
      const part = partitivePronoun(ctx, h + 2, s.first);
      if (part && part.head === h) {
        const who = ctx.text.slice(t.start, toks[part.end - 1]!.end);
        if (sourceHeads.has(h)) {
          out.push({
            start: part.start,
            end: part.end,
            why: `unnamed actor: "${who}" is not identified`,
          });
          covered = part.end;
        }
        continue;
      }
      // "Some in the party say", "Many believe": a quantifier standing for people, credited
      const modal = toks[h + 1]?.lower;
      if (
        sourceHeads.has(h) &&
        t.kind === 'word' &&
        QUANTIFIER_PEOPLE.has(t.lower) &&
        // "Few would argue": a generic, not a source
        !(modal === 'would' || modal === 'could' || modal === 'might')
      ) {
        const end = postModifiers(ctx, h + 1, s.last);
        const who = ctx.text.slice(t.start, toks[end - 1]!.end);
        out.push({ start: h, end, why: `unnamed source: "${who}" is not identified` });
        covered = end;
        continue;
      }
    }
    // an unknown noun credited by a cue that looks like a person noun: "a bookseller said"
    const agentive = agentiveHeads !== null && agentiveHeads.has(h);
    if (((t.f & F.ACTOR) === 0 && !agentive) || ctx.name[h]) continue;
    const cls = agentive ? 'occupation' : headClass(ctx, h);
    // victims and other non-agents count only when they are credited with a claim
    if (cls === 'other' || cls === 'name' || (cls === 'nonAgent' && !sourceHeads.has(h))) continue;
    // not the head if a noun or a possessive follows: "police station", "the company's units"
    const next = toks[h + 1];
    if (
      next &&
      h + 1 < s.last &&
      (next.kind === 'pos' || nounFollows(ctx, h + 1, isPlural(t.lower)))
    )
      continue;
    // a title right before a name is part of the name: "Analyst Mei Sato", "economist Jo Park"
    if (
      next &&
      ctx.name[h + 1] &&
      !isPlaceName(ctx, h + 1) &&
      (t.cap || !isPlural(t.lower)) &&
      cls !== 'organisation'
    )
      continue;
    // a verb after "to", a modal or a subject pronoun: "threatens to spy on", "It monitors"
    const before = toks[h - 1];
    if (
      before &&
      (((before.lower === 'to' || isAux(before)) && !isPlural(t.lower)) ||
        SUBJECT_PRONOUNS.has(before.lower))
    )
      continue;
    // `selling "official" boards`: a quoted word before a noun is an adjective
    const after = toks[h + 2];
    if (
      next &&
      next.kind === 'quote' &&
      !isOpenQuote(next) &&
      isContent(after) &&
      (after!.f & F.REPORT) === 0 &&
      !isVerbLike(after)
    )
      continue;
    // "the letter looks official": a word after a linking verb is a predicate adjective
    if (before && LINKING_VERBS.has(before.lower) && !sourceHeads.has(h)) continue;
    const core = phraseEndingAt(ctx, h, s.first, false);
    if (!core) continue;
    // "the weird “Headmaster,” a game": a capitalised quoted title names a work, not an actor
    // (scare quotes on a lowercase "experts" still mark an actor)
    if (
      toks[core.start]!.cap &&
      core.start - 1 > s.first &&
      isOpenQuote(toks[core.start - 1]) &&
      quoteClosesAfter(ctx, h + 1)
    )
      continue;
    const end = postModifiers(ctx, h + 1, s.last, false, 0, TO_HEADS.has(t.lower));
    const np: NounPhrase = { start: core.start, end, head: h, coreEnd: h + 1 };
    const why = reason(ctx, s, np, cls, sourceHeads.has(h));
    if (!why) continue;
    out.push({ start: np.start, end: np.end, why });
    covered = np.end;
  }
  return out;
}

/** Whether a closing quote follows token `k - 1`, directly or after a comma or full stop. */
function quoteClosesAfter(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.kind === 'quote') return !isOpenQuote(t);
  const n = ctx.tokens[k + 1];
  return isPunct(t) && !!n && n.kind === 'quote' && !isOpenQuote(n);
}

/** Whether token `k` continues a noun compound (so the word before it is not the head). */
function nounFollows(ctx: Context, k: number, headPlural: boolean): boolean {
  const t = ctx.tokens[k]!;
  if (!isContent(t) || isAdverb(t) || MODIFIER_WORDS.has(t.lower)) return false;
  if (COMPOUND_TAILS.has(t.lower)) return true;
  if (isVerbLike(t) || (t.f & (F.REPORT | F.IRREGULAR | F.HEDGE)) !== 0) return false;
  if (ctx.name[k]) return false;
  const cls = headClass(ctx, k);
  if (cls !== 'other' && cls !== 'name') return true;
  if (headPlural) return false;
  // after a singular head, an unknown word that is not a verb form is a compound: "a rebel
  // enclave", "rebel leaders"
  return !/(?:ed|ing)$/.test(t.lower);
}

function isPlural(lower: string): boolean {
  return (
    /[^s]s$|ies$|ses$/.test(lower) || lower === 'men' || lower === 'people' || lower === 'police'
  );
}

/** Where the phrase sits: subject of a verb (active or passive), agent after `by`, or elsewhere. */
function position(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
): 'subject' | 'passiveSubject' | 'copula' | 'agent' | 'other' {
  const toks = ctx.tokens;
  let k = np.end;
  if (isPunct(toks[k], ',')) {
    // skip an aside: ", who ... ," or ", a spokeswoman,"
    let q = k + 1;
    while (q < s.last && !isPunct(toks[q], ',') && !isPunct(toks[q], '.')) q++;
    if (isPunct(toks[q], ',')) k = q + 1;
  }
  while (k < s.last && (isAdverb(toks[k]) || HEDGE_WORDS.has(toks[k]!.lower))) k++;
  const v = toks[k];
  if (v && k < s.last && isWord(v)) {
    if (isAux(v)) {
      // "other airlines had been infiltrated": the subject of a passive is acted upon
      let q = k;
      let last = v;
      while (q < s.last && (isAux(toks[q]) || isAdverb(toks[q]))) {
        if (isAux(toks[q])) last = toks[q]!;
        q++;
      }
      const part = toks[q];
      if (
        last &&
        BE_FORMS.has(last.lower) &&
        part &&
        (/[a-z]ed$|en$/.test(part.lower) || (part.f & F.IRREGULAR) !== 0)
      )
        return 'passiveSubject';
      // "A combined company would employ": a hypothetical body does not act
      if (v.lower === 'would' || v.lower === 'could' || v.lower === 'might') return 'other';
      // "a man was missing": a description, not an act
      if (last && BE_FORMS.has(last.lower) && !(part && (part.f & F.IRREGULAR) !== 0))
        return 'copula';
      return 'subject';
    }
    if (isVerbLike(v) || REPORTING_VERBS.has(v.lower)) return 'subject';
    // short and irregular past forms: "sued", "fled", "took"
    if (
      !ctx.name[k] &&
      ((v.f & F.IRREGULAR) !== 0 || /[a-z]ed$/.test(v.lower)) &&
      headClass(ctx, k) === 'other' &&
      // "a man set to die", "a firm based in": reduced relatives
      !(toks[k + 1] && (toks[k + 1]!.lower === 'to' || isPrep(toks[k + 1])))
    )
      return 'subject';
    if (/[a-z]s$/.test(v.lower) && !ctx.name[k] && headClass(ctx, k) === 'other') return 'subject';
    // after a plural head an unknown content word is the verb ("the men face", "allegedly ran"):
    // a compound would have made that word the head
    if (
      AGENT_PEOPLE.has(toks[np.head]!.lower) &&
      isPlural(toks[np.head]!.lower) &&
      isContent(v) &&
      !ctx.name[k] &&
      headClass(ctx, k) === 'other'
    )
      return 'subject';
  }
  const b = toks[np.start - 1]?.lower;
  if (b === 'by') return 'agent';
  // "from a law firm acting for a large phone maker": a specific but unnamed body
  const first = toks[np.start]!.lower;
  if ((b === 'from' || b === 'for') && (first === 'a' || first === 'an')) return 'agent';
  return 'other';
}

/** Whether a name stands in apposition next to the phrase: `Alma Reyes, a retired carrier`. */
function nameApposition(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // after: ", Name," / ", Name and Name,"
  if (isPunct(toks[np.end], ',')) {
    let q = np.end + 1;
    let names = 0;
    while (
      q < s.last &&
      (ctx.name[q] ||
        toks[q]!.lower === 'and' ||
        toks[q]!.kind === 'num' ||
        toks[q]!.lower === '.' ||
        toks[q]!.kind === 'pos')
    ) {
      if (ctx.name[q] && !isPlaceName(ctx, q)) names++;
      q++;
    }
    // "a reporter, Jim Cole of the Tribune,": a name with its affiliation
    if (names > 0 && (toks[q]?.lower === 'of' || toks[q]?.lower === 'at')) {
      q++;
      while (q < s.last && !isPunct(toks[q])) q++;
    }
    if (names > 0 && (q >= s.last || isPunct(toks[q]))) return true;
  }
  // before: "Name, a spokeswoman." / "Name, 58, a retired carrier who": an enclosed phrase; the
  // phrase may have left out modifiers it could not take in ("a night nurse", "a former aide")
  let start = np.start;
  for (let back = 0; back < 3 && start - 1 > s.first; back++) {
    const w = toks[start - 1]!;
    if (isPunct(w) || ctx.name[start - 1] || isVerbLike(w)) break;
    start--;
    const d = w.lower;
    if (d === 'a' || d === 'an' || d === 'the') break;
  }
  const first = toks[start]!.lower;
  const after = toks[np.end];
  const enclosed = !after || np.end >= s.last || isPunct(after) || after.lower === 'who';
  if (!enclosed || !(first === 'a' || first === 'an' || first === 'the')) return false;
  let k = start - 1;
  if (isPunct(toks[k], ',')) {
    k--;
    if (toks[k]?.kind === 'num' && isPunct(toks[k - 1], ',')) k -= 2;
    if (k >= s.first && ctx.name[k] && !isPlaceName(ctx, k)) return true;
  }
  return false;
}

/** An apposition to another actor: "One striker, a crane operator who ...". */
function actorApposition(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!isPunct(toks[np.start - 1], ',') || np.start - 2 < s.first) return false;
  const cls = headClass(ctx, np.start - 2);
  return cls === 'role' || cls === 'occupation' || cls === 'person';
}

/** Why `np` is an unnamed actor, or null when it is not one. */
function reason(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  cls: HeadClass,
  isSource: boolean,
): string | null {
  const toks = ctx.tokens;
  if (namedness(ctx, np) || nameApposition(ctx, s, np)) return null;
  const first = toks[np.start]!.lower;
  const before = toks[np.start - 1];
  if (NOT_WITHHOLDING.has(first) && !(isSource && POSSESSIVE_DETERMINERS.has(first))) return null;
  if (before && before.lower === 'as') return null; // predicate: "described them as operatives"
  let b = np.start - 1;
  while (b >= s.first && isAdverb(toks[b])) b--;
  if (b >= s.first && BE_FORMS.has(toks[b]!.lower)) return null; // predicate: "it was a close ally"
  if (before && DEGREE_WORDS.has(before.lower)) return null; // "a bit suspect"
  if (!isSource && actorApposition(ctx, s, np)) return null;
  // a member of a named group: "a network of marine researchers"
  if (!isSource && before?.lower === 'of' && np.start === core(np)) return null;
  for (let k = np.start; k < np.head; k++) {
    const w = toks[k]!.lower;
    if (TITLE_MODIFIERS.has(w) || DEGREE_WORDS.has(w)) return null;
  }
  // "chief operating officer": a title whose modifiers the phrase did not take in
  if (before && (TITLE_MODIFIERS.has(before.lower) || before.lower === 'operating')) return null;
  // named through a following phrase: "outlets including the Morning Ledger", "The researchers,
  // led by ornithologist Priya Kethireddy"
  if (namedAfter(ctx, s, np.end)) return null;
  const text = ctx.text.slice(toks[np.start]!.start, toks[np.end - 1]!.end);
  const anonMod = np.end > np.coreEnd && hasAnonModifier(ctx, np);
  let anonAdj = false;
  for (let k = np.start; k < np.head; k++) if (ANON_ADJECTIVES.has(toks[k]!.lower)) anonAdj = true;
  if (anonMod || anonAdj || anonymityClause(ctx, s, np.end))
    return `anonymous source: "${text}" (identity withheld)`;
  const plural = /[^s]s$|ies$|ses$/.test(toks[np.head]!.lower) || toks[np.head]!.lower === 'men';
  const bareSingular = np.start === np.head && !plural;
  switch (cls) {
    case 'role': {
      if (isSource) return `unnamed source: "${text}" is not identified by name`;
      const pos = position(ctx, s, np);
      // "air monitors", "the mechanics of the deal": nouns that also name things act only as subjects
      if (AMBIGUOUS_ROLES.has(toks[np.head]!.lower) && pos !== 'subject' && pos !== 'agent')
        return null;
      if (toks[np.head]!.lower === 'police' && pos !== 'subject') return null;
      // "two firefighters were treated": the subject of a passive of harm or care is a victim
      if (pos === 'passiveSubject' && harmedSubject(ctx, s, np)) return null;
      // "hired about 600 temporary nurses", "needs more nurses": a counted object is a quantity
      if (pos === 'other' && (toks[np.start]!.kind === 'num' || QUANTITY_STARTS.has(first)))
        return null;
      return `unnamed actor: "${text}" is not identified by name`;
    }
    case 'nonAgent':
      // "one of the jurors told", "two patients said"; not "the victim", a person already known
      return isSource && first !== 'the'
        ? `unnamed source: "${text}" is not identified by name`
        : null;
    case 'occupation': {
      // "a plumber found", "teachers said": only an occupation that acts or speaks
      if (isSource) return `unnamed source: "${text}" is not identified by name`;
      // "Builders gained 3 percent": a stock sector moving, not people acting
      if (plural && marketMove(ctx, s, np.end)) return null;
      // "the village's fishermen": specific by their owner; but "the email's author" is unknown
      for (let k = np.start; k < np.head; k++)
        if (toks[k]!.kind === 'pos' && headClass(ctx, k - 1) !== 'document') return null;
      const pos = position(ctx, s, np);
      return pos === 'subject' || pos === 'agent'
        ? `unnamed actor: "${text}" is not identified by name`
        : null;
    }
    case 'organisation': {
      // "circulating on social media", "posted via a network": a medium, not an actor
      if (before && (before.lower === 'on' || before.lower === 'via')) return null;
      if (isSource && !bareSingular && first !== 'the')
        return `unnamed source: "${text}" is not identified by name`;
      // "Trucking firm kept ...": a singular without a determiner is headline shorthand for a
      // body the story names
      const det = toks[np.start]!;
      let owned = false;
      for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') owned = true;
      if (!plural && !owned && (det.f & (F.DET | F.QUANT)) === 0 && !QUANTITY_STARTS.has(first))
        return null;
      if (
        bareSingular ||
        first === 'the' ||
        first === 'that' ||
        first === 'those' ||
        first === 'other'
      )
        return null;
      const pos = position(ctx, s, np);
      if (pos !== 'subject' && pos !== 'agent') return null;
      if (marketMove(ctx, s, np.end)) return null;
      return `unnamed organisation: "${text}" is not identified`;
    }
    case 'title': {
      // "a senior minister", "one manager": a title without its holder
      if (!INDEFINITE.has(first)) return null;
      const pos = position(ctx, s, np);
      return pos === 'subject' || pos === 'agent'
        ? `unnamed actor: "${text}" is not identified by name`
        : null;
    }
    case 'person': {
      if (isSource) return `unnamed source: "${text}" is not identified by name`;
      // "the four men allegedly ran a scam": counted or definite people who act
      if (!AGENT_PEOPLE.has(toks[np.head]!.lower) || np.start === np.head) return null;
      return position(ctx, s, np) === 'subject'
        ? `unnamed actor: "${text}" is not identified by name`
        : null;
    }
    case 'document':
      // "his testimony": the owner is known
      if (POSSESSIVE_DETERMINERS.has(first)) return null;
      // "a video shows": a recording is evidence of what happened, not a source who is withheld
      if (RECORDINGS.has(toks[np.head]!.lower)) return null;
      return isSource ? `unnamed document: "${text}" is relied on but not identified` : null;
    default:
      return null;
  }
}

/** Participles of harm or care: their passive subject is a victim, not an actor. */
const HARM_PARTICIPLES = ruleWords('harmParticiples');

/** Whether `np` is the subject of a passive of harm or care: "two firefighters were treated". */
function harmedSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  return k < s.last && HARM_PARTICIPLES.has(toks[k]!.lower);
}

/** Recordings and pictures: evidence, not sources whose identity is withheld. */
const RECORDINGS = ruleWords('recordings');

/** Verbs of price movement: their subject is a market sector (`lenders slipped 2%`). */
const MARKET_MOVES = ruleWords('marketMoves');

/** Whether a verb of price movement follows at `k` (after adverbs). */
function marketMove(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  return k < s.last && MARKET_MOVES.has(toks[k]!.lower);
}

function namedAfter(ctx: Context, s: Sentence, end: number): boolean {
  const toks = ctx.tokens;
  let k = end;
  if (isPunct(toks[k], ',')) k++;
  const w = toks[k]?.lower;
  if (!(w === 'including' || w === 'led' || w === 'headed' || w === 'such')) return false;
  for (let q = k + 1; q < s.last && q <= k + 6; q++) {
    if (ctx.name[q] && !isPlaceName(ctx, q)) return true;
    if (isPunct(toks[q])) return false;
  }
  return false;
}

function core(np: NounPhrase): number {
  return np.start;
}

function hasAnonModifier(ctx: Context, np: NounPhrase): boolean {
  const w = ctx.tokens[np.coreEnd]!.lower;
  const n = ctx.tokens[np.coreEnd + 1]?.lower;
  return (
    (MODIFIER_WORDS.has(w) && w !== 'present' && w !== 'there') ||
    (w === 'with' && (n === 'knowledge' || n === 'connections' || n === 'ties'))
  );
}

/** `, who spoke on condition of anonymity`, `who was not authorized to speak`. */
function anonymityClause(ctx: Context, s: Sentence, end: number): boolean {
  const toks = ctx.tokens;
  let k = end;
  if (isPunct(toks[k], ',')) k++;
  // "The people asked not to be identified", "officials, speaking on condition of anonymity,"
  const w = toks[k]?.lower;
  const direct =
    w === 'asked' || w === 'requested' || w === 'declined' || w === 'spoke' || w === 'speaking';
  if (w !== 'who' && !direct) return false;
  for (let q = k + 1; q < s.last && q <= k + (direct ? 5 : 10); q++) {
    if (ANON_CLAUSE_WORDS.has(toks[q]!.lower)) return true;
    if (isPunct(toks[q]) && toks[q]!.lower !== '-') return false;
  }
  return false;
}
