/** Names that only place or nationalise (`U.S.`, `Calder County`, `Chinese`): they identify no one. */
import type { Context } from '../context';
import { isDet, isWord } from '../context';
import type { Token } from '../tokenize';
import {
  F,
  INDUSTRY_WORDS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PLACE_NAMES,
  PLACE_QUALIFIERS,
  PLACE_WORDS,
  PLURAL_DEMONYMS,
  PUBLICATION_WORDS,
  ROLE_NOUNS,
  TITLE_NOUNS,
} from '../lexicon';
import { WordFacts } from '../word-facts';

/** Whether the name at token `i` is only a place or nationality (`U.S.`, `Calder County`, `Chinese`). */
export function isPlaceName(ctx: Context, i: number): boolean {
  // asked about the same tokens again and again: the answer is kept per token (0 = not yet)
  const known = ctx.placeNames[i];
  if (known) return known === 2;
  const yes = computePlaceName(ctx, i);
  if (i >= 0 && i < ctx.placeNames.length) ctx.placeNames[i] = yes ? 2 : 1;
  return yes;
}

function computePlaceName(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  const t = toks[i]!;
  const place = (t.f & F.PLACE) !== 0;
  if (place && (PLACE_QUALIFIERS.has(t.lower) || PLACE_NAMES.has(t.lower))) return true;
  // "a Lisdorn-based trader": where a person or body is based places it, whatever the name
  if (t.lower.endsWith('-based')) return true;
  if (ctx.places.size > 0 && ctx.places.has(t.lower)) return true;
  if (
    ctx.name[i] &&
    !ctx.name[i - 1] &&
    t.lower.length > 4 &&
    demonymEnding(t.lower) &&
    !doubleBarrelled(ctx, t)
  ) {
    // a demonym before a common noun: "Velmarkian journalists"
    const next = toks[i + 1];
    // (not a verb: "Adeyemi said", "Nakamichi has")
    if (
      next &&
      isWord(next) &&
      !ctx.name[i + 1] &&
      (next.f & (F.FUNC | F.REPORT | F.AUX | F.BE | F.ADV)) === 0 &&
      // (not a name in -i or -ic the text also uses on its own: "fined Stampli, the operator"
      // makes "a former Stampli engineer" an engineer of the company, "beat Celtic" a club;
      // "an Ostravan" is still a demonym)
      !((t.lower.endsWith('i') || t.lower.endsWith('ic')) && standsAlone(ctx, t.lower)) &&
      // (not the first word of a company the text named: "a Meridian spokesperson" after
      // "Meridian Pictures")
      !startsCompany(ctx, t.lower, i)
    )
      return true;
  }
  if (isPluralDemonym(ctx, i)) return true;
  // the name run containing i: is a place word part of it? ("Calder County", "Port Kestwick", "Gate 4")
  let a = i;
  while (a - 1 >= 0 && (ctx.name[a - 1] || toks[a - 1]!.kind === 'num')) a--;
  let b = i;
  while (b + 1 < toks.length && (ctx.name[b + 1] || (toks[b + 1]!.kind === 'num' && ctx.name[b])))
    b++;
  // ("Quarry Hill Capital", "the Harbour Gazette": a body named after a place is no place)
  let inRun = false;
  for (let k = a; k <= b; k++) {
    const w = toks[k]!;
    if ((w.f & F.PLACE) !== 0 && PLACE_WORDS.has(w.lower)) {
      if (inRun || k >= i) inRun = true;
      // "City Auditor Lorraine Beck", "County Sheriff Ana Okafor": a title after the place word
      // begins a person's name; only the words before it are the place
      else if (titleAfter(toks, k + 1, i)) return false;
      else inRun = true;
    } else if (
      ((w.f & F.NAME_WORD) !== 0 &&
        (ORG_SUFFIXES.has(w.lower) || PUBLICATION_WORDS.has(w.lower))) ||
      // ("the Harbour Trust", "Bay College", "the River Theatre": an institution)
      (k > a && NAMED_INSTITUTIONS.has(w.lower)) ||
      // ("Bright Harbour Records", "Port Ellis Marine": a company named after a place, its
      // industry's word last)
      (k > a && k === b && INDUSTRY_WORDS.has(w.lower)) ||
      ((w.f & F.ACTOR) !== 0 && ORG_NOUNS.has(w.lower))
    )
      return false;
  }
  if (inRun) return !apposedBody(ctx, b);
  // "Middle Eastern investors", "Central Asian diplomats", "Southeast Asian officials": a people's
  // or region's adjective after words of a part of the world is a place qualifier as a whole
  if (b > a && regionQualifier(toks, a, b)) return true;
  // a multiword place from the list: "New York", "Saudi Arabia"
  return (
    b > a && (toks[a]!.f & F.PLACE) !== 0 && PLACE_NAMES.has(`${toks[a]!.lower} ${toks[b]!.lower}`)
  );
}

