/**
 * The entity a name stands for: a person by surname, fuller name or lone first name (`Okafor` and
 * `Mr. Okafor` for `Sheriff Ana Okafor`, `her mother, Fiona`), two people joined by `and`, an
 * organisation or its acronym (`MSS` for `the Ministry of State Security`), and the name a source
 * phrase gives in apposition (`A Harlow spokeswoman, Tessa Moorcroft`).
 */
import type { Context } from '../../context';
import { F, ruleWords } from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import type { NounPhrase } from '../../phrase/noun-phrase';
import { describedName } from '../../subject/aside';
import type { Names } from '../names';
import { isTitleWord } from '../names';
import type { Tracked } from '../registry';
import type { LinkState } from './state';

/**
 * The two people or two bodies a phrase of two names joined by `and` names (`Mara Lind and Tessa
 * Moorcroft`, `Lind and Moorcroft` after both were met, `both Roscosmos and NASA`), as one group
 * named after both; null for any other phrase.
 */
export function personPair(st: LinkState, np: NounPhrase): Tracked | null {
  const names = st.names;
  const toks = st.ctx.tokens;
  const b = names.runAt(np.end - 1);
  if (b < 0 || names.end[b] !== np.end) return null;
  let and = names.start[b]! - 1;
  // (bodies with their article: "the Space Agency and the Navy")
  const the = toks[and]?.lower === 'the';
  if (the) and--;
  if (and <= np.start || toks[and]!.lower !== 'and') return null;
  const a = names.runAt(and - 1);
  if (a < 0 || names.end[a] !== and) return null;
  // ("both Roscosmos and NASA said")
  let start = toks[np.start]!.lower === 'both' ? np.start + 1 : np.start;
  // (the first body's article too: "the Space Agency and the Navy", "The Harbour Authority and
  // Mara Lind")
  if (toks[start]?.lower === 'the') start++;
  if (names.start[a] !== start) return null;
  const people = !the && isPerson(st, a) && isPerson(st, b);
  // "Mara Lind and the Harbour Authority said": a person and a body, each a source
  const person = people ? -1 : personWithBody(st, a, b, the);
  // "Both Roscosmos and NASA said", "Nintendo and Apple announced": two bodies, one source for
  // both, not the second alone (one of them known as a body, the other no person)
  const unknowns = !people && person < 0 && !bodies(st, a, b, the);
  if (unknowns && !unknownNames(st, a, b, the)) return null;
  const member = (r: number): Tracked =>
    people || r === person
      ? personOf(st, r, null)
      : unknowns
        ? singleName(st, r, np)
        : orgOf(st, r);
  const first = member(a);
  const second = member(b);
  // (one person twice is no pair: a photo credit run into the text, "Apple Nintendo and Apple")
  if (first === second) return null;
  const name = `${first.entity.name} and ${second.entity.name}`;
  const pair = st.registry.create(name, true, 'group', toks[np.start]!.start);
  // (the ledgers credit the pair's claims to each of the two)
  st.registry.noteMembers(pair.entity, [first, second]);
  return pair;
}

/**
 * Whether runs `a` and `b` name two bodies: each an organisation, a publication or a name of no
 * known kind that is no person, one of them at least known as a body. `the` is whether the
 * second has its article (`Astravel and the Lunar Office`: two bodies, whatever the first is).
 */
function bodies(st: LinkState, a: number, b: number, the: boolean): boolean {
  const names = st.names;
  const body = (r: number): boolean => {
    const kind = names.kind(r);
    return kind === 'organisation' || kind === 'publication';
  };
  const other = (r: number): boolean =>
    body(r) || (names.kind(r) === 'unknown' && !isPerson(st, r));
  // (not "Avon and Somerset Police": a word of no known kind before a body's name of several
  // words shares that name's head, one body; "Avon and the Somerset Police" are two)
  if (!the && !body(a) && names.end[b]! - names.start[b]! > 1) return false;
  return (body(a) && other(b)) || (body(b) && other(a));
}

