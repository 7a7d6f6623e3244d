/**
 * People a named party or body only places, without working for it: "Eleven Civic Alliance
 * members", "several Unity Party candidates", "A senior Alliance figure", "Party strategists on
 * both sides", "Several NRP candidates" (NRP spelled out as a party elsewhere in the text). The
 * body's name tells which side they are on, not who they are: a required `unnamed`, `named:
 * false` (decisions 5, 67, 80 and 100 of the labelled sets). A party's or a body's staff and
 * officers ("Alliance aides", "a party spokesman", "two Acme executives") work for it and stay
 * persons of it; so do the members of a body that governs ("Acme board members", "members of the
 * committee").
 */
import type { Context } from '../context';
import { F, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import type { Sentence } from '../sentences';

/** Heads of those who belong to or back a body, whatever the body: `members`, `supporters`. */
const BELONGING: ReadonlySet<string> = new Set([
  'activist',
  'activists',
  'backer',
  'backers',
  'candidate',
  'candidates',
  'donor',
  'donors',
  'loyalist',
  'loyalists',
  'member',
  'members',
  'rebel',
  'rebels',
  'supporter',
  'supporters',
]);

/**
 * Heads of a party's people who are not its staff: `strategists`, `figures`, `lawmakers`. With a
 * party they are placed by it; with another body (`Goldman strategists`, `a Treasury figure`)
 * they may work for it, so the body must be a party.
 */
const PARTISAN: ReadonlySet<string> = new Set([
  ...ruleWords('partyElected'),
  'figure',
  'figures',
  'grandee',
  'grandees',
  'heavyweight',
  'heavyweights',
  'operative',
  'operatives',
  // ("a party source", "three senior party sources": its MPs and members, decision 172)
  'source',
  'sources',
  'strategist',
  'strategists',
]);

/**
 * Words of a body whose members govern it or work in it, which makes its `members` office
 * holders or staff: "board members", "members of the committee", "staff members".
 */
const GOVERNING: ReadonlySet<string> = new Set([
  'board',
  'boards',
  'cabinet',
  'commission',
  'committee',
  'committees',
  'council',
  'crew',
  'executive',
  'jury',
  'panel',
  'staff',
  'team',
  'tribunal',
]);

/** Heads of people or firms with a stake in a body: `investors`, `lenders`, `suppliers`. */
const STAKEHOLDERS = ruleWords('stakeholderHeads');

/** Heads of a body's or a person's rivals and fellows, who are not its people: `rivals`, `team-mates`. */
const RIVALS: ReadonlySet<string> = new Set([
  'competitor',
  'competitors',
  'rival',
  'rivals',
  'team-mate',
  'team-mates',
  'teammate',
  'teammates',
]);

/**
 * Heads of a body's owners, who own it and do not work for it: `owners`, `co-owners` (decisions
 * 140 and 175 of the labelled sets; the singular `owner` is a title, one holder).
 */
const OWNERS: ReadonlySet<string> = new Set(['co-owners', 'owners']);

const BELONGS = 1;
const PARTISAN_HEAD = 2;
const STAKE = 4;
const OWNS = 8;

/** Each head of the lists above to its kinds, as bits: one probe per phrase (a hot path). */
const HEAD_KINDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number) => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(BELONGING, BELONGS);
  add(PARTISAN, PARTISAN_HEAD);
  add(STAKEHOLDERS, STAKE);
  add(RIVALS, STAKE);
  add(OWNERS, STAKE | OWNS);
  return m;
})();

/** Stakeholder heads a body's name before them may make its own: `buyer`, `lenders`. */
const OWN_SIDE: ReadonlySet<string> = new Set(['buyer', 'buyers', 'lender', 'lenders']);

/**
 * Whether a name and its possessive stand before `np`'s head: "Tilden's largest shareholders"
 * (or the name alone, right before it: "Some Kessler shareholders");
 * for owners, also a body's common noun: "the club's owners" (`body`).
 */
function ownedByName(ctx: Context, np: NounPhrase, body = false): boolean {
  const toks = ctx.tokens;
  // ("Some Kessler shareholders", "a Brightmart supplier": the name as a modifier right before
  // the head stands for its possessive; not the phrase's own name, "Greyfield Investors")
  const m = np.head - 1;
  // (a team-mate by the club's name is the club's: "One Rovers team-mate"; so may a buyer or a
  // lender be: "a Halvard Motors buyer" buys for it, "Halvard Motors lenders" may be its own arm)
  if (
    m > np.start &&
    ctx.name[m] &&
    !toks[np.head]!.cap &&
    !ctx.name[np.head] &&
    !toks[np.head]!.lower.startsWith('team') &&
    !OWN_SIDE.has(toks[np.head]!.lower)
  )
    return true;
  for (let k = np.start + 1; k < np.head; k++) {
    if (toks[k]!.kind !== 'pos') continue;
    if (ctx.name[k - 1]) return true;
    if (body && headClass(ctx, k - 1) === 'organisation') return true;
  }
  return false;
}

