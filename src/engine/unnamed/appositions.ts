/**
 * What stands next to an unnamed candidate and identifies it after all: a name in apposition
 * (`Alma Reyes, a retired carrier`), another actor it describes (`One striker, a crane operator`),
 * a naming phrase (`outlets including the Morning Ledger`), an anonymity clause, a named person
 * whose body the phrase gives (`Sergeant Ola Berg of the Kelm police`).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isOpenQuote, isPrep, isPronoun, isPunct, isVerbLike } from '../context';
import { F, ruleWords } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { selfGivenName } from '../phrase/namedness';
import { isPlaceName } from '../phrase/places';
import type { Sentence } from '../sentences';

/**
 * Where the name starts after an aside that names the person ("The suspect, who has been named
 * as Dale Ivers,", "The driver, identified as Mo Park,"), or `q` when the aside does not open so.
 */
function namedAs(ctx: Context, s: Sentence, q: number): number {
  const toks = ctx.tokens;
  let k = q;
  if (toks[k]?.lower === 'who') {
    k++;
    while (k < s.last && (isAux(toks[k]) || toks[k]!.lower === 'been' || isAdverb(toks[k]))) k++;
  }
  const v = toks[k]?.lower;
  if ((v !== 'named' && v !== 'identified') || toks[k + 1]?.lower !== 'as') return q;
  return ctx.name[k + 2] ? k + 2 : q;
}

/**
 * Whether the lowercase word at `k` may open a bare description before a name in apposition
 * ("listed fund", "rival bidder"): a content word that is no verb of saying, no -ing form and no
 * function word, and an -ed form only before another word of the description ("listed fund").
 */
function descriptorBeforeName(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || ctx.name[k]) return false;
  if ((t.f & F.FUNC) !== 0 || isPrep(t) || isAdverb(t) || isPronoun(t)) return false;
  if (t.lower.endsWith('ing')) return false;
  const n = ctx.tokens[k + 1];
  if (/[a-z]ed$/.test(t.lower))
    return !!n && n.kind === 'word' && !n.cap && !isVerbLike(n) && !isPrep(n);
  return (t.f & F.REPORT) === 0 && !isVerbLike(t);
}

/** Whether token `k` is a lowercase noun right before a comma or stop: `consortium,`. */
function nounBeforeComma(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.cap || isPrep(t) || isVerbLike(t)) return false;
  if ((t.f & (F.REPORT | F.FUNC)) !== 0) return false;
  return isPunct(ctx.tokens[k + 1]);
}

/** Heads whose `of` names the one they side with: `allies of the minister`. */
const SIDE_OF: ReadonlySet<string> = new Set([
  'allies',
  'ally',
  'confidant',
  'confidante',
  'confidants',
  'loyalist',
  'loyalists',
]);

/**
 * Whether the phrase ends in the principal its people are close to, a definite person whom a
 * name right after the comma identifies, not the phrase: "A person close to the chief executive,
 * Maya Orr, said", "Allies of the home secretary, Marcus Vell, insist", "people close to the
 * bank's founder, Aurel Vast," (decision 67: those known by whom they are close to stay
 * unnamed). The principal is `the` or an owner's noun, a person, and the closeness is `close
 * to` or an ally's `of` (not "a spokesman for the club, Jo Hale,", who speaks for it, nor "a
 * friend of the victim, Amy Roe,", whom the name may be).
 */
export function principalApposed(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const last = np.end - 1;
  if (last <= np.head + 2 || !isPunct(toks[np.end], ',')) return false;
  const h = toks[np.head + 1]?.lower;
  let k = np.head + 1;
  // ("people close to", "a source very close to")
  while (k < last && isAdverb(toks[k])) k++;
  const lead =
    toks[k]?.lower === 'close' && toks[k + 1]?.lower === 'to'
      ? k + 2
      : h === 'of' && SIDE_OF.has(toks[np.head]!.lower)
        ? np.head + 2
        : -1;
  if (lead < 0 || lead > last) return false;
  const d = toks[lead]!.lower;
  let owned = false;
  for (let q = lead + 1; q < last; q++) if (toks[q]!.kind === 'pos') owned = true;
  if (d !== 'the' && !owned) return false;
  // (the principal is one person: "the chief executive", "the bank's founder", "the runner-up")
  for (let q = lead; q <= last; q++) if (ctx.name[q] && toks[q]!.kind !== 'pos') return false;
  const cls = headClass(ctx, last);
  return isPersonClass(cls);
}