/**
 * Whether runs `a` and `b` are two one-word names of no known kind, neither a person met before
 * (`Kessel and Varnow announced`, two bodies or two surnames the story has not introduced): two
 * sources the story credits together, each its own, not the second alone. A word of no known kind
 * before a body's name of several words is no such pair (`Avon and Somerset Police`: one body).
 */
function unknownNames(st: LinkState, a: number, b: number, the: boolean): boolean {
  const names = st.names;
  const lone = (r: number): boolean =>
    names.end[r]! - names.start[r]! === 1 && names.kind(r) === 'unknown' && !isPerson(st, r);
  return !the && lone(a) && lone(b);
}

/**
 * Of runs `a` and `b` joined by `and`, the one that names a person when the other names a body
 * known as one (by its kind, or met before as a body): `Mara Lind and the Harbour Authority`,
 * `Greenpeace and Mara Lind` after Greenpeace was met. -1 otherwise (not two surnames, one of
 * them never met: `Lind and Brack`). `the`: the second has its article, so it is the body.
 */
function personWithBody(st: LinkState, a: number, b: number, the: boolean): number {
  const names = st.names;
  const body = (r: number): boolean => {
    const kind = names.kind(r);
    return kind === 'organisation' || kind === 'publication' || !!st.registry.org(names.key(r));
  };
  if (isPerson(st, a) && body(b)) return a;
  if (!the && isPerson(st, b) && body(a)) return b;
  return -1;
}

/** Whether run `r` names a person: by its kind, or a surname met before as a person's. */
function isPerson(st: LinkState, r: number): boolean {
  const names = st.names;
  if (names.kind(r) === 'person') return true;
  if (names.end[r]! - names.start[r]! !== 1) return false;
  return fullerName(st, r) !== r || !!st.registry.person(names.surname(r));
}

/** The entity of the person named by run `r`, met in phrase `np`. */
export function personOf(st: LinkState, r: number, np: NounPhrase | null): Tracked {
  const names = st.names;
  const surname = names.surname(r);
  const words = names.end[r]! - names.start[r]!;
  const first = words > 1 ? st.ctx.tokens[names.start[r]!]!.lower : '';
  let known = st.registry.person(surname, first);
  // (a first name known alone is no surname: "her brother, Tomas" is not "Mila Tomas")
  if (known && first && st.givenOnly.includes(known)) known = undefined;
  known ??= fullNameOf(st, first, surname, r);
  if (known) {
    // "Ana Okafor" after "Okafor": the fuller name is the display name
    if (first && !known.given) {
      st.registry.named(known, first);
      known.entity.name = names.text(r);
    }
    if (!known.gender) known.gender = names.gender(r);
    const before = names.titleBefore(r);
    if (before) st.registry.setHead(before, known);
    return known;
  }
  const at = st.ctx.tokens[names.start[r]!]!.start;
  const title = names.title(r);
  const full = words > 1 ? r : fullerName(st, r);
  const t = st.registry.create(names.text(full), true, 'person', at, {
    surname,
    given:
      names.end[full]! - names.start[full]! > 1 ? st.ctx.tokens[names.start[full]!]!.lower : '',
    gender: names.gender(full) || names.gender(r),
    head: title,
  });
  if (np) {
    // "A Harlow spokeswoman, Tessa Moorcroft": a later "the spokeswoman" is her
    const h = st.ctx.tokens[np.head]!;
    if (!st.ctx.name[np.head] && isTitleWord(h)) st.registry.setHead(h.lower, t);
  }
  return t;
}

/**
 * The person a lone first name in apposition names (`her mother, Fiona`), known by it until
 * the story gives the full name (no other person's surname: a later `Mila Tomas` is not the
 * `Tomas` of `her brother, Tomas`).
 */
export function firstName(st: LinkState, r: number): Tracked {
  const names = st.names;
  const word = names.surname(r);
  const met = knownByFirstName(st, word);
  if (met) return met;
  const at = st.ctx.tokens[names.start[r]!]!.start;
  const gender = names.gender(r);
  const t = st.registry.create(names.text(r), true, 'person', at, { surname: word, gender });
  st.givenOnly.push(t);
  return t;
}