/** Last words of a party's name: `Party`, `Alliance`, `Front`. */
const PARTY_NAME_ENDS: ReadonlySet<string> = new Set([
  'alliance',
  'bloc',
  'coalition',
  'front',
  'movement',
  'parties',
  'party',
]);

/** Capitalised words of a party: `Democratic`, `GOP`, `Labour`. */
const PARTY_WORDS = ruleWords('partyWords');

/** Capitalised nouns of a party's members, also its adjectives: `Conservative`, `Liberals`. */
const PARTY_MEMBERS = ruleWords('partyMembers');

/**
 * Whether `np` is people a named party or body only places: a head of belonging with a name or a
 * party before it ("Eleven Civic Alliance members", "several Unity Party candidates"), or a
 * partisan head with a party before it ("A senior Alliance figure", "Party strategists on both
 * sides", "Several NRP candidates"). Not when a governing body's word stands in the phrase
 * ("Acme board members", "members of the committee").
 */
export function placedMember(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  // "Tilden's largest shareholders", "Orvane's rivals": a stake in a named body, or a rival of
  // it, by its possessive (not "the lender": the body itself may lend)
  const kind = HEAD_KINDS.get(head);
  if (kind === undefined) return false;
  // ("the club's owners": its owners, placed by the body they own)
  if ((kind & STAKE) !== 0 && ownedByName(ctx, np, (kind & OWNS) !== 0)) return true;
  const belonging = (kind & BELONGS) !== 0;
  if (!belonging && (kind & PARTISAN_HEAD) === 0) return false;
  // "league sources", "A federation source", "Union sources": the people around a body of
  // members, even with the one league, federation or union named in the story
  if (memberBodySource(ctx, np)) return true;
  let named = false;
  let party = false;
  for (let k = np.start; k < np.head; k++) {
    const w = toks[k]!;
    if (GOVERNING.has(w.lower)) return false;
    // "party strategists", "senior party figures": the common noun of the party is a party word
    // in any case (not yet its possessive: "the backing of at least 20 of the party's 146 MPs"
    // counts them in a rule, and the phrase then takes the count)
    if ((w.lower === 'party' || w.lower === 'parties') && toks[k + 1]?.kind !== 'pos') {
      party = true;
      continue;
    }
    if (!w.cap) continue;
    if (partyWord(ctx, k)) party = true;
    else if (ctx.name[k]) named = true;
  }
  // (a party's members on a committee are still its members: "Some Unity Party members of the
  // committee"; without a party, "members of the committee" govern it)
  if (party) return true;
  for (let k = np.head + 1; k < np.end; k++) if (GOVERNING.has(toks[k]!.lower)) return false;
  return belonging && named;
}

/**
 * Common nouns of a body of members, whose "sources" are its clubs, members and those around it
 * rather than its office: `league`, `federation`, `union` (decisions 144, 172 and 184 and point
 * 267 of the labelled sets; its office words, "A league spokesman", "a union official", stay its
 * officers).
 */
const MEMBER_BODIES: ReadonlySet<string> = new Set([
  'federation',
  'federations',
  'league',
  'leagues',
  'union',
  'unions',
]);

/**
 * Whether `np` is `source` or `sources` right after the common noun of a body of members ("league
 * sources", "a senior federation source", "Union sources"), not a word of a name ("Premier League
 * sources", "a Rugby Union source"): "source" names no office, so the phrase places its people
 * by the body without saying that they speak for it.
 */
function memberBodySource(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if (head !== 'source' && head !== 'sources') return false;
  const m = np.head - 1;
  if (m < np.start || !MEMBER_BODIES.has(toks[m]!.lower)) return false;
  // (capitalised only as the sentence's first word: "League sources said"; a word before it in
  // capitals is a name, "Premier League sources", "the Rugby Union source")
  if (toks[m]!.cap && m > np.start && toks[m - 1]!.cap) return false;
  return !toks[m]!.cap || m === np.start || !ctx.name[m];
}

/**
 * Whether token `k` is a word of a party's name: `Party`, `Alliance`, `Republican`, `GOP`, or an
 * acronym the text spells out as a party (`NRP` for the National Renewal Party).
 */
function partyWord(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (PARTY_NAME_ENDS.has(t.lower) || PARTY_WORDS.has(t.lower)) return true;
  // ("Conservative rebels", "Liberal donors": a party member's word before its people)
  if (PARTY_MEMBERS.has(t.lower)) return true;
  if (t.kind === 'word' && partyNameWords(ctx).has(t.lower)) return true;
  if (t.kind !== 'word' || t.end - t.start < 2 || t.end - t.start > 5) return false;
  const text = ctx.text.slice(t.start, t.end);
  return /^[A-Z]+$/.test(text) && spelledAsParty(ctx, text);
}

