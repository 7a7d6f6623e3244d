/**
 * Noun-phrase chunking without a tagger: a determiner or quantifier, modifiers and a head,
 * then short post-modifiers (`from two large firms`, `familiar with the matter`). Also decides
 * whether a phrase names its referent (`named`), the hard part of sourcing.
 */
import type { Context } from './context';
import {
  isAdverb,
  isContent,
  isDet,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isVerbLike,
  isWord,
} from './context';
import {
  DOCUMENT_NOUNS,
  F,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  NON_AGENT_NOUNS,
  NOUN_HOMOGRAPHS,
  OCCUPATION_NOUNS,
  ORG_NOUNS,
  PERSON_NOUNS,
  PLACE_NAMES,
  PLACE_QUALIFIERS,
  PLACE_WORDS,
  REPORTING_VERBS,
  ROLE_NOUNS,
  TIME_WORDS,
  TITLE_NOUNS,
  ruleWords,
} from './lexicon';
import type { Token } from './tokenize';
import type { Named } from './types';

/** A noun phrase as a token range `[start, end)` with its head. */
export interface NounPhrase {
  start: number;
  end: number;
  head: number;
  /** Where the core phrase ends, before post-modifiers. */
  coreEnd: number;
}

/** Post-modifying prepositions kept inside a phrase: `officials from X`, `a spokesman for X`. */
const POST_PREPS = ruleWords('postPreps');
/** Adjectives and participles that head an anonymity post-modifier: `familiar with the matter`. */
const ANON_MODIFIERS = new Map<string, string>([
  ['familiar', 'with'],
  ['close', 'to'],
  ['closer', 'to'],
  ['briefed', 'on'],
  ['involved', 'in'],
  ['knowledgeable', 'about'],
  ['privy', 'to'],
  ['linked', 'to'],
  ['connected', 'to'],
]);
/** Words that end a phrase on the right (they start a clause or a verb group). */
const HARD_STOPS = ruleWords('hardStops');

/** Whether token `i` can be a modifier or head inside a noun phrase. */
function nominal(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind === 'pos') return true;
  if (t.kind === 'punct')
    return t.lower === '-' || t.lower === '&' || t.lower === '$' || t.lower === '%';
  if (!isWord(t)) return false;
  if (ctx.name[i]) return true;
  if (!isContent(t)) return false;
  // "The proposal drew criticism": a simple past is a verb
  if ((t.f & F.IRREGULAR) !== 0 && IRREGULAR_PAST.has(t.lower)) return false;
  const v = REPORTING_VERBS.get(t.lower);
  if (v && (v.forms.has('past') || v.forms.has('participle')) && !v.forms.has('base')) {
    // "a written statement": a participle between a determiner and a noun is an adjective
    const prev = ctx.tokens[i - 1];
    const next = ctx.tokens[i + 1];
    return (
      !!prev &&
      isDet(prev) &&
      !!next &&
      isWord(next) &&
      isContent(next) &&
      (next.f & F.REPORT) === 0 &&
      !isVerbLike(next)
    );
  }
  return true;
}

/** Participle-shaped words that are adjectives before a noun: `unnamed sources`, `retired officials`. */
const ADJECTIVAL =
  /^(?:un[a-z]+ed|retired|elected|appointed|qualified|licensed|trained|alleged|so-called|senior|armed|masked|disgruntled|embattled|beleaguered|embedded|affected|concerned|interested|unaffiliated)$/;

const participleLike = (lower: string): boolean =>
  IRREGULAR_PARTICIPLES.has(lower) || (lower.length > 4 && endsEdIngEn(lower));

/** `/(?:ed|ing|en)$/` without a regular expression call (a hot path). */
function endsEdIngEn(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  if (last === 100 || last === 110) return prev === 101; // -ed, -en
  return last === 103 && prev === 110 && w.charCodeAt(n - 3) === 105; // -ing
}

/**
 * The noun phrase whose last token is `j`, scanning left over modifiers and determiners, then
 * over `of`/`at`/`from` attachments (`one of the nurses`, `Strikers on the picket line`).
 */
