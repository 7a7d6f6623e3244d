/**
 * Namedness by reference. A description whose own words name no one may still refer to a named
 * person, body or document, and then the source is named: "the entity decides `named`"
 * (ANNOTATION.md, settled cases). The entities pass (./link.ts) asks here before it makes a new
 * unnamed entity of a description:
 *
 * - a part of a group that refers back to a named group or to named people (`One`, `The other`,
 *   `Both men` after `Vincent Pryce and Colm Daly`);
 * - a representative of a named party (`His lawyer` after the client is named);
 * - people of a body the story named, by a definite description (`Three employees in the sales
 *   division` of the company named before);
 * - a named body's document (`The report by City Auditor Lorraine Beck`, `records filed with the
 *   County Board of Elections`, `an internal investigation` of the university that speaks in the
 *   sentence, `the research` after the named study).
 */
import { isSpace } from '../chars';
import type { Context } from '../context';
import { isHeadline } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import { headClass, isPersonClass, type HeadClass } from '../phrase/head-class';
import { isClientele, kindModifier, namedness } from '../phrase/namedness';
import { ISSUING, PARTICLES, pastParticiple, phraseStartingAt } from '../phrase/phrase-starting';
import { isPlaceName } from '../phrase/places';
import { placedMember } from '../unnamed/placed-members';
import { F, PLACE_QUALIFIERS, PLACE_WORDS, ruleWords, TITLE_NOUNS } from '../lexicon';
import type { Named, SourceType } from '../types';
import type { Names } from './names';
import { genderOf } from './names';
import type { Registry, Tracked } from './registry';
import { RESEARCH_BODIES, researcherName, studyOfNamedResearchers } from './researchers';
import { authorsNoun } from './words';
import { itsOwnerNamed } from './its-body';
import { principalApposed } from '../unnamed/appositions';

/** What the rules here read of the linking state. */
export interface ReferenceView {
  ctx: Context;
  names: Names;
  registry: Registry;
  /** The entity a personal pronoun (`he`, `she`, `they`, `it`) at token `tok` refers to. */
  pronoun(tok: number, sentence: number, as: string): Tracked | null;
  /** The entity of the person named by name run `r`. */
  person(r: number): Tracked;
  /** What `the <word>` at the start of `np` would refer back to (`the company`), if anything. */
  body(np: NounPhrase, word: string): Tracked | null;
}

/**
 * What a description (phrase `np`, not named by its own words) refers to: a named entity it is
 * (`the research` is the named study), how named it is by reference, or null when it refers to
 * nothing named.
 */
export function referredNamed(view: ReferenceView, np: NounPhrase): Tracked | Named | null {
  const { ctx } = view;
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  const det = toks[np.start]!.lower;
  const cls = headClass(ctx, np.head);
  const person = isPersonClass(cls);
  // "The 27-year-old denies any wrongdoing" after "Climber Rasmus Kask": the person named before
  // ("the 22-year-old winger", not "the 22-year-old's agent" nor a thing)
  if (
    det === 'the' &&
    ageAt(ctx, np.start + 1) &&
    (np.head === np.start + 3 ||
      (np.head === np.start + 4 && cls !== 'document' && cls !== 'organisation'))
  ) {
    const r = agedPersonBefore(view, np);
    return r >= 0 ? view.person(r) : null;
  }
  if (sidesOfNamedContest(view, np, head, det)) return true;
  if (namedBodiesCounted(view, np, head, det)) return true;
  if (np.head === np.start || (np.head === np.start + 1 && (det === 'the' || det === 'both'))) {
    const part = partOfGroup(view, np, head);
    if (part !== null) return part;
  }
  // "one of the employees" after "two Orbis employees": a part of the group named before
  if (toks[np.start + 1]?.lower === 'of' && toks[np.start + 2]?.lower === 'the' && PARTS.has(det)) {
    const group = view.registry.byHead(head);
    if (group && group.entity.named !== false && group.first < toks[np.start]!.start)
      return group.entity.named;
  }
  if (person && nameAppositionEnd(view, np) > 0) return true;
  if (givesName(ctx, np.end)) return true;
  if (possessiveSpeaker(ctx, np, cls)) {
    const party = view.pronoun(np.start, ctx.sentenceOf[np.start]!, POSSESSIVE_PRONOUNS.get(det)!);
    if (party && party.entity.named === true) return 'partial';
    // "Ekberg is keen to return, though his agent told the Post": the person named right
    // before, whom no cue credited (decisions 20 and 67 of the labelled sets)
    if (!party && (det === 'his' || det === 'her') && np.head === np.start + 1)
      if (namedPersonBefore(view, np.start, det)) return 'partial';
  }
  if (person && REPRESENTATIVES.has(head) && representsNamed(view, np)) return 'partial';
  // "His lawyer, Joan Pike, told the court her client denies": the party the lawyer speaks for
  if (CLIENTS.has(head) && np.head === np.start + 1 && POSSESSIVE_PRONOUNS.has(det)) {
    if (clientOfNamedParty(view, np.start)) return true;
  }
  // "Her office said" after Governor Ana Marsh, "his team confirmed" after climber Rasmus Kask: the
  // office or team of a named person speaks for that person
  if (personalOffice(ctx, np, cls)) {
    const owner = view.pronoun(np.start, ctx.sentenceOf[np.start]!, POSSESSIVE_PRONOUNS.get(det)!);
    if (owner && owner.entity.named === true) return 'partial';
    // (further back than a pronoun reaches: the story's only named person of that gender, "Her
    // office, for its part, says" paragraphs after Governor Ana Marsh)
    if (!owner && soleNamedOfGender(view, det === 'her' ? 'f' : 'm', toks[np.start]!.start))
      return 'partial';
  }
  // ("Its critics", "critics of the university" are no people of the body)
  // (nor party members a post-modifier places: "Party operatives in Fallowmere"; placed-members.ts)
  const ofBody = person && !isClientele(ctx, np) && !placedMember(ctx, np);
  if (ofBody && OWNING_PRONOUNS.has(det) && !RELATED_BODIES.has(head) && ownedByNamedBody(view, np))
    return 'partial';
  // "The Bramwell Riverside Festival will not go ahead, its organisers announced": the body in
  // view that the look-up of `its` did not reach (its-body.ts)
  // (not "its owners" of a shop nor "its members", who own or join the body rather than work in
  // it and are placed: points 295 and 337)
  if (ofBody && det === 'its' && !RELATED_BODIES.has(head) && !PLACED_HEADS.has(head))
    if (ownedInView(view, np)) return 'partial';
  if (
    ofBody &&
    np.end > np.coreEnd &&
    !RELATION_HEADS.has(head) &&
    (bodyNamedBefore(view, np) || possessorBodyNamed(view, np))
  )
    return 'partial';
  // "a company spokesperson" after "Brisklane denied", "A studio spokesman" after "Marlow
  // Pictures confirmed": a person of the body its modifier refers back to, as `the company` would
  if (ofBody && (cls !== 'occupation' || MEMBER_HEADS.has(head)) && modifierBody(view, np))
    return 'partial';
  if (det === 'the' && np.head === np.start + 1 && authorsNoun(head))
    return researchNamedBefore(view, np.start) ? 'partial' : null;
  // "The Rivers Agency said its gauges had shown a rise": a named body's own things (its-body.ts)
  if (!person && cls !== 'organisation' && cls !== 'document' && ownedInView(view, np)) return true;
  if (cls === 'document' || INQUIRIES.has(head)) return documentNamed(view, np, head, det);
  return null;
}

/** Whether tokens from `k` read `27-year-old` (a number, a hyphen, `year-old`). */
function ageAt(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  return toks[k]?.kind === 'num' && toks[k + 1]?.lower === '-' && toks[k + 2]?.lower === 'year-old';
}

/**
 * The name run of the person `The 27-year-old` (`the 31-year-old mother`, phrase `np`) refers to,
 * or -1: the person the text gave that age (`Renata Obi, 27,`), else the nearest person named in
 * its sentence or the three before, of no other stated age (and of the gender a gendered noun
 * gives: `the 19-year-old woman`). None when an unnamed
 * person of that age came first (`A 27-year-old man was stabbed ... The 27-year-old`).
 */