/** The words of the parties a text names, by text: `renewal` for "the National Renewal Party". */
const PARTY_NAMES: WeakMap<Context, ReadonlySet<string>> = new WeakMap();

/**
 * The capitalised words the text uses in a party's name (`national`, `renewal` for "the National
 * Renewal Party", `forward` for "the Forward Party"): the name's words stand for the party
 * elsewhere in the text ("Renewal MPs", "a senior Renewal figure"). Not the name's last word
 * (`party`, `alliance`), which is the kind. One pass over the text, on first asking.
 */
function partyNameWords(ctx: Context): ReadonlySet<string> {
  let words = PARTY_NAMES.get(ctx);
  if (words) return words;
  const found = new Set<string>();
  const toks = ctx.tokens;
  for (let k = 1; k < toks.length; k++) {
    const end = toks[k]!;
    if (!end.cap || !PARTY_NAME_ENDS.has(end.lower) || end.lower === 'parties') continue;
    for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
      const w = toks[i]!;
      // (not "The" that opens "The Forward Party")
      if (w.kind !== 'word' || !w.cap || PARTY_NAME_ENDS.has(w.lower) || (w.f & F.FUNC) !== 0)
        break;
      found.add(w.lower);
    }
  }
  words = found;
  PARTY_NAMES.set(ctx, words);
  return words;
}

/** Acronyms the text spells out as a party, by text (the answer for every acronym asked). */
const SPELLED: WeakMap<Context, Map<string, boolean>> = new WeakMap();

/**
 * Whether the text spells `acronym` out as capitalised words whose initials make it and whose last
 * word ends a party's name: "NRP" and "the National Renewal Party".
 */
function spelledAsParty(ctx: Context, acronym: string): boolean {
  let known = SPELLED.get(ctx);
  if (!known) {
    known = new Map();
    SPELLED.set(ctx, known);
  }
  const had = known.get(acronym);
  if (had !== undefined) return had;
  const toks = ctx.tokens;
  const n = acronym.length;
  let found = false;
  for (let k = n - 1; k < toks.length && !found; k++) {
    if (!PARTY_NAME_ENDS.has(toks[k]!.lower) || !toks[k]!.cap) continue;
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const w = toks[k - n + 1 + i]!;
      ok = w.kind === 'word' && w.cap && ctx.text[w.start] === acronym[i];
    }
    found = ok;
  }
  known.set(acronym, found);
  return found;
}

/** Adjectives of a member's wing or standing within a party: `moderate`, `centrist`, `senior`. */
const WING_ADJECTIVES: ReadonlySet<string> = new Set([
  ...ruleWords('statusAdjectives'),
  'centrist',
  'dissident',
  'hardline',
  'hard-line',
  'leading',
  'mainstream',
  'moderate',
  'prominent',
  'rebel',
  'veteran',
]);

/** One-word names of legislative chambers: `House`, `Senate`. */
const CHAMBERS = ruleWords('chamberNames');

/**
 * Whether token `k`, capitalised right before a party member's noun at `h` (`Republicans`,
 * `Democrat`, `Unionists`), only tells more about the members: a chamber they sit in ("Several
 * House Republicans", "One Senate Democrat", "House Republicans are drafting") or a wing or standing that opens the sentence
 * ("Moderate Democrats have complained", "Senior Unionists have told the whips"). The members
 * stay people the party only places; the phrase is no name.
 */
export function memberQualifier(ctx: Context, k: number, h: number, first: number): boolean {
  const t = ctx.tokens[k];
  if (!t || !t.cap || t.kind !== 'word') return false;
  // (opening the sentence too: "House Republicans are drafting a bill", decision 159's party
  // members however placed)
  if (k === h - 1 && CHAMBERS.has(t.lower) && k >= first) return true;
  return k === first && WING_ADJECTIVES.has(t.lower);
}

/**
 * Whether the credited word at `h` heads people a party places that the lexicon does not know as
 * actors: "Several NRP candidates privately worry", "several Civic Alliance candidates" (a
 * candidate is no actor of its own: "one candidate" in a count, "external candidates" for a
 * post). Only with a party in the phrase.
 */
export function creditedPartyPeople(ctx: Context, s: Sentence, h: number): boolean {
  const toks = ctx.tokens;
  const t = toks[h]!;
  if ((t.f & F.ACTOR) !== 0 || !BELONGING.has(t.lower) || ctx.name[h]) return false;
  const np = phraseEndingAt(ctx, h, s.first, false);
  if (!np || np.head !== h) return false;
  for (let k = np.start; k < h; k++)
    if ((toks[k]!.cap && partyWord(ctx, k)) || toks[k]!.lower === 'party')
      return placedMember(ctx, np);
  return false;
}