/**
 * The person still known by first name `word` alone, if any. (A loop, not `givenOnly.find(...)`:
 * a closure over `word` made its callers allocate a context on every call.)
 */
function knownByFirstName(st: LinkState, word: string): Tracked | undefined {
  const given = st.givenOnly;
  for (let i = 0; i < given.length; i++) {
    const g = given[i]!;
    if (g.surname === word && !g.merged) return g;
  }
  return undefined;
}

/**
 * The person known so far by first name `first` alone ("her mother, Fiona"), whom the full
 * name of run `r` ("Fiona Parry") now names; undefined when there is none.
 */
function fullNameOf(st: LinkState, first: string, surname: string, r: number): Tracked | undefined {
  if (!first) return undefined;
  const t = knownByFirstName(st, first);
  if (!t) return undefined;
  st.givenOnly.splice(st.givenOnly.indexOf(t), 1);
  st.registry.renamed(t, surname, first);
  t.entity.name = st.names.text(r);
  return t;
}

/** An earlier run of this part naming the same person more fully (`Ana Okafor` for `Okafor`). */
function fullerName(st: LinkState, r: number): number {
  const names = st.names;
  const q = names.named(names.surname(r), names.start[r]!);
  return q >= 0 && names.kind(q) === 'person' && names.end[q]! - names.start[q]! > 1 ? q : r;
}

/** The entity of the organisation or publication named by run `r`. */
export function orgOf(st: LinkState, r: number): Tracked {
  const names = st.names;
  const key = names.key(r);
  const known = st.registry.org(key);
  if (known) return known;
  // ("Whole Foods said" opening a sentence, where `Whole` may be read as a common word: the last
  // word of a body's name met before is that body)
  if (names.end[r]! - names.start[r]! === 1) {
    const whole = st.registry.latestOrganisation(key);
    if (whole && whole.orgKey.endsWith(` ${key}`)) return whole;
  }
  const at = st.ctx.tokens[names.start[r]!]!.start;
  const t = st.registry.create(bodyName(st, r), true, 'organisation', at, { orgKey: key });
  if (names.kind(r) === 'publication') t.outlet = true;
  // "the Ministry of State Security (MSS)": the acronym names it too
  const toks = st.ctx.tokens;
  const e = names.end[r]!;
  if (toks[e]?.lower === '(' && toks[e + 2]?.lower === ')')
    st.registry.addOrg(toks[e + 1]!.lower, t);
  return t;
}

/**
 * The display name of organisation run `r`: the name as written, or the body of a press office
 * named in a photo credit (`Roscosmos Space Agency` of `Roscosmos Space Agency Press Service`).
 */
function bodyName(st: LinkState, r: number): string {
  const names = st.names;
  const toks = st.ctx.tokens;
  const a = names.start[r]!;
  const e = names.end[r]!;
  if (e - a >= 3 && toks[e - 2]!.lower === 'press' && PRESS_OFFICES.has(toks[e - 1]!.lower))
    return st.ctx.text.slice(toks[a]!.start, toks[e - 3]!.end);
  return names.text(r);
}

/** Last words of a body's press office after `Press`: `Press Service`, `Press Office`. */
const PRESS_OFFICES: ReadonlySet<string> = new Set(['centre', 'center', 'office', 'service']);

/** A one-word name (`Okafor`, `Crispin`, `MSS`): a known person, body or acronym, or new. */
export function singleName(st: LinkState, r: number, np: NounPhrase): Tracked {
  const names = st.names;
  const word = names.key(r);
  const known = st.registry.person(names.surname(r)) ?? st.registry.org(word);
  if (known) return known;
  const run = names.acronym(word);
  if (run >= 0) return orgOf(st, run);
  // an earlier name of this part: "Sheriff Ana Okafor arrived. ... Okafor said", "Crispin
  // Snacks ... Crispin said"
  const q = names.named(word, names.start[r]!);
  if (q >= 0 && q !== r) return names.kind(q) === 'person' ? personOf(st, q, np) : orgOf(st, q);
  if (names.kind(r) === 'person') return personOf(st, r, np);
  const at = st.ctx.tokens[names.start[r]!]!.start;
  // ("Republicans said", "The Tories said": a party's members, a group)
  const type = PARTY_MEMBERS.has(word) ? (word.endsWith('s') ? 'group' : 'person') : 'unknown';
  return st.registry.create(names.text(r), true, type, at, { orgKey: word });
}