/** Whether a name stands in apposition next to the phrase: `Alma Reyes, a retired carrier`. */
export function nameApposition(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // after: ", Name," / ", Name and Name," (not "Officials in Norvath's capital, Irvost,": a
  // name after a place noun that ends a post-modifier names the place)
  const last = toks[np.end - 1]!;
  const placeLast = np.end - 1 > np.head && PLACE_KINDS.has(last.lower);
  // (not the principal's name: "A person close to the chief executive, Maya Orr,")
  if (isPunct(toks[np.end], ',') && !placeLast && !principalApposed(ctx, np)) {
    let q = namedAs(ctx, s, np.end + 1);
    // ('a separate firm, "Brightline Works," that': a name in quotes)
    const quoted = isOpenQuote(toks[q]) && ctx.name[q + 1] === 1;
    if (quoted) q++;
    // ("Its current champion, a schoolteacher named Ruth Penhallow,": a description the
    // apposition names at once)
    if (toks[q]?.lower === 'a' || toks[q]?.lower === 'an') {
      for (let d = q + 1; d < s.last && d <= q + 5 && toks[d]!.kind === 'word'; d++)
        if (NAMING_WORDS.has(toks[d]!.lower)) {
          if (ctx.name[d + 1] === 1 && !isPlaceName(ctx, d + 1)) return true;
          break;
        }
    }
    // ("Two other bidders, the private-equity firms Harrow Lane and Okafor Partners,": a
    // description before the names; "The funder, the Kessling Cancer Trust,": a name with its
    // article)
    // ("The seller, listed fund Cairnstone Property Trust,": a bare description before the name)
    const the = toks[q]?.lower === 'the';
    if (the || descriptorBeforeName(ctx, q)) {
      let d = the ? q + 1 : q;
      while (
        d < s.last &&
        d <= q + 4 &&
        !ctx.name[d] &&
        toks[d]!.kind === 'word' &&
        !isPrep(toks[d]) &&
        (the || descriptorBeforeName(ctx, d))
      )
        d++;
      if (ctx.name[d]) q = d;
    }
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
    // ("Its rival, the Korsten-Bay consortium,": a name before the description's own noun)
    if (the && names > 0 && nounBeforeComma(ctx, q)) q++;
    // "a reporter, Jim Cole of the Tribune,": a name with its affiliation
    if (names > 0 && (toks[q]?.lower === 'of' || toks[q]?.lower === 'at')) {
      q++;
      while (q < s.last && !isPunct(toks[q])) q++;
    }
    if (quoted && toks[q]?.kind === 'quote') q++;
    if (names > 0 && (q >= s.last || isPunct(toks[q]))) return true;
  }
  // ("Lena Ortiz, an astronomer at Calder University and an expert in computing,": the second
  // of two descriptions joined in the apposition)
  const d0 = toks[np.start]!.lower;
  if (
    toks[np.start - 1]?.lower === 'and' &&
    (d0 === 'a' || d0 === 'an' || d0 === 'the') &&
    (!toks[np.end] ||
      isPunct(toks[np.end]) ||
      toks[np.end]!.lower === 'who' ||
      toks[np.end]!.lower === 'and') &&
    secondDescription(ctx, s, np.start - 1)
  )
    return true;
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
  // ("Joan Whitley, a cardiac nurse and president of the union": a second description joined)
  const enclosed =
    !after ||
    np.end >= s.last ||
    isPunct(after) ||
    after.lower === 'who' ||
    after.lower === 'and' ||
    reducedRelativeClosed(ctx, s, np.end);
  if (!enclosed || !(first === 'a' || first === 'an' || first === 'the')) return false;
  let k = start - 1;
  if (isPunct(toks[k], ',')) {
    k--;
    if (toks[k]?.kind === 'num' && isPunct(toks[k - 1], ',')) k -= 2;
    if (k >= s.first && ctx.name[k] && !isPlaceName(ctx, k)) {
      let n = k;
      while (n > s.first && (ctx.name[n - 1] || toks[n - 1]!.lower === '.')) n--;
      // (a name with `the` is no person: "Speaking to the Clarion, a former adviser, who asked
      // not to be named," describes someone else than the paper)
      if (toks[n - 1]?.lower === 'the' && isPersonClass(headClass(ctx, np.head))) return false;
      if (isPunct(after) || after?.lower === 'who' || after?.lower === 'and') return true;
      // (a reduced relative: not after "According to Lt. Jo Ruiz," whose comma ends a phrase)
      return !(toks[n - 1]?.lower === 'to' && toks[n - 2]?.lower === 'according');
    }
  }
  return false;
}