function agedPersonBefore(view: ReferenceView, np: NounPhrase): number {
  const { ctx, names } = view;
  const toks = ctx.tokens;
  const age = toks[np.start + 1]!.lower;
  const g = np.head > np.start + 3 ? genderOf(toks[np.head]!.lower) : '';
  const floor = ctx.sentences[Math.max(0, ctx.sentenceOf[np.start]! - 3)]!.first;
  let nearest = -1;
  for (let q = np.start - 1; q >= floor; q--) {
    const w = toks[q]!;
    // "a 27-year-old", "an 18-year-old": an unnamed person of that age, unless in apposition to
    // a name ("Paul Ray, a 27-year-old teacher,")
    if (w.lower === age && ageAt(ctx, q) && INDEFINITE.has(toks[q - 1]?.lower ?? '')) {
      const r = toks[q - 2]?.lower === ',' && ctx.name[q - 3] ? names.runAt(q - 3) : -1;
      return r >= 0 && names.kind(r) === 'person' ? r : -1;
    }
    if (!ctx.name[q]) continue;
    const r = names.runAt(q);
    if (r < 0) continue;
    q = names.from[r]!;
    if (names.kind(r) !== 'person') continue;
    // ("The 19-year-old woman": a woman the text shows as one)
    if (g && names.gender(r) !== g) continue;
    // "Renata Obi, 34,": the age the text gives the person
    const e = names.end[r]!;
    const stated = toks[e]?.lower === ',' && toks[e + 1]?.kind === 'num' ? toks[e + 1]!.lower : '';
    if (stated === age) return r;
    if (!stated && nearest < 0) nearest = r;
  }
  return nearest;
}

/** `a`, `an`: an indefinite person. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);

/** Whether exactly one named person known to be of gender `g` was met before offset `at`. */
function soleNamedOfGender(view: ReferenceView, g: 'f' | 'm', at: number): boolean {
  let found = 0;
  for (const t of view.registry.all) {
    if (t.first >= at || t.merged || t.entity.type !== 'person' || t.entity.named !== true)
      continue;
    if (t.gender === g) found++;
  }
  return found === 1;
}

/**
 * The indefinite apposition right after an unnamed person or group `np` that places them in a
 * named body, by a name (`A third person, a former Pennard employee, said`) or by words that refer
 * back to a body the story named (`One of them, a former party fundraiser,`, `Another worker, a
 * supervisor with 20 years at the store,`): the apposition says who the source is (decision 78)
 * and makes them a person of that body (decision 65). Null when there is none, or when it places
 * no one (`One of them, a retired ferryman,`). The apposition must close at a comma or at the end
 * of the sentence, so that it is a phrase of its own and not the start of a clause.
 */
export function placingApposition(view: ReferenceView, np: NounPhrase): NounPhrase | null {
  const ctx = view.ctx;
  const toks = ctx.tokens;
  const k = np.end + 1;
  // (a name needs no placing: "Hana Whitford, an analyst at Corbel Research," is named already)
  if (toks[np.end]?.lower !== ',' || ctx.name[k] || ctx.name[np.head]) return null;
  const det = toks[k]?.lower;
  if (det !== 'a' && det !== 'an') return null;
  const s = ctx.sentences[ctx.sentenceOf[np.start]!]!;
  const role = phraseStartingAt(ctx, k, s.last, true);
  if (!role || role.head === role.start || !isPersonClass(headClass(ctx, role.head))) return null;
  const after = toks[role.end];
  if (
    role.end < s.last &&
    !(after && after.kind === 'punct' && (after.lower === ',' || after.lower === '.'))
  )
    return null;
  // ("a nurse from Kelm", "a farmer in Carhow": a name after `from` or `in` may only place the
  // person, decision 6)
  if (namedness(ctx, role) === 'partial' && !ORIGIN_PREPS.has(toks[role.head + 1]?.lower ?? ''))
    return role;
  const ref = referredNamed(view, role);
  const named = ref !== null && typeof ref === 'object' ? ref.entity.named : ref;
  return named === 'partial' || named === true ? role : null;
}

/** Prepositions after which a name may be a place of origin or residence: `from`, `in`. */
const ORIGIN_PREPS: ReadonlySet<string> = new Set(['from', 'in']);

/**
 * The end token of a one-word name in apposition after a person's description (`her son,
 * Anders,`), or -1: the name identifies the person though the text gives no surname.
 */
function nameAppositionEnd(view: ReferenceView, np: NounPhrase): number {
  const { ctx, names } = view;
  const toks = ctx.tokens;
  const k = np.end + 1;
  if (toks[np.end]?.lower !== ',' || !ctx.name[k]) return -1;
  // "Officials in Norvath's capital, Irvost,": the name is the place's that ends the phrase
  if (np.end - 1 > np.head && PLACE_KINDS.has(toks[np.end - 1]!.lower)) return -1;
  // "A person close to the chief executive, Maya Orr,": the name is the principal's
  if (principalApposed(ctx, np)) return -1;
  const r = names.runAt(k);
  if (r < 0 || names.from[r] !== k) return -1;
  const kind = names.kind(r);
  if (kind !== 'person' && kind !== 'unknown') return -1;
  const e = names.end[r]!;
  const after = toks[e];
  const s = ctx.sentences[ctx.sentenceOf[np.start]!]!;
  return e >= s.last || (after && (after.kind === 'punct' || after.lower === 'who')) ? e : -1;
}

/**
 * Whether `, who gave his name only as Salvatore` or `who gave only her first name, Lidia` follows
 * token `e`: the person is known by the name the story gives (like a first name in apposition,
 * `her son, Anders`).
 */
function givesName(ctx: Context, e: number): boolean {
  return givenNameEnd(ctx, e) > 0;
}

/** The end token of the name a `who gave ... name` clause after token `e` gives, or -1. */
function givenNameEnd(ctx: Context, e: number): number {
  const toks = ctx.tokens;
  const w = toks[e]?.lower === ',' ? e + 1 : e;
  if (toks[w]?.lower !== 'who' || toks[w + 1]?.lower !== 'gave') return -1;
  for (let k = w + 2; k < w + 8; k++) {
    const t = toks[k];
    if (!t) return -1;
    // "gave his name only as Salvatore", "gave only her first name, Lidia"
    const named =
      (t.lower === 'as' && (toks[k - 1]?.lower === 'only' || NAME_WORDS.has(toks[k - 1]!.lower))) ||
      (t.lower === ',' && NAME_WORDS.has(toks[k - 1]!.lower));
    if (named) {
      if (ctx.name[k + 1] !== 1) return -1;
      let n = k + 1;
      while (ctx.name[n]) n++;
      return n;
    }
    if (t.kind !== 'word') return -1;
  }
  return -1;
}

/** Words of giving one's name: `gave his name as`, `gave only her first name as`. */
const NAME_WORDS: ReadonlySet<string> = new Set(['name', 'names']);

/**
 * The end token of what belongs to a source phrase the subject search cut short: a named issuer
 * after a document (`a tally` + `by the Kesh Monitoring Group`), a name in apposition after a
 * person (`her son` + `, Anders`) or given in a clause (`a woman` + `who gave only her first
 * name, Lidia`); else the phrase's own end.
 */
export function sourceEnd(view: ReferenceView, np: NounPhrase, type: SourceType): number {
  if (type === 'document') return issuerEnd(view, np);
  // "A third person, a former Pennard employee, said": the apposition that places the person
  const role = type === 'organisation' ? null : placingApposition(view, np);
  if (role) return role.end;
  if (type !== 'person') return np.end;
  const e = nameAppositionEnd(view, np);
  if (e > 0) return e;
  // "a woman who gave only her first name, Lidia"
  const g = givenNameEnd(view.ctx, np.end);
  return g > 0 ? g : np.end;
}

const PLACE_KINDS = ruleWords('placeKinds');

/** Possessive pronouns as the personal pronoun whose referent owns the phrase. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);

/** Bodies that serve one person: `her office`, `his campaign`, `his team`. */
const PERSONAL_OFFICES: ReadonlySet<string> = new Set(['campaign', 'management', 'office', 'team']);

/** Whether `np` is a person who speaks for whom its possessive pronoun stands for (`his spokesman`, `their lawyers`). */
function possessiveSpeaker(ctx: Context, np: NounPhrase, cls: HeadClass): boolean {
  const head = ctx.tokens[np.head]!.lower;
  return (
    isPersonClass(cls) &&
    POSSESSIVE_PRONOUNS.has(ctx.tokens[np.start]!.lower) &&
    (REPRESENTATIVES.has(head) || AGENTS.has(head))
  );
}

/** Whether `np` is the office or team of whom its `his` or `her` stands for (`her office`, `his team`). */
function personalOffice(ctx: Context, np: NounPhrase, cls: HeadClass): boolean {
  const head = ctx.tokens[np.head]!.lower;
  const det = ctx.tokens[np.start]!.lower;
  return (
    // ("management", a performer's, is no organisation noun elsewhere: "management style")
    (cls === 'organisation' || head === 'management') &&
    (det === 'his' || det === 'her') &&
    np.head === np.start + 1 &&
    PERSONAL_OFFICES.has(head)
  );
}

/**
 * The named person or body whom a possessive pronoun opening `np` stands for, when `np` speaks
 * for them (`his spokesman`, `her lawyer`, `her office` after Governor Ana Marsh), by the pronoun
 * look-up `referredNamed` made it partly named by; null otherwise. The ledgers list it there.
 */
export function possessiveParty(view: ReferenceView, np: NounPhrase): Tracked | null {
  const { ctx } = view;
  const cls = headClass(ctx, np.head);
  if (!possessiveSpeaker(ctx, np, cls) && !personalOffice(ctx, np, cls)) return null;
  const as = POSSESSIVE_PRONOUNS.get(ctx.tokens[np.start]!.lower)!;
  const party = view.pronoun(np.start, ctx.sentenceOf[np.start]!, as);
  return party && party.entity.named === true ? party : null;
}