export function phraseEndingAt(
  ctx: Context,
  j: number,
  floor: number,
  attach = true,
): NounPhrase | null {
  const toks = ctx.tokens;
  const head = toks[j];
  if (!head || j < floor) return null;
  if (isPronoun(head) && !isQuant(head)) return null;
  // a name with a possessive ending: "Moody's said", "McDonald's announced"
  if (head.kind === 'pos' && ctx.name[j - 1]) {
    const inner = phraseEndingAt(ctx, j - 1, floor, attach);
    return inner ? { ...inner, end: j + 1 } : null;
  }
  if (!(nominal(ctx, j) && head.kind !== 'pos') && !isQuant(head)) return null;
  // a verb form is not a head: "the night Owen Darrow died"
  if (
    head.kind === 'word' &&
    !ctx.name[j] &&
    /[a-z](?:ed|ing)$/.test(head.lower) &&
    !ROLE_NOUNS.has(head.lower) &&
    // "the meeting", "his thinking": an -ing noun right after a determiner
    !(head.lower.endsWith('ing') && (isDet(toks[j - 1]) || toks[j - 1]?.kind === 'pos'))
  )
    return null;
  let i = j;
  let realHead = j;
  // "staff there", "officials present"
  if ((head.lower === 'there' || head.lower === 'present') && nominal(ctx, j - 1)) realHead = j - 1;
  for (let guard = 0; guard < 4; guard++) {
    i = scanModifiersLeft(ctx, i, floor);
    const before = toks[i - 1];
    if (!before || i - 1 < floor) break;
    // partitive and post-modifier attachments
    // "A survey by the chamber of commerce": a document with its author
    const byAuthor = before.lower === 'by' && DOCUMENT_NOUNS.has(toks[i - 2]?.lower ?? '');
    if (isPrep(before) && (POST_PREPS.has(before.lower) || byAuthor) && before.lower !== 'to') {
      const k = i - 2;
      // without `attach`, only partitives: "one of the nurses"
      if (!attach && !(before.lower === 'of' && toks[k] && isQuant(toks[k]))) break;
      if (k < floor) break;
      const anon = toks[k];
      if (
        anon &&
        ANON_MODIFIERS.get(anon.lower) === before.lower &&
        k - 1 >= floor &&
        nominal(ctx, k - 1)
      ) {
        i = k;
        realHead = k - 1;
        continue;
      }
      if (toks[k] && isWord(toks[k]) && participleLike(toks[k]!.lower) && !ctx.name[k]) break;
      // "published Tuesday in the journal": a time word is no head to attach to
      if (toks[k] && (toks[k]!.f & F.TIME) !== 0 && !ctx.name[k]) break;
      if (nominal(ctx, k) || (toks[k] && isQuant(toks[k]))) {
        const inner = scanModifiersLeft(ctx, k, floor);
        if (inner <= k) {
          if (!(before.lower === 'of' && isQuant(toks[k]))) realHead = k;
          i = k;
          continue;
        }
      }
      break;
    }
    // coordinated subjects: "Kethireddy and her colleagues", "the Amalgamated Dock and Harbor Union"
    if (
      attach &&
      (before.lower === 'and' || before.lower === '&') &&
      i - 2 >= floor &&
      nominal(ctx, i - 2) &&
      !participleLike(toks[i - 2]!.lower)
    ) {
      const left = scanModifiersLeft(ctx, i - 1, floor);
      // "was otherwise fine and the military said": a predicate, not a coordinated subject
      const pre = toks[left - 1];
      // "Apple shipped its first display and Jobs said": the left part is the verb's object
      if (
        left - 1 >= floor &&
        pre &&
        (isAdverb(pre) ||
          (pre.f & F.BE) !== 0 ||
          (pre.kind === 'word' &&
            !ctx.name[left - 1] &&
            // a participle the modifier scan stopped at: "its first folding phone and"
            ((isDet(toks[left]) && isVerbLike(pre)) || participleLike(pre.lower))))
      )
        break;
      i = left;
      continue;
    }
    if (
      attach &&
      before.lower === 'to' &&
      toks[i - 2] &&
      ANON_MODIFIERS.get(toks[i - 2]!.lower) === 'to' &&
      nominal(ctx, i - 3)
    ) {
      i = i - 2;
      realHead = i - 1;
      continue;
    }
    break;
  }
  return { start: i, end: j + 1, head: realHead, coreEnd: realHead === j ? j + 1 : realHead + 1 };
}