/**
 * Whether `and` at `k` joins a description to an earlier one in apposition to a name:
 * "Name, a/an/the ... and". Looks back within the clause, over no verb and no other punctuation.
 */
function secondDescription(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k - 1; q > s.first + 1 && q >= k - 12; q--) {
    const w = toks[q]!;
    if (isPunct(w, ',')) {
      const d = toks[q + 1]?.lower;
      return (
        (d === 'a' || d === 'an' || d === 'the') && !!ctx.name[q - 1] && !isPlaceName(ctx, q - 1)
      );
    }
    if (isPunct(w) || isVerbLike(w)) return false;
  }
  return false;
}

/**
 * Whether a reduced relative at `k` runs to a closing comma: "Nordavax, a biotechnology company
 * based in Aalvik, said", "Gareth Pellow, the former harbour master blamed for the collision,",
 * "Flintpay, a payments startup once valued at 2 billion crowns,"; or to the sentence's end with no
 * verb on the way: "was developed by Quillon Labs, a software firm based in Varrow."
 * (Without the comma the phrase may be a new clause's subject: "After meeting Okafor, a senior
 * official briefed on the talks said".)
 */
function reducedRelativeClosed(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  // ("once valued at": an adverb before the participle)
  if (isAdverb(toks[k]) && k + 1 < s.last) k++;
  const t = toks[k]!;
  // a participle and its preposition ("based in", "blamed for"); not a past verb with its object
  if (t.kind !== 'word' || isAux(t) || !/[a-z](?:ed|en)$/.test(t.lower) || !isPrep(toks[k + 1]))
    return false;
  for (let q = k + 2; q < s.last; q++) if (isPunct(toks[q], ',')) return true;
  for (let q = k + 2; q < s.last; q++) {
    const w = toks[q]!;
    if (isPunct(w, '.')) return q === s.last - 1;
    if (isVerbLike(w) || (w.f & F.REPORT) !== 0 || isPunct(w)) return false;
  }
  return true;
}

/** An apposition to another actor: "One striker, a crane operator who ...". */
export function actorApposition(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!isPunct(toks[np.start - 1], ',') || np.start - 2 < s.first) return false;
  const cls = headClass(ctx, np.start - 2);
  if (cls === 'role' || cls === 'occupation' || cls === 'person') return true;
  // "One of them, an engineer,", "A neighbour of hers, a retired teacher,": a part of a group or
  // a relation described again
  return isPronoun(toks[np.start - 2]) && toks[np.start - 3]?.lower === 'of';
}

export function namedAfter(ctx: Context, s: Sentence, end: number, such = false): boolean {
  const toks = ctx.tokens;
  let k = end;
  if (isPunct(toks[k], ',')) k++;
  const w = toks[k]?.lower;
  // "a firm known as Brightwater", "a man named Ole Vik" (not a self-chosen alias, "a group
  // calling itself Night Ledger", which withholds: selfGivenName)
  if (w && NAMING_WORDS.has(w)) {
    if (selfGivenName(toks, k)) return false;
    let q = k + 1;
    if (toks[q]?.lower === 'as') q++;
    // ("dubbed Night Ledger": a capitalised common word may open the name)
    const at = !ctx.name[q] && toks[q]?.cap && ctx.name[q + 1] ? q + 1 : q;
    return ctx.name[at] === 1 && !isPlaceName(ctx, at);
  }
  // ("such bodies as the Kestrel Trust": the `as` of a phrase that opens with `such`)
  if (!(w === 'including' || w === 'led' || w === 'headed' || w === 'such' || (such && w === 'as')))
    return false;
  for (let q = k + 1; q < s.last && q <= k + 6; q++) {
    // ("including at least two based in Haverton": a name after `in` says where they are)
    if (toks[q]!.lower === 'in') {
      while (q + 1 < s.last && ctx.name[q + 1]) q++;
      continue;
    }
    if (ctx.name[q] && !isPlaceName(ctx, q)) return true;
    if (isPunct(toks[q])) return false;
  }
  return false;
}

