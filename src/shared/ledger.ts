/**
 * The sourcing ledger of one article, as the content script reports it to the
 * popup: every source the article relies on, grouped, each with the claims it
 * backs. Highlights are invisible to screen readers, so the popup's ledger is
 * also the accessible view of the attributions on the page.
 */
import type { AnonymityCheck, SourceSpan, SourceType } from '../engine/types';
import { refusals } from '../engine/lexicon/cue-phrases.json';
import { entityHead, GATHERING, namesABody } from './body-source';
import { ruleWords } from '../engine/lexicon';
import { LIMITS } from './limits';

/**
 * How a source is identified: by name; partly (a person of a named body, "a
 * Pentagon official"); not at all; a document; or no source in the sentence.
 */
export type LedgerGroup = 'named' | 'partial' | 'unnamed' | 'documents' | 'unsourced';

export const LEDGER_GROUPS: readonly LedgerGroup[] = [
  'named',
  'partial',
  'unnamed',
  'documents',
  'unsourced',
];

/**
 * What newsroom standards ask a story to say about an anonymous source or a
 * document, as the engine reports it. A field that is null means the engine
 * looked and the story does not say; an absent field means nobody looked.
 */
export interface SourceStandards {
  /** Why anonymity was granted ("not authorised to discuss the tender"). */
  reason?: string | null;
  /** How the source knows ("familiar with the matter", "who attended"). */
  basis?: string | null;
  /** How specifically the source is described ("a source" alone, a role, a role and a body). */
  specificity?: string | null;
  /** For a document: how it was obtained ("seen by the Courier"). */
  obtained?: string | null;
}

/** One claim a source backs. */
export interface LedgerClaim {
  /** The cue's words ("said", "according to"). */
  cue: string;
  /** The sentence around the claim, shortened. */
  snippet: string;
}

/** One source: a person, body or document (one entry however often it is mentioned). */
export interface LedgerEntry {
  /** Stable within one analysis; names the entry in `content.reveal`. */
  id: string;
  /**
   * How the article names the source: its entity's name, or its words as first mentioned, unless
   * a later mention says more (`informativeName`: a proper name over a description).
   */
  name: string;
  group: LedgerGroup;
  /** Other ways the article refers to the same source ("Mr. Reeves", "the company"). */
  mentions: string[];
  claims: LedgerClaim[];
  /** The claims the source backs, when there are more than `claims` carries (see `fitLedger`). */
  claimCount?: number;
  standards?: SourceStandards;
  /**
   * How some of its claims reached the article, in the story's words, when it did not hear them
   * itself: whom the source told (`told Reuters`), the outlet that reported them (`according to
   * the Kessel Times`). Absent when none.
   */
  via?: string[];
  /**
   * For a person or people partly named by the body they speak for (`A Whole Foods spokeswoman`,
   * `Obama administration officials`), when the ledger lists that body as a source of its own:
   * the id of its entry (`bodyOf`). The popup lists them under it, one source with its people.
   */
  body?: string;
  /**
   * For a person or office partly named by whom a possessive says they speak for (`his
   * spokesman`, `her office`) when the ledger does not list them under their owner's entry
   * (`body` is absent: the owner backs no claim here, or is no body `bodiesOf` groups under):
   * the owner's name (`Morgan Vale`), so that a reader knows whose. Absent otherwise.
   */
  speaksFor?: string;
}

/** The ledger of one article. */
export interface PageLedger {
  /** Sources in order of first appearance; the `unsourced` entry, if any, is last. */
  entries: LedgerEntry[];
  /** Attributions shown on the page (cues: one claim may have several, in one sentence). */
  attributions: number;
  /**
   * Claims per group, as the entries count them (a source's cues in one sentence are one claim):
   * the share with a named source is `claims.named` of all the groups' claims.
   */
  claims: Record<LedgerGroup, number>;
  /**
   * Of `claims.documents`, those credited to a document the story identifies (a report released
   * by a named body): they name their source too. Absent when none.
   */
  namedDocuments?: number;
  /**
   * The reporter's questions before an answer ("Asked about the delay, ..."): attributions on the
   * page that are no claim, left out of `attributions`. Absent when none.
   */
  questions?: number;
  /** Sources left out of `entries` to fit a message (the ones backing fewest claims). */
  omitted?: { sources: number; claims: number };
}