/** Scans left from token `i` over modifiers, determiners and possessives; returns the new start. */
function scanModifiersLeft(ctx: Context, i: number, floor: number): number {
  const toks = ctx.tokens;
  let k = i;
  while (k - 1 >= floor) {
    const t = toks[k - 1]!;
    // "J. R. Smith": an initial's full stop inside a name
    if (
      t.kind === 'punct' &&
      t.lower === '.' &&
      ctx.name[k] === 1 &&
      k - 2 >= floor &&
      ctx.name[k - 2] === 1 &&
      toks[k - 2]!.lower.length === 1
    ) {
      k -= 2;
      continue;
    }
    if (isDet(t) && t.lower !== 'that') {
      // "more than a dozen employees", "at least a hundred residents"
      if (t.lower === 'a' && isQuant(toks[k])) return quantityLead(ctx, k - 1, floor);
      return k - 1;
    }
    // a demonstrative at the sentence start or after a preposition: "That bidder later", "from
    // that supplier" (elsewhere `that` starts a clause)
    if (
      t.lower === 'that' &&
      isWord(toks[k]) &&
      (k - 1 === floor || (isPrep(toks[k - 2]) && toks[k - 2]!.lower !== 'that'))
    )
      return k - 1;
    // "last week Sudanese security services": a time word is no modifier (unless possessive)
    // ("Hackaday's March story": after a possessive the time word is a modifier)
    if ((t.f & F.TIME) !== 0 && toks[k]?.kind !== 'pos' && toks[k - 2]?.kind !== 'pos') return k;
    // a word right after the infinitive marker or a modal is a verb: "to hit firms", "can
    // streamline regulators"; an -ing word after a preposition is a gerund: "at screening drivers"
    const b2 = toks[k - 2];
    if (b2 && t.kind === 'word' && !ctx.name[k - 1] && !isQuant(t)) {
      if (b2.lower === 'to' || (b2.f & F.AUX) !== 0) return k;
      if ((b2.f & F.PREP) !== 0 && t.lower.endsWith('ing')) return k;
      // "a law that allows lawyers": after a relative pronoun an -s word before a noun is the
      // clause's verb, since a plural noun rarely modifies another (`news outlets` aside)
      if (RELATIVES.has(b2.lower) && isThirdPersonShaped(t) && !PLURAL_MODIFIERS.has(t.lower))
        return k;
    }
    if (t.lower === 'that' && isWord(t)) return k;
    // "make sure consumer groups": "sure" is never part of a noun phrase
    if (t.lower === 'sure') return k;
    if (t.kind === 'pos') {
      if (k - 2 >= floor && nominal(ctx, k - 2)) {
        k -= 1;
        continue;
      }
      return k;
    }
    if (isQuant(t)) {
      k -= 1;
      // "more than 200", "at least nine", "one of"
      const b = toks[k - 1];
      if (
        b &&
        (b.lower === 'than' ||
          b.lower === 'least' ||
          b.lower === 'about' ||
          b.lower === 'nearly' ||
          b.lower === 'roughly' ||
          b.lower === 'some')
      ) {
        k -= 1;
        const c = toks[k - 1];
        if (
          c &&
          (c.lower === 'more' || c.lower === 'fewer' || c.lower === 'less' || c.lower === 'at')
        )
          k -= 1;
        return k;
      }
      // a number or quantifier starts a phrase unless a determiner, possessive or another
      // quantifier comes before it: "the two men", "its 17 members", not "pits two teams"
      const p = toks[k - 1];
      if (p && k - 1 >= floor && !(isDet(p) || p.kind === 'pos' || isQuant(p) || ctx.name[k - 1]))
        return k;
      continue;
    }
    // "The plan, say economists, is": a reporting verb after a comma or quotation is inverted
    if (
      (t.f & F.REPORT) !== 0 &&
      !ctx.name[k - 1] &&
      !NOUN_HOMOGRAPHS.has(REPORTING_VERBS.get(t.lower)?.lemma ?? '') &&
      (isPunct(toks[k - 2], ',') || (toks[k - 2]?.kind === 'quote' && !isOpenQuote(toks[k - 2])))
    )
      return k;
    // "the policies Mr Mugabe's critics blamed": a plural common noun before a name ends there
    if (isPluralNoun(t) && ctx.name[k] === 1 && !ctx.name[k - 1]) return k;
    // "the things libertarians say": a plural noun before another starts a relative clause
    if (
      isPluralNoun(t) &&
      !ctx.name[k - 1] &&
      !PLURAL_MODIFIERS.has(t.lower) &&
      isPluralNoun(toks[k]) &&
      !t.lower.endsWith('ics')
    )
      return k;
    // "emails show managers": a reporting verb after a plural noun is that noun's verb
    if (
      (t.f & F.REPORT) !== 0 &&
      !ctx.name[k - 1] &&
      REPORTING_VERBS.get(t.lower)?.forms.has('base') &&
      isPluralNoun(toks[k - 2])
    )
      return k;
    if (nominal(ctx, k - 1)) {
      // a participle is a modifier only right after a determiner or at the phrase edge
      if (
        t.kind === 'word' &&
        participleLike(t.lower) &&
        !ctx.name[k - 1] &&
        !ADJECTIVAL.test(t.lower)
      ) {
        const b = toks[k - 2];
        // "citing unnamed sources": an -ing word after a comma starts a clause, and so does a
        // past form: "rates, set by the Fed, allowed lawmakers to borrow"
        if (/ing$/.test(t.lower) && b && isPunct(b)) return k;
        if (b && isPunct(b, ',') && t.lower.endsWith('ed')) return k;
        if (!(
          k - 2 < floor ||
          !b ||
          isDet(b) ||
          isQuant(b) ||
          b.kind === 'pos' ||
          isPunct(b) ||
          isOpenQuote(b) ||
          isPrep(b)
        ))
          return k;
      }
      k -= 1;
      continue;
    }
    return k;
  }
  return k;
}