/**
 * The person a source phrase names: its head's name (`Chief Executive Officer Arnav Desai`) or a
 * name in apposition (`A Harlow spokeswoman, Tessa Moorcroft`); -1 when none. A name further in
 * (`documents obtained by Jo Park`, `a spokesman for Sen. Ochoa`) is not the source's.
 */
export function personIn(ctx: Context, names: Names, np: NounPhrase): number {
  const r = names.runAt(np.head);
  if (r >= 0) return names.kind(r) === 'person' ? r : -1;
  const toks = ctx.tokens;
  for (let k = np.coreEnd; k < np.end - 1; k++) {
    if (toks[k]!.lower !== ',') continue;
    // ("Its top scorer, striker Dario Mendes": after a noun for what the person is)
    const at = describedName(ctx, k + 1, np.end);
    const a = names.runAt(at);
    if (a < 0 || (names.from[a] !== at && names.start[a] !== at)) return -1;
    // ("her mother, Fiona": a lone given name after a noun for a person, kin or friend, not
    // for a role a body can hold, is that person's)
    const kind = names.kind(a);
    const lone = kind === 'unknown' && names.end[a] === names.start[a]! + 1;
    if (kind !== 'person' && !(lone && headClass(ctx, np.head) === 'person')) return -1;
    const e = names.end[a]!;
    // ("The researcher, Ilse Brandvik of the consultancy Northgate": her affiliation may follow)
    return e >= np.end || toks[e]?.kind === 'punct' || AFFILIATION.has(toks[e]!.lower) ? a : -1;
  }
  return -1;
}

/** Members of a party by its name or creed: `Republicans`, `Tories`. */
const PARTY_MEMBERS = ruleWords('partyMembers');

/** Prepositions of a person's affiliation after their name: `Ilse Brandvik of Northgate`. */
const AFFILIATION: ReadonlySet<string> = new Set(['at', 'from', 'of', 'with']);

/**
 * The organisation a description of a body names in apposition (`The ship's operator, Nordvik
 * Tankers`, `The sponsor, the Orrell Heart Foundation`), or -1.
 */
export function bodyIn(ctx: Context, names: Names, np: NounPhrase): number {
  if (ctx.name[np.head]) return -1;
  const toks = ctx.tokens;
  let k = np.coreEnd;
  if (toks[k]?.lower !== ',') return -1;
  // ("The sponsor, the Orrell Heart Foundation": the name with its article; "The seller, listed
  // fund Cairnstone Trust": with a noun for what the body is)
  if (toks[k + 1]?.lower === 'the') k++;
  const at = describedName(ctx, k + 1, np.end);
  const a = names.runAt(at);
  if (a < 0 || names.from[a] !== at) return -1;
  const kind = names.kind(a);
  if (kind !== 'organisation' && kind !== 'publication') return -1;
  const e = names.end[a]!;
  // ("According to a senior official, the Ministry of Transport said": a name that a verb
  // follows is the next clause's subject, no apposition closed by a comma)
  const after = toks[e];
  if (after?.kind === 'word' && (after.f & (F.REPORT | F.AUX | F.BE)) !== 0) return -1;
  return e >= np.end || after?.kind === 'punct' ? a : -1;
}

/** Whether a source phrase is a name and nothing else (`Ana Okafor`, `Acme Corp.`). */
export function onlyName(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.end; k++)
    if (!ctx.name[k] && ctx.tokens[k]!.lower !== '.' && ctx.tokens[k]!.lower !== '&') return false;
  return true;
}