/**
 * The ledger cut to what one message may carry (`LIMITS.ledgerEntries` sources,
 * `LIMITS.ledgerClaims` claims each, as `validatePageLedger` checks, and
 * `LIMITS.ledgerMessageClaims` claims in all): a very long article (a million words has
 * thousands of sources) keeps the sources that back most claims, in their order, and says
 * how many it left out; an entry keeps its first claims (as many as every entry can keep
 * within the total, at least one) and its true count.
 */
export function fitLedger(
  ledger: PageLedger,
  maxEntries: number = LIMITS.ledgerEntries,
  maxClaims: number = LIMITS.ledgerClaims,
  maxTotal: number = LIMITS.ledgerMessageClaims,
): PageLedger {
  let entries = ledger.entries;
  let omitted: PageLedger['omitted'];
  if (entries.length > maxEntries) {
    // The most claims first; among equals, the first mentioned.
    const ranked = entries
      .map((entry, i) => ({ entry, i }))
      .sort((a, b) => b.entry.claims.length - a.entry.claims.length || a.i - b.i);
    const left = ranked.slice(maxEntries);
    entries = ranked
      .slice(0, maxEntries)
      .sort((a, b) => a.i - b.i)
      .map(({ entry }) => entry);
    omitted = {
      sources: left.length,
      claims: left.reduce((n, { entry }) => n + entry.claims.length, 0),
    };
  }
  const cap = claimsEach(
    entries.map((e) => e.claims.length),
    maxClaims,
    maxTotal,
  );
  const fit = (e: LedgerEntry): LedgerEntry =>
    e.claims.length <= cap
      ? e
      : { ...e, claims: e.claims.slice(0, cap), claimCount: e.claims.length };
  if (omitted === undefined && entries.every((e) => e.claims.length <= cap)) return ledger;
  return { ...ledger, entries: entries.map(fit), ...(omitted ? { omitted } : {}) };
}

/**
 * The most claims every entry may keep so that they come to at most `total` (at least one
 * each, at most `each`): entries with fewer keep all theirs, the rest share what is left.
 */
function claimsEach(lengths: readonly number[], each: number, total: number): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  let left = total;
  for (let i = 0; i < sorted.length; i++) {
    const share = Math.floor(left / (sorted.length - i));
    const len = sorted[i] as number;
    if (len > share) return Math.max(1, Math.min(each, share));
    left -= len;
  }
  return each;
}

/** Which claim of an entry the page now shows, after `tab.reveal`. */
export interface RevealResult {
  /** Index of the claim shown. */
  claim: number;
  /** Claims the entry has. */
  claims: number;
}

/**
 * Whether an attribution's cue is a source's refusal (`declined to comment`, `did not respond
 * to`, `would not say`: the engine's refusal phrases): a cue, but no claim. The ledgers ask
 * newsroom standards (why anonymous, how they know) only of sources of claims, so not of a
 * spokeswoman who only declined to comment.
 */
export function refusalCue(words: string): boolean {
  const w = words.replace(/\s+/g, ' ').trim().toLowerCase();
  return refusals.some((r) => w === r || w.endsWith(` ${r}`));
}

/** Personal pronouns and a bare "one": words that say nothing of who a source is. */
const BARE_PRONOUN = /^(?:i|me|we|us|you|he|him|she|her|they|them|it|one)$/i;

/** Possessive and reflexive pronouns, as a source's whole words (`its` of "its statement"). */
const OWN_PRONOUN = /^(?:my|our|your|his|her|its|their|himself|herself|itself|themselves)$/i;