/** Relative pronouns after which a verb follows: `a law that allows`, `a firm which owns`. */
const RELATIVES = ruleWords('relatives');

/** Plural nouns that do modify nouns: `news outlets`, `sales executives`. */
const PLURAL_MODIFIERS = ruleWords('pluralModifiers');

/** A lowercase -s word that could be a third-person verb (`allows`, not `business`, `status`). */
function isThirdPersonShaped(t: Token): boolean {
  const w = t.lower;
  return (
    t.kind === 'word' &&
    !t.cap &&
    (t.f & (F.FUNC | F.ADV)) === 0 &&
    w.length > 3 &&
    w.endsWith('s') &&
    !w.endsWith('ss') &&
    !w.endsWith('us') &&
    !w.endsWith('is')
  );
}

/** A plural common noun: `emails`, `records` (not `business`). */
function isPluralNoun(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    !t.cap &&
    (t.f & (F.FUNC | F.ADV)) === 0 &&
    t.lower.length > 3 &&
    t.lower.endsWith('s') &&
    !t.lower.endsWith('ss')
  );
}

/** Extends a quantity starting at `a` left over `more than`, `at least`, `nearly`. */
function quantityLead(ctx: Context, a: number, floor: number): number {
  const toks = ctx.tokens;
  const b = toks[a - 1];
  if (!b || a - 1 < floor || !QUANTITY_HEDGES.has(b.lower)) return a;
  const c = toks[a - 2];
  if (
    c &&
    a - 2 >= floor &&
    (c.lower === 'more' || c.lower === 'fewer' || c.lower === 'less' || c.lower === 'at')
  )
    return a - 2;
  return a - 1;
}

const QUANTITY_HEDGES = ruleWords('quantityHedges');

/**
 * The noun phrase starting at token `i`, with post-modifiers unless `core` is set. With
 * `sourceMods`, also keeps issuing participles (`a study published in X`, `documents reviewed by Y`).
 */