/**
 * Those besides lawyers and spokespeople who act for a person in an official role (decision 67 of
 * the labelled sets: "his agent", "Dane's advisers", an aide to a named officeholder).
 */
const AGENTS: ReadonlySet<string> = new Set([
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'agent',
  'agents',
  'aide',
  'aides',
]);

/** People who speak for a party in an official role (decision 20 of the labelled sets). */
const REPRESENTATIVES = ruleWords('representatives');

/**
 * Whether a representative speaks `for` a named party: a possessive that refers to a named
 * person or body (`A spokeswoman for her office`), `the` and a title the story gave a named
 * person (`A spokesman for the mayor` after `Mayor Marta Lind`), or a named place that is a party
 * (`lawyers for Benua`, a state with a claim).
 */
function representsNamed(view: ReferenceView, np: NounPhrase): boolean {
  const { ctx } = view;
  const toks = ctx.tokens;
  const k = np.coreEnd + 1;
  if (toks[np.coreEnd]?.lower !== 'for' || k >= np.end) return false;
  const w = toks[k]!.lower;
  const as = POSSESSIVE_PRONOUNS.get(w);
  if (as !== undefined) {
    // ("a lawyer for her former business partner": the party is a person known only through
    // the named one, not the named one)
    if (np.end - 1 > k && personOf(ctx, np.end - 1)) return false;
    const party = view.pronoun(k, ctx.sentenceOf[k]!, as);
    return party !== null && party.entity.named === true;
  }
  // "lawyers for Benua": a state is a party (a place name elsewhere only qualifies)
  if (ctx.name[k] && isPlaceName(ctx, k)) {
    let e = k;
    while (ctx.name[e + 1]) e++;
    return e + 1 === np.end;
  }
  // "A spokesman for the prime minister" after "Prime Minister Ilse Varga": a title of two words
  if (w === 'the' && k + 3 === np.end) {
    const title = `${toks[k + 1]!.lower} ${toks[k + 2]!.lower}`;
    return TITLE_NOUNS.has(title) && titledNameBefore(view, title, k);
  }
  if (w !== 'the' || k + 2 !== np.end) return false;
  const role = toks[k + 1]!.lower;
  const cls = headClass(ctx, k + 1);
  if (cls === 'title' && titledNameBefore(view, role, k)) return true;
  // "A publicist for the rapper" after "rapper Dax Orme": the person the story named
  // with that role
  return isPersonClass(cls) && view.names.titled(role, k) >= 0;
}

/**
 * Whether the word at `k` names a person someone has: a person noun or a tie (`her brother`, `his
 * business partner`), not a body (`her campaign`).
 */
function personOf(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k]!.lower;
  return isPersonClass(headClass(ctx, k)) || RELATION_HEADS.has(w) || PERSONAL_TIES.has(w);
}

/** Ties the relation heads leave out, being also titles or bodies elsewhere: `partner`. */
const PERSONAL_TIES: ReadonlySet<string> = new Set(['partner', 'partners', 'spouse']);

/** Heads of those a lawyer or agent acts for: `her client`. */
const CLIENTS: ReadonlySet<string> = new Set(['client', 'clients']);

/**
 * Whether a lawyer or agent introduced by a possessive pronoun earlier in the sentence of token `k`
 * (`His lawyer, ... her client`) acts for a named person: the nearest person's name before the
 * pronoun, in its sentence or the one before, of the pronoun's gender.
 */
function clientOfNamedParty(view: ReferenceView, k: number): boolean {
  const { ctx } = view;
  const toks = ctx.tokens;
  const s = ctx.sentences[ctx.sentenceOf[k]!]!;
  for (let q = k - 1; q > s.first; q--) {
    if (!REPRESENTATIVES.has(toks[q]!.lower) && toks[q]!.lower !== 'agent') continue;
    const pronoun = toks[q - 1]!.lower;
    if (pronoun !== 'his' && pronoun !== 'her') return false;
    return namedPersonBefore(view, q - 1, pronoun);
  }
  return false;
}

/**
 * Whether the nearest person's name before the possessive `pronoun` (`his`, `her`) at token `k`,
 * in its sentence or the one before, fits its gender (or has none known).
 */
function namedPersonBefore(view: ReferenceView, k: number, pronoun: string): boolean {
  const { ctx, names } = view;
  const floor = ctx.sentences[Math.max(0, ctx.sentenceOf[k]! - 1)]!.first;
  for (let p = k - 1; p >= floor; p--) {
    if (!ctx.name[p]) continue;
    let r = names.runAt(p);
    if (r < 0) continue;
    // ("Brenner appeared in court" after "Aldo Brenner": a surname alone is the person named before)
    if (names.kind(r) === 'unknown' && names.end[r]! - names.start[r]! === 1) {
      const full = names.named(names.surname(r), names.start[r]!);
      if (full >= 0) r = full;
    }
    if (names.kind(r) !== 'person') continue;
    const g = names.gender(r);
    return g === '' || g === (pronoun === 'his' ? 'm' : 'f');
  }
  return false;
}

/**
 * Whether a name with title `title` (`Mayor Marta Lind`, `the town's mayor, Marta Lind`) stands in
 * the three sentences before token `b`.
 */
function titledNameBefore(view: ReferenceView, title: string, b: number): boolean {
  const { ctx } = view;
  const toks = ctx.tokens;
  const floor = ctx.sentences[Math.max(0, ctx.sentenceOf[b]! - 3)]!.first;
  // (a title of two words is matched on its last: "prime minister")
  const space = title.indexOf(' ');
  const last = space < 0 ? title : title.slice(space + 1);
  const first = space < 0 ? '' : title.slice(0, space);
  for (let q = floor; q < b - 1; q++) {
    if (toks[q]!.lower !== last || (first && toks[q - 1]?.lower !== first)) continue;
    if (toks[q]!.cap && ctx.name[q + 1]) return true;
    // "Kellport's mayor, Denise Abara,": the name in apposition after the title
    if (toks[q + 1]!.lower === ',' && ctx.name[q + 2] && toks[q + 2]!.cap) return true;
  }
  return false;
}

/**
 * `One`, `Another`, `The other`, `Both`, `Both men`, `The two men`: a part of (or the whole of) a
 * group mentioned just before, as named as that group; or two named people of the sentence
 * before (`Vincent Pryce and Colm Daly ... Both men deny`). Null when the phrase is no such part
 * or the group is not named.
 */
function partOfGroup(view: ReferenceView, np: NounPhrase, head: string): Named | null {
  const { ctx } = view;
  const toks = ctx.tokens;
  const det = toks[np.start]!.lower;
  const part =
    (np.head === np.start && PARTS.has(head)) ||
    (det === 'both' && PAIR_HEADS.has(head)) ||
    (det === 'the' && head === 'other');
  const pair =
    (np.head === np.start + 1 && det === 'both' && PAIR_HEADS.has(head)) ||
    (np.head === np.start && head === 'both');
  if (!part && !pair) return null;
  const si = ctx.sentenceOf[np.start]!;
  const floor = ctx.sentences[Math.max(0, si - 2)]!.first;
  const from = toks[floor]!.start;
  const to = toks[np.start]!.start;
  const group = (part && countedGroup(view.registry, from, to)) || view.registry.latest('group');
  if (group && group.last >= from && group.last < to)
    return group.entity.named === false ? null : group.entity.named;
  return pair && namedPeopleBetween(view, floor, np.start) >= 2 ? true : null;
}

/**
 * The latest group mentioned between offsets `from` and `to` whose words open with a count (`Two
 * nurses at Portage General`, `Three engineers`), or undefined: what `one of them` and `One`
 * pick one of, though a group the count's own cue reports on came later ("Two nurses said
 * managers had told staff ... one of them said": one of the nurses, not of the managers).
 */
function countedGroup(registry: Registry, from: number, to: number): Tracked | undefined {
  let best: Tracked | undefined;
  for (const t of registry.all) {
    if (t.entity.type !== 'group' || t.merged || t.last < from || t.last >= to) continue;
    const space = t.entity.name.indexOf(' ');
    if (space < 0 || !NUMBER_WORDS.has(t.entity.name.slice(0, space).toLowerCase())) continue;
    if (!best || t.last > best.last) best = t;
  }
  return best;
}

/** Words of a count: `two`, `three`, `dozens`. */
const NUMBER_WORDS = ruleWords('numberWords');

/** Words that stand for one or some of a group on their own: `One said`, `Another added`. */
const PARTS: ReadonlySet<string> = new Set(['one', 'another', 'both', 'two', 'three']);

/** Heads of `Both men`, `Both women`. */
const PAIR_HEADS: ReadonlySet<string> = new Set(['men', 'women', 'executives', 'officials']);