/**
 * Whether the name ending at token `b` is followed by an apposition that calls it a body, a
 * determiner and at most three lowercase words to an organisation noun: "Harbour Light, a
 * homelessness charity", "Port Ellis, the shipping line" (a place word inside a body's name).
 */
function apposedBody(ctx: Context, b: number): boolean {
  const toks = ctx.tokens;
  if (toks[b + 1]?.lower !== ',' || !isDet(toks[b + 2])) return false;
  for (let k = b + 3; k < b + 7; k++) {
    const w = toks[k];
    if (!w || w.kind !== 'word' || w.cap || ctx.name[k]) return false;
    if ((w.f & F.ACTOR) !== 0 && ORG_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/**
 * Last words of an institution's name, which a place word before them does not make a place
 * (`the Harbour Trust`, `Bay College`); not `police` (`Kelm Police` places a force: decision 60
 * of the labelled sets) nor words of a building (`centre`, `hotel`, `palace`).
 */
const NAMED_INSTITUTIONS: ReadonlySet<string> = new Set([
  'college',
  'gallery',
  'hospice',
  'hospital',
  'infirmary',
  'library',
  'observatory',
  'society',
  'theater',
  'theatre',
  'trust',
]);

/** Words that pick a part of the world before a people's adjective: `Central`, `Middle`, `Southeast`. */
const REGION_PARTS: ReadonlySet<string> = new Set([
  'central',
  'east',
  'eastern',
  'middle',
  'north',
  'northeast',
  'northern',
  'northwest',
  'south',
  'southeast',
  'southern',
  'southwest',
  'west',
  'western',
]);

/**
 * Whether name run `[a, b]` is words of a part of the world and then a people's or region's
 * adjective (`Middle Eastern`, `Central Asian`, `Southeast Asian`; not `East African Breweries`,
 * whose last word is a body's).
 */
function regionQualifier(toks: readonly Token[], a: number, b: number): boolean {
  const last = toks[b]!;
  if (!PLACE_QUALIFIERS.has(last.lower) || last.lower.endsWith('s')) return false;
  for (let k = a; k < b; k++) if (!REGION_PARTS.has(toks[k]!.lower)) return false;
  return true;
}

/** Whether a title or role word (`Auditor`, `Sheriff`) stands in tokens `[a, i]`. */
function titleAfter(toks: readonly Token[], a: number, i: number): boolean {
  for (let k = a; k <= i; k++) {
    const w = toks[k]!;
    if ((w.f & F.ACTOR) !== 0 && (TITLE_NOUNS.has(w.lower) || ROLE_NOUNS.has(w.lower))) return true;
  }
  return false;
}

/**
 * Whether `word` began a company's name before token `i`: the first word of a name whose next
 * and last word is a company's (`Meridian Pictures`, `Corinthian Holdings`; not `the Valdesian
 * Interior Ministry`, a country's body).
 */
function startsCompany(ctx: Context, word: string, i: number): boolean {
  const at = ctx.nameWords.get(word);
  if (at === undefined || at >= i || ctx.name[at - 1] || ctx.name[at + 2]) return false;
  const next = ctx.tokens[at + 1];
  return (
    !!next && !!ctx.name[at + 1] && (ORG_SUFFIXES.has(next.lower) || INDUSTRY_WORDS.has(next.lower))
  );
}

/** Per text, whether a capitalised word also stands alone as a name (a page repeats them). */
const ALONE = new WordFacts();

/**
 * Whether `word` occurs in the text as a name that no common noun follows: the subject or object
 * of a verb (`Stampli said`, `fined Stampli,`), not a demonym (`Israeli officials`).
 */
function standsAlone(ctx: Context, word: string): boolean {
  return ALONE.get(ctx, word, () => aloneInText(ctx, word));
}

/** Whether `word` stands alone as a name anywhere in the text part (`standsAlone`, uncached). */
function aloneInText(ctx: Context, word: string): boolean {
  const toks = ctx.tokens;
  let alone = false;
  for (let k = 0; k < toks.length && !alone; k++) {
    if (toks[k]!.lower !== word || !toks[k]!.cap || (k > 0 && isDet(toks[k - 1]))) continue;
    const next = toks[k + 1];
    alone =
      !next ||
      next.kind === 'punct' ||
      next.kind === 'pos' ||
      (next.f & (F.REPORT | F.AUX | F.BE)) !== 0 ||
      (k > 0 && isWord(toks[k - 1]) && (toks[k - 1]!.f & F.REPORT) !== 0);
  }
  return alone;
}

/**
 * Whether a name in a demonym's ending is two capitalised names joined by a hyphen, as firms and
 * families are named (`Halden-Rossi`, `Smith-Kowalski`), not a compound people (`Greek-Cypriot`,
 * `Anglo-Irish`, `Sino-Japanese`: a first part that is a people or place, or ends in `-o`).
 */
function doubleBarrelled(ctx: Context, t: Token): boolean {
  const dash = t.lower.lastIndexOf('-');
  if (dash < 2 || dash > t.lower.length - 3) return false;
  const c = ctx.text.charCodeAt(t.start + dash + 1);
  if (c < 65 || c > 90) return false;
  const first = t.lower.slice(0, dash);
  return (
    !first.endsWith('o') &&
    !first.includes('-') &&
    !demonymEnding(first) &&
    !PLACE_QUALIFIERS.has(first) &&
    !PLACE_NAMES.has(first)
  );
}

/** `/(?:ian|ese|ish|ean|an|ic|i)$/` without a regular expression (a hot path). */
function demonymEnding(w: string): boolean {
  const n = w.length;
  const c = w.charCodeAt(n - 1);
  if (c === 105) return true; // -i
  if (c === 110) return w.charCodeAt(n - 2) === 97; // -an (-ian, -ean)
  if (c === 99) return w.charCodeAt(n - 2) === 105; // -ic ("Icelandic", "Baltic")
  if (c === 101) return w.endsWith('ese');
  return c === 104 && w.endsWith('ish');
}

/**
 * A plural demonym on its own: "Many Tunisians", "Israelis", "two Britons" (people of a place, not a
 * name).
 */
export function isPluralDemonym(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  return (
    ctx.name[i] === 1 &&
    // (the length and the last letter before the expression: asked of every name)
    t.lower.length > 4 &&
    t.lower.charCodeAt(t.lower.length - 1) === 115 &&
    ((t.lower.length > 5 && /(?:ians|ans|is)$/.test(t.lower)) || PLURAL_DEMONYMS.has(t.lower)) &&
    !ctx.name[i - 1] &&
    !ctx.name[i + 1] &&
    // "Ferris said", "Evans said" after "Alan Ferris", "Mia Evans": a surname, not a people
    !ctx.nameWords.has(t.lower)
  );
}

/**
 * A singular demonym standing for a person: "a Syrian who fled", "an Iraqi said", "one Texan told"
 * (a nationality or people the lexicon knows, after `a`, `an`, `one` or `another`, alone in its
 * name).
 */
export function isSingularDemonym(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (ctx.name[i] !== 1 || ctx.name[i - 1] || ctx.name[i + 1]) return false;
  const before = ctx.tokens[i - 1]?.lower;
  if (before !== 'a' && before !== 'an' && before !== 'one' && before !== 'another') return false;
  return (t.f & F.PLACE) !== 0 && PLACE_QUALIFIERS.has(t.lower);
}