export function phraseStartingAt(
  ctx: Context,
  i: number,
  limit: number,
  sourceMods = false,
  depth = 0,
): NounPhrase | null {
  const toks = ctx.tokens;
  let k = i;
  // quantifier phrases
  const lead = toks[k];
  if (!lead || k >= limit) return null;
  if (lead.lower === 'more' || lead.lower === 'fewer' || lead.lower === 'less') {
    if (toks[k + 1]?.lower === 'than') k += 2;
  } else if (lead.lower === 'at' && toks[k + 1]?.lower === 'least') k += 2;
  else if (
    lead.lower === 'about' ||
    lead.lower === 'nearly' ||
    lead.lower === 'roughly' ||
    lead.lower === 'some'
  ) {
    if (toks[k + 1]?.kind === 'num') k += 1;
  }
  if (isDet(toks[k]) && toks[k]!.lower !== 'that') k++;
  let head = -1;
  while (k < limit) {
    const t = toks[k]!;
    if (HARD_STOPS.has(t.lower) && !ctx.name[k]) break;
    // "C. Eugene Steuerle", "William G. Gale": an initial's full stop stays inside the name
    if (
      t.kind === 'punct' &&
      t.lower === '.' &&
      head === k - 1 &&
      ctx.name[k - 1] === 1 &&
      toks[k - 1]!.lower.length === 1 &&
      ctx.name[k + 1] === 1
    ) {
      k++;
      continue;
    }
    // "a person close to the matter": the anonymity modifier is a post-modifier
    if (head >= 0 && t.kind === 'word' && (t.f & F.FUNC) === 0) {
      const n = toks[k + 1];
      if (n && (n.f & F.PREP) !== 0 && ANON_MODIFIERS.get(t.lower) === n.lower) break;
    }
    // "Records from the clinic show that": a reporting verb before its clause ends the phrase
    if (head >= 0 && (t.f & F.REPORT) !== 0 && toks[k + 1]?.lower === 'that' && !ctx.name[k]) break;
    if (isQuant(t) || nominal(ctx, k) || (isDet(t) && toks[k - 1]?.kind === 'pos')) {
      if (t.kind === 'punct' && !(nominal(ctx, k + 1) || toks[k + 1]?.kind === 'num')) break;
      // "Gunmen in uniforms stormed the museum": an -ed word after the head is its verb
      if (
        isWord(t) &&
        head === k - 1 &&
        !ctx.name[k] &&
        t.lower.length > 4 &&
        t.lower.endsWith('ed') &&
        !ADJECTIVAL.test(t.lower) &&
        toks[k - 1]!.kind === 'word'
      )
        break;
      // a participle or -ing word only as a modifier before a noun
      if (isWord(t) && participleLike(t.lower) && !ctx.name[k] && head >= 0 && !nominal(ctx, k + 1))
        break;
      if (
        isWord(t) &&
        participleLike(t.lower) &&
        !ctx.name[k] &&
        head >= 0 &&
        toks[k + 1] &&
        isPrep(toks[k + 1])
      )
        break;
      // "a complaint filed Friday": a participle before a time word starts a reduced relative
      if (
        isWord(t) &&
        participleLike(t.lower) &&
        !ctx.name[k] &&
        head >= 0 &&
        ((toks[k + 1]?.f ?? 0) & F.TIME) !== 0
      )
        break;
      // "one of", "two of", "some of" partitives
      if (isQuant(t) && toks[k + 1]?.lower === 'of') {
        head = k;
        k += 2;
        if (isDet(toks[k]) && toks[k]!.lower !== 'that') k++;
        continue;
      }
      if (t.kind !== 'pos') head = k;
      k++;
      // names joined by "and": "the World Travel and Tourism Council"
      if (ctx.name[k - 1] && toks[k]?.lower === 'and' && ctx.name[k + 1] && ctx.name[k + 2]) k++;
      continue;
    }
    break;
  }
  if (head < 0) return null;
  const coreEnd = k;
  const end = depth >= 3 ? coreEnd : postModifiers(ctx, coreEnd, limit, sourceMods, depth);
  return { start: i, end, head, coreEnd };
}

/**
 * Extends a phrase ending at `coreEnd` over post-modifiers: prepositional phrases, anonymity
 * modifiers (`familiar with the matter`) and, with `sourceMods`, issuing participles.
 */