/**
 * How many people the text names in tokens `[a, b)` (distinct name runs of persons) after the
 * last group of people it describes there (`the men`, `the two women`: a nearer pair, "Vellic's
 * lawyer, Jan Horak, said the men had lied. Both denied it").
 */
function namedPeopleBetween(view: ReferenceView, a: number, b: number): number {
  const { ctx, names } = view;
  let n = 0;
  for (let k = a; k < b; k++) {
    if (describedPeople(ctx, k)) n = 0;
    if (!ctx.name[k]) continue;
    const r = names.runAt(k);
    if (r < 0) continue;
    if (names.kind(r) === 'person') n++;
    k = Math.max(k, names.end[r]! - 1);
  }
  return n;
}

/** Whether token `k` is the head of a definite description of people (`the men`, `the two women`). */
function describedPeople(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (!PAIR_HEADS.has(toks[k]!.lower)) return false;
  const before = toks[k - 1]?.lower === 'two' ? toks[k - 2] : toks[k - 1];
  return before?.lower === 'the';
}

/**
 * Whether the text before token `limit` names a researcher or a research body (`Dr. Yusuf Demir`,
 * `Professor Adrian Lowe`, `the Meridian Institute for Astronomy`), whom a later `The
 * researchers` refers to.
 */
function researchNamedBefore(view: ReferenceView, limit: number): boolean {
  const { ctx } = view;
  let first = firstResearchName.get(ctx);
  if (first === undefined) {
    first = findResearchName(view);
    firstResearchName.set(ctx, first);
  }
  return first < limit;
}

/** Per text part: the first token of a researcher's or research body's name (asked often). */
const firstResearchName = new WeakMap<Context, number>();

function findResearchName(view: ReferenceView): number {
  const { ctx, names } = view;
  for (let k = 0; k < ctx.tokens.length; k++) {
    if (!ctx.name[k]) continue;
    const r = names.runAt(k);
    if (r < 0) continue;
    const kind = names.kind(r);
    if (kind === 'person' && researcherName(ctx, names, r)) return k;
    if (kind === 'organisation')
      for (let q = names.start[r]!; q < names.end[r]!; q++)
        if (RESEARCH_BODIES.has(ctx.tokens[q]!.lower)) return k;
    k = Math.max(k, names.end[r]! - 1);
  }
  return Infinity;
}

/**
 * Whether a post-modifier places the people in a body the story named before by a definite
 * description: `in the sales division`, `of that department`, `at the plant` after the company
 * was named (as a source), `within the council` after `Carrowden County Council` (a name with
 * that word).
 */
function bodyNamedBefore(view: ReferenceView, np: NounPhrase): boolean {
  const { ctx, registry } = view;
  const toks = ctx.tokens;
  const k = np.coreEnd;
  const prep = toks[k]?.lower ?? '';
  if (!(BODY_PREPS.has(prep) || prep === 'on') || !DEFINITE_BODY.has(toks[k + 1]?.lower ?? ''))
    return false;
  // the body's head: the last word of the phrase, singular, an organisation noun or the place a
  // body works at ("A former supervisor at the plant" after "Kelmore Foods shut its Ashby plant");
  // after `on`, only a unit one serves on ("a former nurse on the unit", "scientists on the
  // mission", "a member on the board"), not a place or a topic ("experts on the subject")
  const last = np.end - 1;
  const w = toks[last]!.lower;
  const servedOn = SERVED_ON.has(w);
  if (prep === 'on' && !servedOn) return false;
  const workplace = WORKPLACES.has(w) || servedOn;
  if (last <= k + 1 || (!workplace && headClass(ctx, last) !== 'organisation')) return false;
  // (a place is no body: "strategists in the state", "officials in the county")
  if ((w.endsWith('s') && !w.endsWith('ss')) || PLACE_KINDS.has(w)) return false;
  for (let q = k + 2; q < last; q++) if (toks[q]!.kind !== 'word' || ctx.name[q]) return false;
  // (a workplace is a named body's when the story named a body before its sentence: `the plant`
  // refers back; in its own sentence only a body that places something ("a ward at Brackenridge
  // Hospital ..., a former nurse on the unit has alleged"), not the outlet that saw the documents;
  // and not for those who only come to it: "paramedics at the airport", "a suspect at the
  // complex")
  if (workplace) return !VISITING.has(toks[np.head]!.lower) && workplaceBody(view, np.start);
  const body = registry.latest('organisation');
  if (body && body.entity.named === true && body.first < toks[np.start]!.start) return true;
  // ("A source within the council" after "officials at Carrowden County Council": a body named
  // before with that word, though no cue credited it)
  return view.names.organisation(np.start, w) >= 0;
}

const BODY_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'of', 'from', 'for', 'within']);

/**
 * Whether a named organisation stands before token `k` for a workplace there to refer back to:
 * one before `k`'s sentence, or one in it that a preposition places something at (`a ward at
 * Brackenridge Hospital`; not `emails seen by The Capital Post`).
 */
function workplaceBody(view: ReferenceView, k: number): boolean {
  const { ctx, names } = view;
  const first = sentenceStart(ctx, k);
  const r = names.organisation(k);
  if (r < 0) return false;
  if (names.end[r]! <= first) return true;
  let b = names.start[r]! - 1;
  if (ctx.tokens[b]?.lower === 'the') b--;
  if (PLACING_PREPS.has(ctx.tokens[b]?.lower ?? '')) return true;
  return names.organisation(first) >= 0;
}

/** Prepositions that place something at a body: `a ward at Brackenridge Hospital`. */
const PLACING_PREPS: ReadonlySet<string> = new Set(['at', 'in', 'of', 'on']);

/**
 * Whether the post-modifier of `np` places its people in a part of a body that a possessive
 * points back to, a body the story named: "A former manager at the company's warehouse in
 * Dalby", "Staff in the university's complaints office" after the company or the university is
 * named (a definite pointer to a named body, decision 5 of the labelled sets). Not a place's
 * part ("the city's fire department") nor a country's institution's ("the government's").
 */
function possessorBodyNamed(view: ReferenceView, np: NounPhrase): boolean {
  const { ctx } = view;
  const toks = ctx.tokens;
  const k = np.coreEnd;
  if (!BODY_PREPS.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'the') return false;
  const b = k + 2;
  const w = toks[b];
  if (!w || w.kind !== 'word' || ctx.name[b] || toks[b + 1]?.lower !== "'s" || b + 2 >= np.end)
    return false;
  if (headClass(ctx, b) !== 'organisation') return false;
  if (PLACE_KINDS.has(w.lower) || PLACE_WORDS.has(w.lower) || NOT_BODY_MODIFIERS.has(w.lower))
    return false;
  return view.body(np, w.lower)?.entity.named === true;
}

/**
 * "Each side blamed the other", "Both sides claimed victory", "both governments denied it", "the
 * two sides": the sides of a contest the text set out before between named parties ("talks
 * between the government of Ostrava and the rebel Eastern Front", "the border between Talva and
 * Orsk") are those parties, so the source is named.
 */
function sidesOfNamedContest(
  view: ReferenceView,
  np: NounPhrase,
  head: string,
  det: string,
): boolean {
  const toks = view.ctx.tokens;
  if (np.end !== np.head + 1 || !SIDE_HEADS.has(head)) return false;
  const pair = det === 'the' && toks[np.start + 1]?.lower === 'two';
  if (!(np.head === np.start + 1 && SIDE_DETS.has(det)) && !(pair && np.head === np.start + 2))
    return false;
  for (let k = np.start - 1; k >= 0; k--)
    if (toks[k]!.lower === 'between' && namedPairAfter(view, k + 1, np.start)) return true;
  return false;
}

/**
 * "The two companies said", "Both ministries denied it", "Each network says", "both armies
 * claimed gains": a description that counts bodies as a pair (or as all three or four) refers back
 * to bodies the story named, and is as named as they are (ANNOTATION.md: a definite description
 * that plainly refers back to a named entity). The bodies are named before it or in the sentences
 * after it (the story's first for a headline's): as many names of organisations with the
 * head's word in them (`the Interior Ministry and the Defence Ministry`), names coordinated by
 * `and` that are no person's (`Kestrel Air and Palm Jet`, `Talvan and Orsk troops`), or for the
 * parties to a conflict as many places with forces of their own (`forcesOfPlaces`). Not people (`the two men` is
 * `partOfGroup`'s), not a count the story never named (`both companies` after `Acme and a rival
 * firm`), not an indefinite count (`two companies`).
 */