/**
 * Whether a mention's words are worth listing beside its source's name: not a pronoun ("He",
 * "It", "they", "its", "I", "we"): the source's name already says who it is, and a pronoun
 * tells a reader nothing more of it.
 */
export function listedMention(words: string): boolean {
  const w = words.trim();
  return !BARE_PRONOUN.test(w) && !OWN_PRONOUN.test(w);
}

/**
 * Whether a source is a bare pronoun the story ties to no one ("they thought", a generic "you
 * will say", "reads one" of some posters): nobody a reader could weigh, so the ledgers list its
 * claims with those that give no source, not as an unnamed source that newsroom standards would
 * ask about. A pronoun linked to its referent ("she" of Ana Okafor, "I" of the writer) is that
 * referent's; `entityName` is the name of the source's entity, when it has one.
 */
export function untiedPronoun(words: string, entityName?: string): boolean {
  return (
    BARE_PRONOUN.test(words.trim()) &&
    (entityName === undefined || BARE_PRONOUN.test(entityName.trim()))
  );
}

/**
 * The sources an attribution credits, for the popup's and the CLI's ledgers alike: its source;
 * or, for a joint source (`Lind and Moorcroft said`), each of the people or bodies it joins, as a
 * span of the same words linked to that member's entity (with the member's `named` and `type`),
 * so that the claim is listed under each, not under a third, joint source.
 */
export function creditedSources(source: SourceSpan): SourceSpan[] {
  const members = source.entity?.members;
  if (!members || members.length < 2) return [source];
  // (what the story says of the pair's anonymity, "two officials and a diplomat, who spoke on
  // condition of anonymity", is said of each of them not named)
  const anonymity = source.entity?.anonymity;
  return members.map((m) => ({
    ...source,
    named: m.named,
    type: m.type,
    entity: {
      id: m.id,
      name: m.name,
      named: m.named,
      type: m.type,
      ...(anonymity && m.named !== true ? { anonymity } : {}),
    },
  }));
}

/**
 * Heads of noun phrases that denote a document rather than a person or body, for the ledgers of
 * the page and the CLI when the engine gives a source no `type` (a finding from an older build or
 * an import). Not `paper`: "the paper reported" is a newspaper.
 */
export const DOCUMENT_WORDS =
  /\b(?:reports?|statements?|documents?|memos?|memorandums?|memoranda|stud(?:y|ies)|filings?|affidavits?|press releases?|indictments?|complaints?|lawsuits?|court papers|records?|letters?|e-?mails?|surveys?|transcripts?|audits?|assessments?|minutes|data)\b/i;

/**
 * How specifically an anonymous source is described, in the words of the popup's ledger, the
 * card and the CLI's ledger alike.
 */
export const SPECIFICITY: Record<AnonymityCheck['specificity'], string> = {
  bare: 'only as a source: no role, no organisation',
  role: 'by a role only, no organisation named',
  'role-and-body': 'by a role and their organisation',
};

/** How specifically an unnamed document is described ("a memo", "an internal agency memo"). */
export const DOCUMENT_SPECIFICITY: Record<AnonymityCheck['specificity'], string> = {
  bare: 'only as a document',
  role: 'by its kind, not whose it is',
  'role-and-body': 'by its kind and whose it is',
};

/** Words that open a description and say nothing of who it is: articles, counts, possessives. */
const OPENER =
  /^(?:the|a|an|one|some|several|many|most|two|three|four|five|both|another|other|his|her|their|its|our|my|your|this|that|these|those)$/i;

/** Small words a proper name keeps lowercase: `Center on Poverty and Inequality`, `de Miranda`. */
const JOINER = /^(?:of|for|on|and|the|&|de|da|del|der|van|von|la|le|al|bin)$/i;

/** Whether a word starts with a capital letter (or a digit: `1010data`). */
const capital = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);