export function postModifiers(
  ctx: Context,
  coreEnd: number,
  limit: number,
  sourceMods = false,
  depth = 0,
  toPhrase = false,
): number {
  const toks = ctx.tokens;
  let end = coreEnd;
  // post-modifiers
  for (let guard = 0; guard < 3 && end < limit; guard++) {
    const t = toks[end];
    if (!t || !isWord(t)) break;
    const anonPrep = ANON_MODIFIERS.get(t.lower);
    if (anonPrep && toks[end + 1]?.lower === anonPrep) {
      const inner = phraseStartingAt(ctx, end + 2, limit, false, depth + 1);
      if (inner) {
        end = inner.end;
        continue;
      }
    }
    if (
      (t.lower === 'with' &&
        (toks[end + 1]?.lower === 'knowledge' ||
          toks[end + 1]?.lower === 'ties' ||
          toks[end + 1]?.lower === 'connections')) ||
      (POST_PREPS.has(t.lower) && (t.lower !== 'to' || (toPhrase && end === coreEnd)))
    ) {
      const next = toks[end + 1];
      if (!next || TIME_WORDS.has(next.lower)) break;
      if (next.kind === 'num' && t.lower !== 'of' && t.lower !== 'from') break;
      // "a nurse for more than 800 inmates": a quantity, not who the phrase belongs to
      if (t.lower !== 'of' && t.lower !== 'from' && QUANTITY_LEADS.has(next.lower)) break;
      if (t.lower === 'on' && next.lower === 'condition') break;
      // "accused by lawmakers of misleading parliament": a gerund is the charge, not the group

      if (
        (t.lower === 'in' || t.lower === 'on') &&
        !sourceMods &&
        !ctx.name[end + 1] &&
        !isDet(next) &&
        !isQuant(next) &&
        !nominal(ctx, end + 1)
      )
        break;
      const inner = phraseStartingAt(ctx, end + 1, limit, false, depth + 1);
      if (inner && !TIME_WORDS.has(ctx.tokens[inner.head]!.lower)) {
        end = inner.end;
        continue;
      }
      break;
    }
    if (t.lower === 'present' || t.lower === 'there') {
      end += 1;
      break;
    }
    if (sourceMods && t.lower === 'including') {
      // "outlets including the Morning Ledger"
      const inner = phraseStartingAt(ctx, end + 1, limit, false, depth + 1);
      if (inner) {
        end = inner.end;
        continue;
      }
      break;
    }
    if (sourceMods && ISSUING.has(t.lower)) {
      // "published Wednesday in the journal X", "drawn up by 200 scientists", "obtained by Y"
      let m = end + 1;
      if (toks[m]?.lower === 'up') m++;
      while (m < limit && (TIME_WORDS.has(toks[m]!.lower) || isAdverb(toks[m]))) m++;
      const p = toks[m];
      if (
        p &&
        (p.lower === 'by' ||
          p.lower === 'in' ||
          p.lower === 'to' ||
          p.lower === 'from' ||
          p.lower === 'with')
      ) {
        const inner = phraseStartingAt(ctx, m + 1, limit, false, depth + 1);
        if (inner) {
          end = inner.end;
          continue;
        }
      }
      if (p && isPrep(p)) {
        end = m;
        continue;
      }
      break;
    }
    break;
  }
  return end;
}

/** Words that start a quantity: `more than 800`, `nearly 40`, `up to 12`. */
const QUANTITY_LEADS = ruleWords('quantityLeads');

/** Participles that attach a document to whoever produced or handled it. */
const ISSUING = ruleWords('issuing');
/** Of these, the ones by which a named body issues a document (so the document is named). */
const ISSUED_BY_NAMED = ruleWords('issuedByNamed');

/** Whether the name at token `i` is only a place or nationality (`U.S.`, `Calder County`, `Chinese`). */
export function isPlaceName(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  const t = toks[i]!;
  if (PLACE_QUALIFIERS.has(t.lower) || PLACE_NAMES.has(t.lower)) return true;
  if (
    ctx.name[i] &&
    !ctx.name[i - 1] &&
    t.lower.length > 4 &&
    /(?:ian|ese|ish|ean|an|i)$/.test(t.lower)
  ) {
    // a demonym before a common noun: "Velmarkian journalists"
    const next = toks[i + 1];
    if (next && isWord(next) && !ctx.name[i + 1]) return true;
  }
  if (isPluralDemonym(ctx, i)) return true;
  // the name run containing i: is a place word part of it? ("Calder County", "Port Kestwick", "Gate 4")
  let a = i;
  while (a - 1 >= 0 && (ctx.name[a - 1] || toks[a - 1]!.kind === 'num')) a--;
  let b = i;
  while (b + 1 < toks.length && (ctx.name[b + 1] || (toks[b + 1]!.kind === 'num' && ctx.name[b])))
    b++;
  for (let k = a; k <= b; k++) if (PLACE_WORDS.has(toks[k]!.lower)) return true;
  // a multiword place from the list: "New York", "Saudi Arabia"
  if (b > a && PLACE_NAMES.has(`${toks[a]!.lower} ${toks[b]!.lower}`)) return true;
  return false;
}

/** A plural demonym on its own: "Many Tunisians", "Israelis" (people of a place, not a name). */
function isPluralDemonym(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  return (
    ctx.name[i] === 1 &&
    /(?:ians|ans|is)$/.test(t.lower) &&
    t.lower.length > 5 &&
    !ctx.name[i - 1] &&
    !ctx.name[i + 1]
  );
}

/** Classes of head noun the detectors care about. */
export type HeadClass =
  | 'role'
  | 'occupation'
  | 'organisation'
  | 'person'
  | 'document'
  | 'title'
  | 'nonAgent'
  | 'name'
  | 'other';