function namedBodiesCounted(
  view: ReferenceView,
  np: NounPhrase,
  head: string,
  det: string,
): boolean {
  const { ctx } = view;
  const toks = ctx.tokens;
  // (the whole phrase: not "both sides of the debate")
  if (np.head !== np.coreEnd - 1 || np.end !== np.coreEnd) return false;
  const second = toks[np.start + 1]?.lower ?? '';
  let count = 0;
  let from = np.start + 1;
  if (PAIR_DETERMINERS.has(det)) count = 2;
  else if ((det === 'the' || det === 'all') && COUNT_WORDS.has(second)) {
    count = COUNT_WORDS.get(second)!;
    from = np.start + 2;
  }
  if (count === 0 || from > np.head || (det === 'all' && count === 2)) return false;
  // (one body each for `each network`, `neither government`; a plural for the rest)
  const singular = det === 'each' || det === 'either' || det === 'neither';
  const cls = headClass(ctx, np.head);
  const state = STATE_HEADS.has(head);
  if (!state && cls !== 'organisation') return false;
  if (singular === head.endsWith('s') && !state) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  const si = ctx.sentenceOf[np.start]!;
  const s = ctx.sentences[si]!;
  // a headline's count is of the bodies the story's first sentences name
  const ahead = isHeadline(ctx, s);
  const a = ahead ? s.last : Math.max(0, ctx.sentences[Math.max(0, si - COUNT_REACH)]!.first);
  // (or in the two sentences after it, which say who they are: "Both armies claimed progress. The
  // Dornish defence ministry said ... A spokesman for the Velian general staff")
  const b = ctx.sentences[Math.min(ctx.sentences.length - 1, si + (ahead ? 3 : 2))]!.last;
  const word = singular ? head : singularOf(head);
  return (
    kindNamesBetween(view, a, b, word) >= count ||
    coordinatedNames(view, a, b, state) >= count ||
    (state && forcesOfPlaces(ctx, a, b) >= count)
  );
}

/**
 * How many places or peoples tokens `[a, b)` give a force or a state body of their own (`the
 * Dornish army`, `Dravia's Defence Ministry`, `Velian general staff`, `forces of neighbouring
 * Karvat`): the parties to a conflict, counted once each (`Dravia` and `Dravian` are one).
 */
function forcesOfPlaces(ctx: Context, a: number, b: number): number {
  const toks = ctx.tokens;
  const seen = new Set<string>();
  for (let k = a; k < b; k++) {
    if (!ctx.name[k] || ctx.name[k + 1]) continue;
    let q = toks[k + 1]?.lower === "'s" ? k + 2 : k + 1;
    // (a word or two between: "the Dornish defence ministry", "Velian general staff")
    let force = false;
    for (let n = 0; n < 3 && q < b && toks[q]!.kind === 'word' && !ctx.name[q]; n++, q++)
      if (FORCE_WORDS.has(toks[q]!.lower)) force = true;
    // ("forces of Karvat", "forces of neighbouring Karvat")
    const of =
      (toks[k - 1]?.lower === 'of' && FORCE_WORDS.has(toks[k - 2]?.lower ?? '')) ||
      (toks[k - 2]?.lower === 'of' && FORCE_WORDS.has(toks[k - 3]?.lower ?? ''));
    // (a place or people before a force word; any name after `forces of`)
    if ((force && isPlaceName(ctx, k)) || of) seen.add(partyKey(toks[k]!.lower));
  }
  return seen.size;
}

/** A place and its people as one key: `dravia` and `dravian` -> `drav`. */
function partyKey(w: string): string {
  for (const end of PEOPLE_ENDINGS)
    if (w.length > end.length + 2 && w.endsWith(end)) return w.slice(0, -end.length);
  return w;
}

/** Endings of a people's or a place's name, longest first. */
const PEOPLE_ENDINGS: readonly string[] = [
  'ians',
  'ian',
  'ans',
  'an',
  'ish',
  'ese',
  'ia',
  'a',
  'i',
];

/** Words for a state's armed forces and the bodies that speak for them in a conflict. */
const FORCE_WORDS: ReadonlySet<string> = new Set([
  'army',
  'command',
  'forces',
  'government',
  'military',
  'ministry',
  'navy',
  'soldiers',
  'staff',
  'troops',
  'units',
]);

/** Determiners of a pair: `both ministries`, `each side`, `neither government`. */
const PAIR_DETERMINERS: ReadonlySet<string> = new Set(['both', 'each', 'either', 'neither']);

/** Counts after `the` or `all`: `the two companies`, `all three networks`. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
]);

/** Heads of the parties to a conflict, which may be states the story names by place. */
const STATE_HEADS: ReadonlySet<string> = new Set([
  'armies',
  'camps',
  'sides',
  'side',
  'army',
  'countries',
  'country',
  'forces',
  'governments',
  'government',
  'militaries',
  'military',
  'nations',
  'nation',
  'navies',
  'navy',
]);

/** How many sentences back a counted description looks for the bodies it counts. */
const COUNT_REACH = 12;

/** The singular of a plural body noun: `ministries` -> `ministry`, `companies` -> `company`. */
function singularOf(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('sses'))
    return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** How many distinct organisations named in tokens `[a, b)` carry `word` in their names. */
function kindNamesBetween(view: ReferenceView, a: number, b: number, word: string): number {
  const { ctx, names } = view;
  const toks = ctx.tokens;
  const seen = new Set<string>();
  for (let k = a; k < b; k++) {
    if (!ctx.name[k]) continue;
    const r = names.runAt(k);
    if (r < 0) continue;
    const e = names.end[r]!;
    if (names.kind(r) === 'organisation')
      for (let q = names.start[r]!; q < e; q++)
        if (toks[q]!.lower === word) {
          seen.add(names.key(r));
          break;
        }
    k = Math.max(k, e - 1);
  }
  return seen.size;
}

/**
 * The longest list of names that are no person's that tokens `[a, b)` coordinate by `and` (2 for
 * `Kestrel Air and Palm Jet`, `the Interior Ministry and the Defence Ministry`, `Talvan and Orsk
 * troops`; 3 for `Brenton Mobile, Skylark Telecom and Orvin Networks`), 0 for none; places count
 * only for parties to a conflict (`state`).
 */
function coordinatedNames(view: ReferenceView, a: number, b: number, state: boolean): number {
  const { ctx, names } = view;
  const toks = ctx.tokens;
  /** The first token of the body's name that ends at `k`, or -1. */
  const body = (k: number): number => {
    if (k < a || k >= b || !ctx.name[k]) return -1;
    const r = names.runAt(k);
    if (r < 0) return -1;
    const kind = names.kind(r);
    // (a name the pass takes for a person's but knows no gender or title of may be a body's:
    // `Palm Jet`, which the counted description calls a company)
    const fits =
      kind === 'person'
        ? names.gender(r) === '' && names.title(r) === ''
        : state || kind !== 'place';
    return fits ? names.start[r]! : -1;
  };
  let most = 0;
  for (let q = a + 1; q < b - 1; q++) {
    if (toks[q]!.lower !== 'and') continue;
    const next = toks[q + 1]!.lower === 'the' ? q + 2 : q + 1;
    if (!ctx.name[next] || body(next) < 0) continue;
    let n = 1;
    // back over `X, Y and`: each name, then a comma before it
    for (let e = q - 1; ;) {
      const f = body(e);
      if (f < 0) break;
      n++;
      const before = toks[f - 1]?.lower === 'the' ? f - 2 : f - 1;
      if (toks[before]?.lower !== ',') break;
      e = before - 1;
    }
    if (n >= 2) most = Math.max(most, n);
  }
  return most;
}

/**
 * Whether the words from `k` (before `limit`, twelve tokens at most) read a phrase with a name,
 * `and`, and a phrase with a name: "the government of Ostrava and the rebel Eastern Front".
 */
function namedPairAfter(view: ReferenceView, k: number, limit: number): boolean {
  const { ctx } = view;
  const toks = ctx.tokens;
  let named = 0;
  for (let q = k, n = 0; q < limit && n < 12; q++, n++) {
    const w = toks[q]!;
    if (w.lower === 'and' && named === 1) {
      named = 2;
      continue;
    }
    if (w.kind !== 'word' && w.lower !== "'s") return false;
    if (ctx.name[q]) {
      if (named === 2) return true;
      named = Math.max(named, 1);
    }
  }
  return false;
}

/** Determiners of the sides of a contest: `each side`, `both sides`, `neither government`. */
const SIDE_DETS: ReadonlySet<string> = new Set(['both', 'each', 'either', 'neither']);

/** Heads that stand for the parties of a contest: `side`, `camps`, `governments`. */
const SIDE_HEADS: ReadonlySet<string> = new Set([
  'camp',
  'camps',
  'government',
  'governments',
  'side',
  'sides',
]);

/** The first token of the sentence of token `k`. */
function sentenceStart(ctx: Context, k: number): number {
  return ctx.sentences[ctx.sentenceOf[k]!]!.first;
}

/**
 * Places a body works at, which stand for it after `at the`: `the plant`, `the site`, `the
 * station`, `the surgery` (a hospital, a school, a shop, a mine, a newsroom: decision 122 of the
 * labelled sets, a workplace of the story's one named body).
 */
const WORKPLACES: ReadonlySet<string> = new Set([
  'airport',
  'branch',
  'campus',
  'clinic',
  'complex',
  'depot',
  'facility',
  'factory',
  'home',
  'hospital',
  'hotel',
  'jail',
  'kitchen',
  'mill',
  'mine',
  'newsroom',
  'plant',
  'prison',
  'quarry',
  'refinery',
  'restaurant',
  'shipyard',
  'shop',
  'site',
  'station',
  'store',
  'surgery',
  'terminal',
  'warehouse',
  'yard',
]);