/** The capitalised words of a mention, an opening article or possessive aside (`the Norvish space agency`: 1). */
function capitals(words: string[]): number {
  let n = 0;
  words.forEach((w, i) => {
    if (capital(w) && !(i === 0 && OPENER.test(w))) n++;
  });
  return n;
}

/** Whether a mention is a proper name: every word capitalised but the small joining ones. */
function properName(words: string[]): boolean {
  if (words.length === 0 || !capital(words[0]!) || OPENER.test(words[0]!)) return false;
  return words.every((w) => capital(w) || JOINER.test(w));
}

/**
 * The most informative of a source's name and its other mentions, to name its ledger entry: the
 * name when it is a proper name (`Jon Sopel`, not `the BBC's North America editor Jon Sopel`);
 * else the first mention that is one (`Astravel` over `the Norvish space agency`), or failing
 * that the first with more capitalised words than the name (`Con Edison officials` over `the
 * officials`); the name itself when no mention says more. A pronoun is never chosen.
 */
export function informativeName(name: string, mentions: readonly string[]): string {
  const split = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');
  const own = split(name);
  if (properName(own)) return name;
  const candidates = mentions.filter((m) => !BARE_PRONOUN.test(m.trim()));
  const proper = candidates.find((m) => properName(split(m)));
  if (proper !== undefined) return proper;
  let best = name;
  let most = capitals(own);
  for (const m of candidates) {
    const n = capitals(split(m));
    if (n > most) [best, most] = [m, n];
  }
  return best;
}

/**
 * A source's name and mentions with its most informative mention (`informativeName`) as the name
 * and its first name then among the mentions: `Astravel` with `the Norvish space agency` after.
 */
export function namedByBestMention(
  name: string,
  mentions: readonly string[],
): { name: string; mentions: string[] } {
  const best = informativeName(name, mentions);
  if (best === name) return { name, mentions: [...mentions] };
  return { name: best, mentions: [name, ...mentions.filter((m) => m !== best)] };
}

/**
 * A source of the ledger as `bodyOf` weighs it: its id, group, entity type, the head noun the
 * engine parsed its description by (`SourceEntity.head`), and words for it.
 */
export interface BodyCandidate {
  id: string;
  group: LedgerGroup;
  type?: SourceType;
  head?: string;
  name: string;
  mentions: readonly string[];
  /**
   * The id of the candidate a possessive says this one speaks for (`his spokesman`: the engine's
   * `SourceEntity.owner`), when it has one.
   */
  owner?: string;
}

/** A mention's words as `bodyOf` compares them: no opening `the`, no possessive `'s`, no commas. */
function bodyWords(words: string): string[] {
  const list = words
    .split(/\s+/)
    .map((w) => w.replace(/[’']s$|[’',;:()“”"]+$|^[(“”"]+/g, ''))
    .filter((w) => w !== '');
  return list[0]?.toLowerCase() === 'the' ? list.slice(1) : list;
}

/** Words for a body's kind that a name may end with or leave out: `Department`, `Agency`. */
const BODY_KINDS = ruleWords('kindAfterName');

/**
 * The name of the body that partly named people of `head` (`officials`) are described by, as a
 * key that a longer or shorter form of the same name shares: `Environmental Protection officials`
 * and `Environmental Protection Department officials` both `environmental protection` (the
 * body's kind word left out). Only a proper name of two words or more once the kind word is
 * gone: `State officials` are not `State Department officials`. Undefined for none.
 */
export function bodyNameKey(name: string, head: string): string | undefined {
  let words = bodyWords(name);
  while (words[0] !== undefined && OPENER.test(words[0])) words = words.slice(1);
  if (words.length < 2 || words[words.length - 1]!.toLowerCase() !== head) return undefined;
  let body = words.slice(0, -1);
  while (body.length > 0 && BODY_KINDS.has(body[body.length - 1]!.toLowerCase()))
    body = body.slice(0, -1);
  if (body.length < 2 || !properName(body)) return undefined;
  return body.join(' ').toLowerCase();
}