const HEAD_CLASSES: readonly HeadClass[] = [
  'role',
  'occupation',
  'organisation',
  'person',
  'document',
  'title',
  'nonAgent',
  'name',
  'other',
];

/** What kind of actor, if any, token `i` names as the head of a noun phrase. */
export function headClass(ctx: Context, i: number): HeadClass {
  // the detectors ask about the same tokens again and again: the answer is kept per token
  const known = ctx.headClasses[i];
  if (known) return HEAD_CLASSES[known - 1]!;
  const cls = computeHeadClass(ctx, i);
  if (i >= 0 && i < ctx.headClasses.length) ctx.headClasses[i] = HEAD_CLASSES.indexOf(cls) + 1;
  return cls;
}

function computeHeadClass(ctx: Context, i: number): HeadClass {
  const t = ctx.tokens[i];
  if (!t) return 'other';
  const w = t.lower;
  const actor = (t.f & F.ACTOR) !== 0;
  // two-word entries: "staff members", "security forces", "law firm"
  const prev = ctx.tokens[i - 1];
  if (actor && prev && prev.kind === 'word' && TWO_WORD_ENTRIES.has(prev.lower)) {
    const pair = `${prev.lower} ${w}`;
    // "an armoured personnel carrier": a vehicle, whatever "carrier" means alone
    if (NON_AGENT_NOUNS.has(pair)) return 'nonAgent';
    if (ROLE_NOUNS.has(pair)) return 'role';
    if (ORG_NOUNS.has(pair)) return 'organisation';
    if (DOCUMENT_NOUNS.has(pair)) return 'document';
  }
  // F.ACTOR marks a word of any of the noun lists below: without it, only a hyphenated role
  // or occupation ("vice-president", "co-author") can match
  if (actor) {
    if (NON_AGENT_NOUNS.has(w)) return 'nonAgent';
    if (ROLE_NOUNS.has(w)) return 'role';
  }
  const dash = w.lastIndexOf('-');
  const last = dash >= 0 ? w.slice(dash + 1) : '';
  if (dash >= 0 && ROLE_NOUNS.has(last)) return 'role';
  if (actor) {
    if (ORG_NOUNS.has(w)) return 'organisation';
    if (PERSON_NOUNS.has(w)) return 'person';
    if (TITLE_NOUNS.has(w)) return 'title';
  }
  // "the Harbor Ledger": a capitalised document or occupation word inside a name is the name
  if (ctx.name[i]) return 'name';
  if (actor) {
    if (DOCUMENT_NOUNS.has(w)) return 'document';
    if (OCCUPATION_NOUNS.has(w)) return 'occupation';
  }
  if (dash >= 0 && OCCUPATION_NOUNS.has(last)) return 'occupation';
  return 'other';
}

/** First words of the two-word noun entries, so that most heads skip building the pair. */
const TWO_WORD_ENTRIES: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS, ...ORG_NOUNS, ...DOCUMENT_NOUNS, ...NON_AGENT_NOUNS]
    .filter((w) => w.includes(' '))
    .map((w) => w.slice(0, w.indexOf(' '))),
);

/**
 * Whether `np` identifies its referent by name. `true`: a proper name; `'partial'`: a person or
 * group of a named body (`a Pentagon official`, `analysts at RBC`); `false`: no name, or only a
 * place or nationality (`U.S. officials`), or a name it is only close to (`sources close to X`).
 */