/**
 * People who come to a workplace without working for its body: responders, suspects, witnesses,
 * inspectors (`paramedics at the airport`, `a suspect at the complex`, `police at the plant`).
 */
const VISITING: ReadonlySet<string> = new Set([
  ...ruleWords('responderHeads'),
  ...ruleWords('plainPeople'),
  ...ruleWords('enforcers'),
  'auditors',
  'detective',
  'gunman',
  'inspector',
  'inspectors',
  'intruder',
  'intruders',
  'investigator',
  'investigators',
  'officers',
  'protester',
  'protesters',
  'protestor',
  'protestors',
  'regulators',
  'suspect',
  'suspects',
  'witness',
  'witnesses',
]);

/**
 * Units one serves on, which stand for their body after `on the`: `a former nurse on the unit`,
 * `scientists on the mission`, `a member on the board`.
 */
const SERVED_ON: ReadonlySet<string> = new Set([
  'board',
  'committee',
  'council',
  'crew',
  'desk',
  'mission',
  'panel',
  'programme',
  'project',
  'show',
  'staff',
  'team',
  'unit',
  'ward',
]);

/**
 * Whether the word before the person noun of `np` is a body's common noun (`company` of `a
 * company spokesperson`, `studio`, `union`) that refers back to a body the story named, as `the
 * company` would. Not a place's (`city officials`, the settled case), a country's institution
 * (`military officials`, decision 62 of the labelled sets), the police (decision 60), nor a kind
 * of body (`a law firm partner`).
 */
function modifierBody(view: ReferenceView, np: NounPhrase): boolean {
  const { ctx } = view;
  const k = np.head - 1;
  const w = ctx.tokens[k];
  if (k < np.start || !w || w.kind !== 'word' || ctx.name[k]) return false;
  if (headClass(ctx, k) !== 'organisation' || NOT_BODY_MODIFIERS.has(w.lower)) return false;
  if (PLACE_WORDS.has(w.lower) || PLACE_QUALIFIERS.has(w.lower)) return false;
  if (kindModifier(ctx, k, np.start)) return false;
  // ("One rival team boss", "an outside company adviser": another body of that kind)
  for (let q = np.start; q < k; q++) if (OTHER_BODY.has(ctx.tokens[q]!.lower)) return false;
  return view.body(np, w.lower)?.entity.named === true;
}

/** Words of another body than the one named: `a rival team boss`, `an outside company adviser`. */
const OTHER_BODY: ReadonlySet<string> = new Set([
  'another',
  'competing',
  'opposing',
  'other',
  'outside',
  'rival',
]);

/** Body nouns that name no body of the story before a person noun: `military`, `police`. */
const NOT_BODY_MODIFIERS: ReadonlySet<string> = new Set([
  ...ruleWords('uniqueInstitutions'),
  'police',
]);

/** People known as belonging to a body: `employee`, `worker`, `insider`. */
const MEMBER_HEADS = ruleWords('memberHeads');
const DEFINITE_BODY: ReadonlySet<string> = new Set(['the', 'that', 'this']);

/**
 * Whether document phrase `np` names its issuer: `by City Auditor Lorraine Beck`, `filed with the
 * Ellwood County Board of Elections`, also right after the phrase (`a tally by the Kesh
 * Monitoring Group`).
 */
export function issuerNamed(view: ReferenceView, np: NounPhrase): boolean {
  const toks = view.ctx.tokens;
  for (let k = np.coreEnd; k <= np.end + 1; k++) {
    if (k >= np.end && toks[np.end]?.lower !== 'by' && !FILED_WITH.has(toks[np.end]?.lower ?? ''))
      break;
    if (issuedByName(view, k, k === np.coreEnd || k === np.end)) return true;
  }
  // "The report, by Marrowby Council, warns", "The review, commissioned by the Diocese of
  // Harnmouth, found", "The review, carried out last autumn by the Welfare Ministry's digital
  // unit, found": the issuer in a comma aside right after the document
  if (toks[np.end]?.lower !== ',') return false;
  const s = view.ctx.sentences[view.ctx.sentenceOf[np.end]!]!;
  let k = np.end + 1;
  if (toks[k]?.lower !== 'by') {
    const v = toks[k]?.lower ?? '';
    // (not how the outlet got it: "The memo, seen by the Post,"; decision 68)
    if (!ISSUED.has(v) && !(ISSUING.has(v) && PARTICLES.has(toks[k + 1]?.lower ?? '')))
      return false;
    k = pastParticiple(view.ctx, k, s.last);
  }
  if (issuedByName(view, k, true)) return true;
  // "The report, prepared by council finance officers for the cabinet," in a story about
  // Marrowby Council: people of a named body (decision 68 of the labelled sets)
  if (toks[k]?.lower !== 'by') return false;
  const agent = phraseStartingAt(view.ctx, k + 1, s.last + 1);
  if (!agent || !namedness(view.ctx, agent)) return false;
  // ("by the inquiry chair, a retired judge,": an office of a body the story has not named
  // names its holder only with the name beside it, "the inquiry chair, Mira Stolt,")
  return headClass(view.ctx, agent.head) !== 'title' || nameIn(view.ctx, agent.start, s.last);
}

/** Whether a name stands in `[from, limit)` before the next comma after the first. */
function nameIn(ctx: Context, from: number, limit: number): boolean {
  let commas = 0;
  for (let q = from; q < limit; q++) {
    if (ctx.name[q]) return true;
    if (ctx.tokens[q]!.lower === ',' && ++commas > 1) return false;
  }
  return false;
}

/**
 * Whether a document is a named body's, by reference: issued by a name (`The 46-page report by
 * City Auditor Lorraine Beck`), filed with one (`records filed with the Ellwood County Board of
 * Elections`), a body's own inquiry (`an internal investigation` in a sentence the body speaks
 * in), or the named document itself under another word (`the research` after the named study).
 */
function documentNamed(
  view: ReferenceView,
  np: NounPhrase,
  head: string,
  det: string,
): Tracked | Named | null {
  const { ctx, registry } = view;
  const toks = ctx.tokens;
  if (issuerNamed(view, np)) return true;
  // "Its report, published on Tuesday, rated" after "The Custody Standards Inspectorate visited
  // the jail", "her letter" after "Ana Okafor resigned": the document of the named body or person
  // the possessive stands for, as "the inspectorate's report" would be
  const owner = possessiveOwner(view, np, det);
  if (owner) return owner;
  // "according to its own figures" after "The Carrow Wool Exchange has held auctions": the body
  // in view that the look-up of `its` did not reach (its-body.ts)
  if (ownedInView(view, np)) return true;
  const at = toks[np.start]!.start;
  const s = ctx.sentences[ctx.sentenceOf[np.start]!]!;
  // "The University of Harwick has asked ... after an internal investigation found": the inquiry
  // of the body that acts in the sentence
  if (
    np.head > np.start &&
    np.end === np.coreEnd &&
    INQUIRIES.has(head) &&
    OWN.has(toks[np.head - 1]!.lower)
  ) {
    const body = registry.latest('organisation');
    if (body && body.entity.named === true && body.last >= toks[s.first]!.start && body.last < at)
      return true;
    if (organisationBetween(view, s.first, np.start)) return true;
  }
  // "An internal investigation at the University of X has concluded that ..., according to a
  // report obtained by the Weekly": the report of the sentence's named inquiry
  if ((det === 'a' || det === 'an') && np.head === np.coreEnd - 1 && inquiryBefore(view, np))
    return true;
  // "an internal review by her own department": the department of the person the sentence names
  if (byOwnersBody(view, np, head, det)) return true;
  // "according to a coast guard statement" after "the coast guard said": the document of the
  // named body its modifier names
  if (np.head > np.start && bodyModifierNamed(view, np)) return true;
  // "the research showed" after "a large study published in the journal X": the story's latest
  // document, when it is a named one
  if (det === 'the' && np.head === np.start + 1 && RESEARCH.has(head)) {
    const doc = registry.latest('document');
    if (doc && doc.entity.named === true && doc.last < at) return doc;
    // "the study shows" after "a team led by Dr. Ana Ruiz of Lowther University": the work of
    // the researchers the story named, unless an unnamed study of its own came before
    if (
      !registry.unnamedBefore(head, at) &&
      studyOfNamedResearchers(ctx, view.names, head, np.start)
    )
      return true;
  }
  return null;
}

/**
 * How named the owner is that the possessive pronoun opening document phrase `np` stands for
 * (`Its report`, `their statement`, `her letter`), when it is a named body or person; null for
 * anything else, for a pronoun with no such referent, and for a document of another's
 * (`its lawyers' letter`).
 */