/** Words that put a person outside the body they once belonged to. */
const FORMER = /^(?:former|ex-.*|onetime|one-time|erstwhile|retired)$/i;

/**
 * Where `part` stands in `whole` as a whole name, or -1: as whole words, with no capitalised word
 * of another name just before (`Ukraine's Foreign Ministry officials` do not hold `Foreign
 * Ministry`, the name of another country's) or just after, but the person's own `head`
 * (`Harbour Authority Officials` in a title).
 */
function nameAt(whole: readonly string[], part: readonly string[], head: string): number {
  const nameWord = (k: number): boolean => {
    const w = whole[k];
    return w !== undefined && capital(w) && !(k === 0 && OPENER.test(w));
  };
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (!part.every((w, k) => whole[i + k] === w)) continue;
    const after = i + part.length;
    if (nameWord(i - 1)) continue;
    if (nameWord(after) && whole[after]!.toLowerCase() !== head) continue;
    return i;
  }
  return -1;
}

/**
 * Whether a source can be a body's people: a person or people, or a gathering of people (`a
 * group of Harbour Authority officials`, which the engine types as a body by its head, `group`).
 */
function peopleSource(person: BodyCandidate): boolean {
  if (person.type === 'person' || person.type === 'group') return true;
  return (
    person.head !== undefined &&
    GATHERING.test(person.head) &&
    !namesABody({ name: person.name, head: person.head })
  );
}

/**
 * Each partly named person or people among `candidates` to the id of the body they speak for
 * (`bodyOf`, weighed against the same candidates), or else of the named person or body a
 * possessive says they speak for (`his spokesman` of Morgan Vale, `its spokeswoman`: `owner`),
 * for the page's and the CLI's ledgers alike.
 */
export function bodiesOf(candidates: readonly BodyCandidate[]): Map<string, string> {
  const out = new Map<string, string>();
  const named = new Set(candidates.filter((c) => c.group === 'named').map((c) => c.id));
  for (const person of candidates) {
    const owner =
      person.group === 'partial' && person.owner !== undefined && named.has(person.owner)
        ? person.owner
        : undefined;
    const body = bodyOf(person, candidates) ?? owner;
    if (body !== undefined) out.set(person.id, body);
  }
  return out;
}

/**
 * The entry of the body a partly named person or people speak for (`A Whole Foods spokeswoman`,
 * `Obama administration officials`, `an official at the Harbour Authority`, `a group of Harbour
 * Authority officials`): the named organisation among `bodies` one of whose words for it, with a
 * capital (a name, not `the company`), stands in the person's words as a whole name with more
 * around it (`nameAt`: not `Foreign Ministry` in `Ukraine's Foreign Ministry officials`); the
 * longest such if several. Not a former member (`a former Acme engineer`): they no longer speak
 * from within it. Undefined for none, and for a person who is not partly named.
 */
export function bodyOf(
  person: BodyCandidate,
  bodies: readonly BodyCandidate[],
): string | undefined {
  if (person.group !== 'partial' || !peopleSource(person)) return undefined;
  const own = [person.name, ...person.mentions].map(bodyWords);
  // (`a former Acme engineer` no longer speaks from within it)
  if (own.some((o) => o.some((w) => FORMER.test(w)))) return undefined;
  const head = entityHead({
    name: person.name,
    ...(person.head ? { head: person.head } : {}),
  }).head;
  let best: string | undefined;
  let longest = 0;
  for (const body of bodies) {
    if (body.group !== 'named' || body.type !== 'organisation' || body.id === person.id) continue;
    for (const mention of [body.name, ...body.mentions]) {
      const words = bodyWords(mention);
      if (words.length <= longest || capitals(words) === 0 || !listedMention(mention)) continue;
      // (the body's words inside the person's, not the whole of them: "Whole Foods" is no person)
      if (own.some((o) => o.length > words.length && nameAt(o, words, head) >= 0)) {
        best = body.id;
        longest = words.length;
      }
    }
  }
  return best;
}