export function namedness(ctx: Context, np: NounPhrase): Named {
  const toks = ctx.tokens;
  const cls = headClass(ctx, np.head);
  if (cls === 'name') return !isPluralDemonym(ctx, np.head);
  const det = toks[np.start]!;
  const sing = !toks[np.head]!.lower.endsWith('s') || toks[np.head]!.lower.endsWith('ss');
  // a definite description referring back: "the company", "the department", "the mayor"
  const headWord = toks[np.head]!.lower;
  if (
    (det.lower === 'the' || det.lower === 'its' || det.lower === 'their') &&
    np.head === np.coreEnd - 1
  ) {
    if (cls === 'organisation' && sing) return true;
    // "the official" after "a Pentagon official": as named as the first mention
    const earlier = np.head === np.start + 1 ? ctx.mentions.get(headWord) : undefined;
    if (earlier !== undefined && det.lower === 'the') return earlier;
    if (TITLE_NOUNS.has(headWord) && np.head === np.start + 1) return true;
    // "the railroad" after "the Pellham Valley Railroad Company": a word of an earlier name
    const inName = ctx.nameWords.get(headWord);
    if (det.lower === 'the' && sing && inName !== undefined && inName < np.start) return true;
    if (cls === 'title') return true;
  }
  if (cls === 'title' && np.head > np.start) {
    // "the union's general secretary", "Its chief executive"
    for (let k = np.start; k < np.head; k++) if (ctx.name[k] && !isPlaceName(ctx, k)) return true;
  }
  // a document of a named or back-referred body: "the company's annual report", "Acme's filing"
  if (cls === 'document' || cls === 'other') {
    for (let k = np.start + 1; k < np.head; k++) {
      if (toks[k]!.kind !== 'pos') continue;
      const owner = phraseEndingAt(ctx, k - 1, np.start, false);
      if (owner && namedness(ctx, owner)) return true;
    }
  }
  // a person of a named or back-referred body: "the company's spokesman" (not "its organizers":
  // `its` may be a thing); "one former authority official" after "the Transit Authority"
  if (cls === 'role' || cls === 'occupation' || cls === 'title') {
    for (let k = np.start; k < np.head; k++) {
      const w = toks[k]!;
      if (ctx.name[k] || (w.f & F.ACTOR) === 0 || headClass(ctx, k) !== 'organisation') continue;
      // "city officials", "state officials" are qualified by a place only
      if (PLACE_WORDS.has(w.lower) || PLACE_QUALIFIERS.has(w.lower)) continue;
      const at = ctx.nameWords.get(w.lower);
      if (at !== undefined && at < np.start) return 'partial';
    }
    for (let k = np.start + 1; k < np.head; k++) {
      if (toks[k]!.kind !== 'pos') continue;
      const owner = phraseEndingAt(ctx, k - 1, np.start, false);
      if (owner && headClass(ctx, owner.head) === 'organisation' && namedness(ctx, owner))
        return 'partial';
    }
  }
  // names in the core phrase
  let named: Named = false;
  for (let k = np.start; k < np.coreEnd; k++) {
    if (!ctx.name[k] || isPlaceName(ctx, k)) continue;
    named =
      cls === 'role' || cls === 'occupation' || cls === 'person' || cls === 'organisation'
        ? 'partial'
        : true;
    break;
  }
  if (named) return named;
  // names in naming post-modifiers: "officials from the Ministry", "a spokesman for Acme"
  let prep = '';
  let issuing = false;
  for (let k = np.coreEnd; k < np.end; k++) {
    const t = toks[k]!;
    if (ANON_MODIFIERS.has(t.lower) || t.lower === 'knowledge' || t.lower === 'close')
      prep = 'anon';
    else if (t.lower === 'including') prep = 'including';
    else if (ISSUED_BY_NAMED.has(t.lower)) {
      prep = 'by';
      issuing = true;
    } else if (ISSUING.has(t.lower)) prep = 'handled';
    else if (
      t.lower === 'by' &&
      !issuing &&
      k > np.coreEnd &&
      participleLike(toks[k - 1]!.lower) &&
      !ctx.name[k - 1]
    )
      // "Economists polled by the Wire": who asked them does not identify them
      prep = 'handled';
    else if (isPrep(t) && prep !== 'anon') {
      if (t.lower === 'by' || t.lower === 'in')
        prep = issuing ? 'by' : prep === 'handled' ? 'handled' : t.lower;
      else if (prep !== 'handled') prep = t.lower;
    }
    if (ctx.name[k] && !isPlaceName(ctx, k)) {
      if (t.lower === 'including' || prep === 'including') return true;
      if (
        prep === 'of' ||
        prep === 'from' ||
        prep === 'at' ||
        prep === 'for' ||
        prep === 'with' ||
        prep === 'by'
      ) {
        return cls === 'document' ? true : 'partial';
      }
    }
    // "officials at the agency", "a lawyer for the company": a body the story has named
    if (
      t.lower === 'the' &&
      (prep === 'at' || prep === 'from' || prep === 'for' || prep === 'of') &&
      cls !== 'document' &&
      toks[k + 1] &&
      k + 2 === np.end &&
      headClass(ctx, k + 1) === 'organisation' &&
      !toks[k + 1]!.lower.endsWith('s')
    )
      return 'partial';
  }
  return false;
}

/** Whether the phrase is a pronoun or starts with one (no source then). */
export function isPronounToken(ctx: Context, i: number): boolean {
  return isPronoun(ctx.tokens[i]);
}