function possessiveOwner(view: ReferenceView, np: NounPhrase, det: string): Named | null {
  const { ctx } = view;
  const as = POSSESSIVE_PRONOUNS.get(det);
  if (!as) return null;
  for (let k = np.start + 1; k < np.head; k++) if (ctx.tokens[k]!.kind === 'pos') return null;
  // ("A petition calling for ... according to its organisers": `its` is the opening thing)
  if (det === 'its' && openingThing(ctx, np.start)) return null;
  const owner = view.pronoun(np.start, ctx.sentenceOf[np.start]!, as);
  if (!owner || !owner.entity.named) return null;
  const type = owner.entity.type;
  return type === 'organisation' || type === 'person' ? owner.entity.named : null;
}

/**
 * Whether an inquiry of a named body (`An internal investigation at the University of X`, `The
 * Acme audit`) is a source earlier in `np`'s sentence: the report it cites holds its findings.
 */
function inquiryBefore(view: ReferenceView, np: NounPhrase): boolean {
  const { ctx, registry } = view;
  const toks = ctx.tokens;
  if (!REPORTS.has(toks[np.head]!.lower)) return false;
  const from = toks[ctx.sentences[ctx.sentenceOf[np.start]!]!.first]!.start;
  const at = toks[np.start]!.start;
  for (let i = registry.all.length - 1; i >= 0; i--) {
    const t = registry.all[i]!;
    if (t.merged || t.last < from || t.first >= at) continue;
    if (INQUIRIES.has(t.head) && t.entity.named !== false) return true;
  }
  return false;
}

/** Documents that hold an inquiry's findings: `a report`, `a summary`. */
const REPORTS: ReadonlySet<string> = new Set(['report', 'summary']);

/**
 * Whether document `np` ends in `by her (own) department` (`his office`, `its own panel`) after a
 * name of its sentence, or is `the review` after such a document in the two sentences before:
 * the body of the person or body the sentence named.
 */
function byOwnersBody(view: ReferenceView, np: NounPhrase, head: string, det: string): boolean {
  const toks = view.ctx.tokens;
  if (ownersBodyAt(view, np.coreEnd) === np.end - 1) return true;
  if (det !== 'the' || np.head !== np.start + 1) return false;
  const floor = view.ctx.sentences[Math.max(0, view.ctx.sentenceOf[np.start]! - 2)]!.first;
  for (let h = np.start - 1; h >= floor; h--)
    if (toks[h]!.lower === head && ownersBodyAt(view, h + 1) > 0) return true;
  return false;
}

/**
 * The body token of `by her (own) department` at token `k`, after a person's or body's name in
 * its sentence, or -1.
 */
function ownersBodyAt(view: ReferenceView, k: number): number {
  const { ctx, names } = view;
  const toks = ctx.tokens;
  if (toks[k]?.lower !== 'by' || !POSSESSIVE_PRONOUNS.has(toks[k + 1]?.lower ?? '')) return -1;
  const body = toks[k + 2]?.lower === 'own' ? k + 3 : k + 2;
  if (!toks[body] || headClass(ctx, body) !== 'organisation' || ctx.name[body]) return -1;
  const s = ctx.sentences[ctx.sentenceOf[k]!]!;
  for (let q = s.first; q < k; q++) {
    if (!ctx.name[q]) continue;
    const r = names.runAt(q);
    if (r >= 0 && (names.kind(r) === 'person' || names.kind(r) === 'organisation')) return body;
  }
  return -1;
}

/**
 * Whether the word before a document's head is a body (`a coast guard statement`, `the ministry
 * report`) that the story named before: the latest named organisation ends in that word.
 */
function bodyModifierNamed(view: ReferenceView, np: NounPhrase): boolean {
  const { ctx, registry } = view;
  const k = np.head - 1;
  if (headClass(ctx, k) !== 'organisation' || ctx.name[k]) return false;
  // (not what the parties file with a court: "court filings", "court papers" after "the court
  // heard" are the prosecution's or the defence's, decision 105 of the labelled sets)
  if (ctx.tokens[k]!.lower === 'court' && FILED_AT_COURT.has(ctx.tokens[np.head]!.lower))
    return false;
  const body = registry.latest('organisation');
  if (!body || body.entity.named !== true || body.first >= ctx.tokens[np.start]!.start)
    return false;
  return lastWord(body.entity.name) === ctx.tokens[k]!.lower;
}

/**
 * What parties file with a court, which the court only holds: `filings`, `papers`, `records`
 * (decision 105 of the labelled sets: "court records" are `named: false`).
 */
const FILED_AT_COURT: ReadonlySet<string> = new Set([
  'affidavit',
  'affidavits',
  'document',
  'documents',
  'filing',
  'filings',
  'papers',
  'record',
  'records',
  'submission',
  'submissions',
]);

/** The last word of `name`, lowercase: what `name.toLowerCase().split(/\s+/).at(-1)` gives. */
function lastWord(name: string): string {
  let a = name.length;
  while (a > 0 && !isSpace(name.charCodeAt(a - 1))) a--;
  return name.slice(a).toLowerCase();
}

/**
 * Whether a named person or body issued or holds a document from token `k` on: `by City Auditor
 * Lorraine Beck`, `by the Kesh Monitoring Group`, `filed with the Ellwood County Board of
 * Elections`. A bare `by` counts only right after the document (`first` true); later, only after a
 * participle that issues (`prepared by`: not `obtained by`, which says who got hold of it).
 */
function issuedByName(view: ReferenceView, k: number, first: boolean): boolean {
  const { ctx, names } = view;
  const toks = ctx.tokens;
  const w = toks[k]?.lower;
  if (w !== 'by' && w !== 'with') return false;
  const before = toks[k - 1]?.lower ?? '';
  if (w === 'with' && !FILED_WITH.has(before)) return false;
  if (w === 'by' && !first && !ISSUED.has(before)) return false;
  let q = k + 1;
  if (toks[q]?.lower === 'the') q++;
  const r = issuerRun(view, q);
  if (r < 0) return false;
  const kind = names.kind(r);
  return kind === 'person' || kind === 'organisation' || kind === 'publication';
}

/**
 * The name run of an issuer starting at token `q`, or -1; a name with a plural possessive inside
 * (`the Tenants' Union`) is one name, its run the last part's.
 */
function issuerRun(view: ReferenceView, q: number): number {
  const { ctx, names } = view;
  let r = ctx.name[q] ? names.runAt(q) : -1;
  while (r >= 0) {
    const e = names.end[r]!;
    if (ctx.tokens[e]?.kind !== 'pos' || !ctx.name[e + 1]) break;
    const next = names.runAt(e + 1);
    if (next < 0 || next === r) break;
    r = next;
  }
  return r;
}

/**
 * The end token of a named issuer right after a document phrase the subject search cut short
 * (`a tally` + `by the Kesh Monitoring Group`), or the phrase's own end: the source the reader
 * sees is the whole of it.
 */
function issuerEnd(view: ReferenceView, np: NounPhrase): number {
  const { ctx, names } = view;
  const toks = ctx.tokens;
  const w = toks[np.end]?.lower ?? '';
  const k = w === 'by' ? np.end : FILED_WITH.has(w) ? np.end + 1 : -1;
  if (k < 0 || !issuedByName(view, k, true)) return np.end;
  const q = toks[k + 1]!.lower === 'the' ? k + 2 : k + 1;
  return names.end[issuerRun(view, q)]!;
}

/** Whether the text names an organisation in tokens `[a, b)`. */
function organisationBetween(view: ReferenceView, a: number, b: number): boolean {
  const { ctx, names } = view;
  for (let k = a; k < b; k++) {
    if (!ctx.name[k]) continue;
    const r = names.runAt(k);
    if (r < 0) continue;
    if (names.kind(r) === 'organisation') return true;
    k = Math.max(k, names.end[r]! - 1);
  }
  return false;
}

/** Participles by which a document comes to be held by an office: `filed with`. */
const FILED_WITH: ReadonlySet<string> = new Set(['filed', 'lodged', 'registered']);

/** Participles before `by` that issue a document: `prepared by`, `compiled by`. */
const ISSUED = ruleWords('issuedByNamed');

/** Inquiries a body makes of itself: `an internal investigation`, `its own review`. */
const INQUIRIES: ReadonlySet<string> = new Set([
  'assessment',
  'audit',
  'inquiry',
  'investigation',
  'probe',
  'review',
]);
const OWN: ReadonlySet<string> = new Set(['internal', 'own']);

/** Words for a study the story relies on: `the research`, `the findings`. */
const RESEARCH: ReadonlySet<string> = new Set([
  'analysis',
  'findings',
  'paper',
  'research',
  'study',
  'survey',
]);

/**
 * Whether a headline's one-word subject (`Audit Finds ...`, `Network Says ...`, entity `p` of
 * `words` words) stands for the named entity `t` the story credits: its first named document, or
 * the named body its lede (`lede` true) credits, of the same sort (`Agency Says` and `the Institute
 * of Geophysics said`; not `Union` and `Acme Corp.`), or anything named its lede credits for a
 * word of no known kind that opens the headline (`opens`: `Iwi says` and `Ngati Rua says`). The story names what its headline
 * announces.
 */