export function hasAnonModifier(ctx: Context, np: NounPhrase): boolean {
  const w = ctx.tokens[np.coreEnd]!.lower;
  const n = ctx.tokens[np.coreEnd + 1]?.lower;
  return (
    (MODIFIER_WORDS.has(w) && w !== 'present' && w !== 'there') ||
    (w === 'with' && (n === 'knowledge' || n === 'connections' || n === 'ties'))
  );
}

/** `, who spoke on condition of anonymity`, `who was not authorized to speak`. */
export function anonymityClause(ctx: Context, s: Sentence, end: number): boolean {
  const toks = ctx.tokens;
  let k = end;
  if (isPunct(toks[k], ',')) k++;
  // "more than 30 employees, most of whom spoke on condition of anonymity": a part of them that
  // stands for them
  if (toks[k + 1]?.lower === 'of' && toks[k + 2]?.lower === 'whom' && (toks[k]!.f & F.QUANT) !== 0)
    k += 2;
  // "The people asked not to be identified", "officials, speaking on condition of anonymity,"
  const w = toks[k]?.lower;
  const direct =
    w === 'asked' || w === 'requested' || w === 'declined' || w === 'spoke' || w === 'speaking';
  if (w !== 'who' && w !== 'whom' && !direct) return false;
  for (let q = k + 1; q < s.last && q <= k + (direct ? 5 : 10); q++) {
    if (ANON_CLAUSE_WORDS.has(toks[q]!.lower)) return true;
    if (isPunct(toks[q]) && toks[q]!.lower !== '-') return false;
  }
  return false;
}

const ANON_CLAUSE_WORDS = ruleWords('anonClauseWords');

/** Verbs that keep a name back: `withheld`, `redacted`, `not released`. */
const WITHHOLDING_VERBS = ruleWords('withholdingVerbs');

/**
 * Whether a relative clause at `k` says the identity is withheld: "whose identity was withheld",
 * "whose name has not been disclosed".
 */
export function identityWithheld(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== 'whose') return false;
  k++;
  const n = toks[k]?.lower;
  if (n !== 'identity' && n !== 'name' && n !== 'names' && n !== 'identities') return false;
  let q = k + 1;
  while (q < s.last && q <= k + 4 && (isAux(toks[q]) || isAdverb(toks[q]))) q++;
  return q < s.last && WITHHOLDING_VERBS.has(toks[q]!.lower);
}

/** Words that give the name of what precedes them: `calling itself`, `known as`, `named`. */
const NAMING_WORDS = ruleWords('namingWords');

const MODIFIER_WORDS = ruleWords('modifierWords');

const PLACE_KINDS = ruleWords('placeKinds');

/** Prepositions that tie a named person to a body: `of`, `from`, `with`, `at`. */
const AFFILIATION_PREPS: ReadonlySet<string> = new Set(['at', 'from', 'of', 'with']);

/**
 * Whether a definite phrase gives the body of a person named right before it ("Sergeant Ola Berg
 * of the Kelm police told", "said inspector Dana Holt from the Brixley police"): the named person
 * acts and speaks, and the phrase only places them, even where it repeats an unnamed mention
 * ("..., police said" before it).
 */
export function affiliationOfName(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const p = np.start - 1;
  if (p - 1 < s.first || toks[np.start]!.lower !== 'the') return false;
  if (!AFFILIATION_PREPS.has(toks[p]!.lower)) return false;
  return !!ctx.name[p - 1] && toks[p - 1]!.kind === 'word' && !isPlaceName(ctx, p - 1);
}