export function headlineStandsFor(
  p: Tracked,
  words: number,
  t: Tracked,
  lede: boolean,
  opens: boolean,
): boolean {
  if (words !== 1 || p.entity.named !== false || t.entity.named !== true || t.merged) return false;
  const type = p.entity.type;
  // (a word of no known kind only as the headline's first word: not `holiday` of "Shares slide as
  // holiday forecast disappoints")
  if (type === 'unknown') return lede && opens && t.entity.type !== 'document';
  if (type !== t.entity.type) return false;
  if (type === 'document') return true;
  if (type !== 'organisation' || !lede) return false;
  // a public body for a public body, a company for a company ("operator calls" is not "the ...
  // Union said"); a word of neither sort (`Regulator`, `Watchdog`) for either
  const body = (t.orgKey || t.head).split(' ').some((w) => NON_COMPANY.has(w));
  if (NON_COMPANY.has(p.head)) return body;
  return !body || !COMPANY_HEADS.has(p.head);
}

/**
 * Whether a headline's one-word group of a body's people (`Deputies Say`, `Officials Say`, entity
 * `p`) are people of the named body `t` the lede credits (`the Brantley County Sheriff's Office
 * said`): named in part, like `officials at the office`.
 */
export function headlinePeopleOf(p: Tracked, word: string, t: Tracked): boolean {
  if (p.entity.named !== false || p.entity.type !== 'group' || !BODY_PEOPLE.has(word)) return false;
  if (t.merged) return false;
  // (a body given through a named one is named in part: "Kelby's dam inspectorate said")
  if (t.entity.named !== true && !(t.entity.named === 'partial' && described(t))) return false;
  // (or a named body the lede gives by a description of no known kind: "investigators say" over
  // "..., the branch said" after the Rail Accident Branch; "Officials Say" over "the county's only
  // hospital said")
  return t.entity.type === 'organisation' || (t.entity.type === 'unknown' && described(t));
}

/**
 * Whether entity `t` was first met as a description (`the branch`, `Vessmark's labour
 * inspectorate`), not a name.
 */
function described(t: Tracked): boolean {
  const name = t.entity.name;
  const c = name.charCodeAt(0);
  return (c >= 97 && c <= 122) || name.includes("'s ");
}

const BODY_PEOPLE = ruleWords('bodyPeople');
const COMPANY_HEADS = ruleWords('companyHeads');

/** Bodies that are no company (`union`, `ministry`): a headline's `Union` is not the lede's firm. */
const NON_COMPANY = ruleWords('nonCompanyBodies');

/**
 * Whether a body is known only by its tie to another (`The company's union`, `its lenders`, `the
 * bank's rivals`): a body of its own that the story does not name, so unnamed (decision 6 of the
 * labelled sets, like `the minister's ally`), unlike a part of the named body (`the company's
 * board`).
 */
export function relatedBodyOnly(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!RELATED_BODIES.has(toks[np.head]!.lower) && !relationModified(ctx, np)) return false;
  // ("The country's largest supplier, Corvel Pharma": named in apposition)
  for (let k = np.coreEnd; k < np.end; k++) if (ctx.name[k]) return false;
  if (OWNING_PRONOUNS.has(toks[np.start]!.lower)) return true;
  // the owner is a body ("the company's", "Tavistock's"), not a place ("the country's")
  for (let k = np.start + 1; k < np.head; k++)
    if (toks[k]!.kind === 'pos')
      return ctx.name[k - 1] ? !isPlaceName(ctx, k - 1) : headClass(ctx, k - 1) === 'organisation';
  return false;
}

const RELATED_BODIES = ruleWords('relatedBodies');

/**
 * Whether a body's head has a word of its tie to another right before it (`its partner agency`,
 * `the bank's parent company`, `their sister paper`): another body, known only by that tie.
 */
function relationModified(ctx: Context, np: NounPhrase): boolean {
  const h = np.head;
  return (
    h > np.start &&
    RELATED_BODY_MODIFIERS.has(ctx.tokens[h - 1]!.lower) &&
    headClass(ctx, h) === 'organisation'
  );
}

/** Words of a tie before a body's head: `partner`, `parent`, `sister`, `rival`. */
const RELATED_BODY_MODIFIERS = ruleWords('relatedBodyModifiers');
/** Heads that say only how someone stands to another: `a friend of`, `critics of`. */
const RELATION_HEADS = ruleWords('relationHeads');
const OWNING_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

/**
 * Whether the sentence of token `k` opens with an indefinite phrase for a thing, not a person or
 * a body, before `k` (`A petition calling for ...`, `An online campaign backed by ...`): the
 * nearest `it` a later `its` can stand for, though no cue credits it.
 */
function openingThing(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const first = sentenceStart(ctx, k);
  const det = toks[first]!.lower;
  if (det !== 'a' && det !== 'an') return false;
  let head = -1;
  for (let q = first + 1; q < k && q <= first + 4; q++) {
    const t = toks[q]!;
    if (t.kind !== 'word' || ctx.name[q] || (t.f & (F.PREP | F.FUNC)) !== 0) break;
    // (a participle or a verb ends the phrase: "A petition calling for", "A fund set up")
    if (q > first + 1 && (t.lower.endsWith('ing') || t.lower.endsWith('ed'))) break;
    head = q;
  }
  if (head < 0) return false;
  const cls = headClass(ctx, head);
  return cls === 'other' || cls === 'document';
}

/**
 * Whether, reading back from `its` at token `k` within its sentence, an indefinite phrase for a
 * body (`a small group`, `a consortium of lenders`, `an armed faction`) comes before any name:
 * the nearest body `its` can stand for is one the story does not name.
 */
function nearerUnnamedBody(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const first = sentenceStart(ctx, k);
  for (let q = k - 1; q >= first; q--) {
    if (ctx.name[q]) return false;
    const det = toks[q]!.lower;
    if (det !== 'a' && det !== 'an') continue;
    const np = phraseStartingAt(ctx, q, k);
    if (np && np.end <= k && headClass(ctx, np.head) === 'organisation') return true;
  }
  return false;
}

/**
 * Whether phrase `np` opens with `its` and no other possessive (`its lawyers' letter` is
 * another's), `its` is no indefinite thing that opens the sentence (`openingThing`) nor an
 * indefinite body nearer than any name (`nearerUnnamedBody`), the phrase is
 * no inquiry of which `its` may be the subject (`Its most recent inspection` of a school), and the
 * body in view that `its` stands for is named (its-body.ts).
 */
function ownedInView(view: ReferenceView, np: NounPhrase): boolean {
  const { ctx } = view;
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'its') return false;
  const head = toks[np.head]!.lower;
  if (INQUIRIES.has(head) || INSPECTIONS.has(head)) return false;
  for (let k = np.start + 1; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  if (openingThing(ctx, np.start) || nearerUnnamedBody(ctx, np.start)) return false;
  return itsOwnerNamed(view, np.start) === true;
}

/** Those who own or join a body rather than work in it: `its owners`, `its members`. */
const PLACED_HEADS: ReadonlySet<string> = new Set(['member', 'members', 'owner', 'owners']);

/**
 * Whether source phrase `np` is `its members` or `their owners`: people who join or own the body
 * the possessive stands for, placed by it and no voice of it (decisions 80 and 91, points 295 and
 * 337), though the body's own people (`its staff`) are named in part.
 */
export function placedOwned(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  return (
    np.head === np.start + 1 &&
    OWNING_PRONOUNS.has(toks[np.start]!.lower) &&
    PLACED_HEADS.has(toks[np.head]!.lower)
  );
}

/** What a body undergoes rather than does: `its latest inspection`. */
const INSPECTIONS: ReadonlySet<string> = new Set(['inspection', 'inspections']);

/**
 * Whether `its`/`their` at the start of a description of people (`Its trustees said`, `their
 * executives`) refers to a named body: they are that body's people, a source named in part, like
 * `trustees of the museum`. Not its ties (`its lenders`: see `relatedBodyOnly`), and not a
 * person's (`their lawyers` of two named men are representatives, above).
 */
function ownedByNamedBody(view: ReferenceView, np: NounPhrase): boolean {
  const { ctx } = view;
  // ("A petition calling for the department to be saved has gathered 6,000 signatures,
  // according to its organisers": `its` is the thing that opens the sentence, no body)
  if (ctx.tokens[np.start]!.lower === 'its' && openingThing(ctx, np.start)) return false;
  // ("The ministry said the strike was organised by a small group and that its leaders would
  // answer": `its` is the unnamed body nearer than any name, whose people are unnamed too)
  if (ctx.tokens[np.start]!.lower === 'its' && nearerUnnamedBody(ctx, np.start)) return false;
  const owner = view.pronoun(np.start, ctx.sentenceOf[np.start]!, 'it');
  return owner !== null && owner.entity.type === 'organisation' && owner.entity.named === true;
}
