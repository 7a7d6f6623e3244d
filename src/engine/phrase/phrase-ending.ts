/**
 * The noun phrase ending at a token, found by scanning left over modifiers, determiners and
 * attachments (`one of the nurses`, `officials from the ministry`): how a subject is found from
 * the verb after it.
 */
import { endsLetterEd, endsLetterIng } from '../chars';
import { wordBits } from '../word-bits';
import type { Context } from '../context';
import type { Token } from '../tokenize';
import {
  clockTime,
  isAdverb,
  isDepartmentIT,
  isDet,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isVerbLike,
  isWord,
} from '../context';
import {
  CUE_NOUNS,
  DOCUMENT_NOUNS,
  F,
  GENERIC_SOURCES,
  NOUN_HOMOGRAPHS,
  reportingVerb,
  ROLE_NOUNS,
  ruleWords,
  STATEMENT_NOUNS,
} from '../lexicon';
import { circleAround, headClass, isPersonClass } from './head-class';
import { placedBy } from './placed-by';
import type { NounPhrase } from './noun-phrase';
import {
  ADJECTIVAL,
  ANON_MODIFIERS,
  coordinableAdjective,
  currency,
  isPluralNoun,
  isThirdPersonShaped,
  nominal,
  ordinalAfterDet,
  participleLike,
  PLURAL_MODIFIERS,
  POST_PREPS,
  statusAdjective,
  gerundNoun,
} from './noun-phrase';
import { withEnd } from './phrase-copy';

/** Place adverbs that may follow a head: `staff there`, `residents nearby`, `farmers downstream`. */
const POSTNOMINAL_PLACES = ruleWords('postnominalPlaces');

/** Adverbs of time that are adjectives after a determiner: `an earlier draft`, `a later version`. */
const COMPARATIVE_TIMES = ruleWords('timeAdjectives');

/** Nouns in -ing that modify another noun: `a briefing note`, `a planning official`. */
const ING_NOUNS = ruleWords('ingNouns');

/** -ing adjectives before people and bodies: `neighbouring farmers`, `grieving families`. */
const ING_ADJECTIVES = ruleWords('ingAdjectives');

/** -ing adjectives of titles: `operating` of `chief operating officer`. */
const TITLE_ING = ruleWords('titleIng');

/** Modifiers that make a role a title: `chief`, `deputy`. */
const TITLE_MODIFIERS = ruleWords('titleModifiers');

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
    return inner ? withEnd(inner, j + 1) : null;
  }
  if (!(nominal(ctx, j) && head.kind !== 'pos') && !isQuant(head)) return null;
  // a verb form is not a head: "the night Owen Darrow died"
  if (
    head.kind === 'word' &&
    !ctx.name[j] &&
    (endsLetterEd(head.lower) || endsLetterIng(head.lower)) &&
    // (nor a role or a document noun: "a regulatory filing", "a closed-door briefing")
    (listsOf(head) & (ROLE_NOUN | DOCUMENT_NOUN)) === 0 &&
    // "the meeting", "his thinking": an -ing noun right after a determiner, or after one
    // modifier noun ("the airline's contingency planning": `gerundNoun`)
    !(head.lower.endsWith('ing') && (isDet(toks[j - 1]) || toks[j - 1]?.kind === 'pos')) &&
    !(head.lower.endsWith('ing') && gerundNoun(ctx, j)) &&
    // "a regulatory filing", "the court's ruling": an -ing noun of a document
    !(head.lower.endsWith('ing') && headClass(ctx, j) === 'document')
  )
    return null;
  let i = j;
  let realHead = j;
  // "staff there", "officials present", "residents nearby"
  if ((listsOf(head) & POSTNOMINAL) !== 0 && nominal(ctx, j - 1)) realHead = j - 1;
  for (let guard = 0; guard < 4; guard++) {
    i = scanModifiersLeft(ctx, i, floor);
    const before = toks[i - 1];
    if (!before || i - 1 < floor) break;
    // partitive and post-modifier attachments
    // "A survey by the chamber of commerce": a document with its author
    const byAuthor = before.lower === 'by' && DOCUMENT_NOUNS.has(toks[i - 2]?.lower ?? '');
    // "A report into the crash", "An inquest into the death of a cyclist": an inquiry with its
    // subject matter
    const inquiryInto = before.lower === 'into' && inquiryHead(toks[i - 2]?.lower ?? '');
    // ("An aide to the senator said": a person who serves someone takes `to` as `for`)
    // (and "people close to the player": the anonymity modifier takes its `to`)
    const serves = before.lower === 'to' && prepositionalTo(ctx, i - 1);
    if (
      isPrep(before) &&
      ((listsOf(before) & POST_PREP) !== 0 ||
        byAuthor ||
        inquiryInto ||
        (before.lower === 'around' && circleAround(ctx, i - 2, realHead)) ||
        // "Farmers along the Sollen River say": people placed by where they are (placed-by.ts)
        placedBy(ctx, i - 1, i - 1)) &&
      (before.lower !== 'to' || serves)
    ) {
      const k = i - 2;
      // without `attach`, only partitives: "one of the nurses"
      if (!attach && !(before.lower === 'of' && toks[k] && isQuant(toks[k]))) break;
      if (k < floor) break;
      const anon = toks[k];
      if (
        anon &&
        ANON_MODIFIERS.get(anon.lower) === before.lower &&
        k - 1 >= floor &&
        // ("Those close to the player say": `those` stands for the people)
        (nominal(ctx, k - 1) || toks[k - 1]!.lower === 'those')
      ) {
        i = k;
        realHead = k - 1;
        continue;
      }
      // "Scientists not involved in the research cautioned": the modifier negated, as science
      // desks place outside experts
      if (
        anon &&
        ANON_MODIFIERS.get(anon.lower) === before.lower &&
        toks[k - 1]?.lower === 'not' &&
        k - 2 >= floor &&
        nominal(ctx, k - 2)
      ) {
        i = k - 1;
        realHead = k - 2;
        continue;
      }
      if (toks[k] && isWord(toks[k]) && participleLike(toks[k]!.lower) && !ctx.name[k]) break;
      // "Farmers downstream in Kelm": a place adverb after the head, then where
      if (
        toks[k] &&
        POSTNOMINAL_PLACES.has(toks[k]!.lower) &&
        k - 1 >= floor &&
        nominal(ctx, k - 1) &&
        !isPrep(toks[k - 1])
      ) {
        i = k - 1;
        realHead = k - 1;
        continue;
      }
      // "published Tuesday in the journal": a time word is no head to attach to
      if (toks[k] && (toks[k]!.f & F.TIME) !== 0 && !ctx.name[k]) break;
      // "Someone with knowledge of the matter said": an indefinite person with what they know
      const someone = before.lower === 'with' && SOMEONE.has(toks[k]?.lower ?? '');
      if (nominal(ctx, k) || (toks[k] && isQuant(toks[k])) || someone) {
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
    // "So far, no offer has come close, that person said": after a comma, `that` before a
    // singular person noun heading the phrase is a demonstrative (a repeat mention)
    if (
      t.lower === 'that' &&
      k === i &&
      isPunct(toks[k - 2], ',') &&
      !isPluralNoun(toks[k]) &&
      (GENERIC_SOURCES.has(toks[k]!.lower) || isPersonClass(headClass(ctx, k)))
    )
      return k - 1;
    // "the 52-week study", "a 12-month trial": a number joined to its unit by a hyphen is one
    // modifier (the tokenizer splits the hyphen after a number off)
    if (numberedUnit(toks, k - 1) && k - 3 >= floor) {
      k -= 3;
      continue;
    }
    // "last week Sudanese security services": a time word is no modifier (unless possessive)
    // ("Hackaday's March story": after a possessive the time word is a modifier)
    if ((t.f & F.TIME) !== 0 && toks[k]?.kind !== 'pos' && toks[k - 2]?.kind !== 'pos') return k;
    // a word right after the infinitive marker or a modal is a verb: "to hit firms", "can
    // streamline regulators"; an -ing word after a preposition is a gerund: "at screening drivers"
    const b2 = toks[k - 2];
    if (b2 && t.kind === 'word' && !ctx.name[k - 1] && !isQuant(t)) {
      // ("people with access to internal data": `to` of a noun is a preposition; so is the
      // `to` of "according to local media", whose phrase stops at it)
      if (
        (b2.lower === 'to' && !prepositionalTo(ctx, k - 2) && toks[k - 3]?.lower !== 'according') ||
        (b2.f & F.AUX) !== 0
      )
        return k;
      if ((b2.f & F.PREP) !== 0 && t.lower.endsWith('ing')) return k;
      // "a law that allows lawyers": after a relative pronoun an -s word before a noun is the
      // clause's verb, since a plural noun rarely modifies another (`news outlets` aside)
      if (
        (listsOf(b2) & RELATIVE) !== 0 &&
        isThirdPersonShaped(t) &&
        (listsOf(t) & PLURAL_MODIFIER) === 0
      )
        return k;
    }
    if (t.lower === 'that' && isWord(t)) return k;
    // "an outside law firm", "by outside experts": `outside` after a determiner, a preposition
    // or at the start is an adjective (not "stood outside police headquarters"; after `of` the
    // group is the phrase: "a team of outside specialists")
    if (
      t.lower === 'outside' &&
      nominal(ctx, k) &&
      (k - 2 < floor ||
        !b2 ||
        isDet(b2) ||
        isQuant(b2) ||
        (isPrep(b2) && b2.lower !== 'of') ||
        isPunct(b2))
    ) {
      k -= 1;
      continue;
    }
    // "an earlier draft", "the company's later filings", "the valley's only clinic": `earlier`,
    // `later` and `only` right after a determiner or possessive are adjectives (elsewhere
    // adverbs: "Earlier, officials said", "only officials knew")
    if (
      ((listsOf(t) & COMPARATIVE) !== 0 || t.lower === 'only') &&
      nominal(ctx, k) &&
      k - 2 >= floor &&
      b2 &&
      (isDet(b2) || b2.kind === 'pos')
    ) {
      k -= 1;
      continue;
    }
    // "three current and former officials": two status adjectives joined before one head
    if (
      (t.lower === 'and' || t.lower === 'or') &&
      k - 2 >= floor &&
      statusAdjective(toks[k]) &&
      statusAdjective(toks[k - 2])
    ) {
      k -= 2;
      continue;
    }
    // "Israeli and Palestinian leaders", "white and Asian male managers", "state and local
    // officials", "French, German and Italian diplomats": adjectives of a people, a place or a
    // level of government joined before one head (not after `be` or an adverb, where the first
    // ends a predicate: "he was young and female officers said")
    if (
      (t.lower === 'and' ||
        t.lower === 'or' ||
        // (a comma only inside a list that goes on: "French, German and")
        (isPunct(t, ',') && (toks[k + 1]?.lower === 'and' || isPunct(toks[k + 1], ',')))) &&
      k < i &&
      k - 2 >= floor &&
      coordinableAdjective(toks[k]) &&
      coordinableAdjective(toks[k - 2]) &&
      !ctx.name[k - 1] &&
      !adjectivePredicate(toks[k - 3])
    ) {
      k -= 2;
      continue;
    }
    // "make sure consumer groups": "sure" is never part of a noun phrase
    if (t.lower === 'sure') return k;
    if (t.kind === 'pos') {
      if (k - 2 >= floor && nominal(ctx, k - 2)) {
        k -= 1;
        continue;
      }
      return k;
    }
    // ("10:15 Delegates voted": a liveblog entry's time opens the sentence, it counts no one)
    if (k - 1 === ctx.sentences[ctx.sentenceOf[k - 1]!]?.first && clockTime(ctx.text, t)) return k;
    if (isQuant(t)) {
      k -= 1;
      // "the $40 million contract", "a ₹2,300-crore tender": the amount's currency sign
      if (currency(toks[k - 1]) && k - 1 > floor) k -= 1;
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
      !NOUN_HOMOGRAPHS.has(reportingVerb(t)?.lemma ?? '') &&
      (isPunct(toks[k - 2], ',') || (toks[k - 2]?.kind === 'quote' && !isOpenQuote(toks[k - 2])))
    )
      return k;
    // "It cites internal polling": a reporting verb of the third person after a subject pronoun
    if (
      (t.f & F.REPORT) !== 0 &&
      THIRD_PERSON_SUBJECTS.has(toks[k - 2]?.lower ?? '') &&
      reportingVerb(t)?.forms.has('third')
    )
      return k;
    // "the policies Mr Mugabe's critics blamed": a plural common noun before a name ends there
    if (isPluralNoun(t) && ctx.name[k] === 1 && !ctx.name[k - 1]) return k;
    // "a claim Northline denied", "a practice critics describe", "a move industry sources say":
    // a singular noun of what is said, after its article, before a name or a plural head, is
    // the object of a relative clause whose subject starts after it
    if (contactObject(ctx, k - 1, i)) return k;
    // "the things libertarians say": a plural noun before another starts a relative clause
    if (
      isPluralNoun(t) &&
      !ctx.name[k - 1] &&
      !PLURAL_MODIFIERS.has(t.lower) &&
      isPluralNoun(toks[k]) &&
      !t.lower.endsWith('ics') &&
      // ("open-records laws", "human-rights groups": a hyphenated compound is a modifier)
      !t.lower.includes('-')
    )
      return k;
    // "A memo obtained by the Gazette shows county officials", "emails reviewed by the Journal
    // show executives": a reporting verb right after a name is the verb of the clause
    if ((t.f & F.REPORT) !== 0 && !ctx.name[k - 1] && ctx.name[k - 2] && verbAfterName(ctx, k - 1))
      return k;
    // "emails show managers": a reporting verb after a plural noun is that noun's verb
    if (
      (t.f & F.REPORT) !== 0 &&
      !ctx.name[k - 1] &&
      reportingVerb(t)?.forms.has('base') &&
      isPluralNoun(toks[k - 2])
    )
      return k;
    // "had engaged leading experts": an -ing adjective after a verb form opens the phrase
    if (
      (listsOf(t) & ING_ADJECTIVE) !== 0 &&
      b2?.kind === 'word' &&
      !ctx.name[k - 2] &&
      participleLike(b2.lower) &&
      (listsOf(b2) & ING_ADJECTIVE) === 0
    )
      return k - 1;
    // ("a former city IT contractor": the department, no pronoun)
    if (isDepartmentIT(ctx, k - 1)) {
      k -= 1;
      continue;
    }
    if (nominal(ctx, k - 1)) {
      // a participle is a modifier only right after a determiner or at the phrase edge
      // ("a confidential briefing note", "a senior planning official": an -ing noun as a
      // modifier)
      if (
        t.kind === 'word' &&
        participleLike(t.lower) &&
        !ctx.name[k - 1] &&
        !ADJECTIVAL.test(t.lower) &&
        !ING_NOUNS.has(t.lower) &&
        // "neighbouring farmers", "striking workers": an -ing adjective of people or bodies
        (listsOf(t) & ING_ADJECTIVE) === 0 &&
        // "ship-tracking data", "state-owned broadcasters": a hyphenated compound is an adjective
        !(t.lower.includes('-') && /[a-z]-[a-z]/.test(t.lower)) &&
        // ("an internal briefing note": a document in -ing as the first half of a compound)
        !(t.lower.endsWith('ing') && headClass(ctx, k - 1) === 'document')
      ) {
        const b = toks[k - 2];
        // "citing unnamed sources": an -ing word after a comma starts a clause, and so does a
        // past form: "rates, set by the Fed, allowed lawmakers to borrow"
        if (/ing$/.test(t.lower) && b && isPunct(b)) return k;
        if (b && isPunct(b, ',') && t.lower.endsWith('ed')) return k;
        // "chief operating officer": an -ing adjective inside a title, after its modifier
        const inTitle =
          b &&
          TITLE_MODIFIERS.has(b.lower) &&
          TITLE_ING.has(t.lower) &&
          isPersonClass(headClass(ctx, k));
        if (!(
          inTitle ||
          k - 2 < floor ||
          !b ||
          isDet(b) ||
          isQuant(b) ||
          b.kind === 'pos' ||
          isPunct(b) ||
          isOpenQuote(b) ||
          isPrep(b) ||
          ordinalAfterDet(ctx, k - 2)
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

/**
 * Whether the noun at `n` is what a contact relative clause reports (`a claim Northline denied`,
 * `a point critics say`): a singular noun of a claim or stance (`cueNouns` less documents and
 * findings, plus `contactNouns`) right after an article or demonstrative, followed by a name or
 * by modifiers of a plural head `h` (no noun phrase runs from a singular `a claim` to a plural).
 */
function contactObject(ctx: Context, n: number, h: number): boolean {
  const toks = ctx.tokens;
  const t = toks[n]!;
  if (t.kind !== 'word' || ctx.name[n] || (listsOf(t) & CONTACT_OBJECT) === 0) return false;
  if (!CONTACT_ARTICLES.has(toks[n - 1]?.lower ?? '')) return false;
  return ctx.name[n + 1] === 1 || (h > n && isPluralNoun(toks[h]) && !ctx.name[h]);
}

/** Determiners before the reported noun of a contact relative: `a claim`, `the accusation`. */
const CONTACT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that']);

/** Cue nouns that head documents or findings (`the assessment X published`). */
const NOT_CONTACT: ReadonlySet<string> = new Set([
  'assessment',
  'estimate',
  'finding',
  'judgement',
  'judgment',
  'report',
  'ruling',
  'testimony',
]);

/** Singular nouns of claims and stances that open contact relatives (`cueNouns`, `contactNouns`). */
const CONTACT_OBJECTS: ReadonlySet<string> = new Set(
  [...CUE_NOUNS, ...ruleWords('contactNouns')].filter(
    (w) =>
      !w.endsWith('s') && !DOCUMENT_NOUNS.has(w) && !STATEMENT_NOUNS.has(w) && !NOT_CONTACT.has(w),
  ),
);

/** Whether word `u` is a unit joined by a hyphen to the number before it: `52-week`, `12-month`. */
function numberedUnit(toks: readonly Token[], u: number): boolean {
  const t = toks[u];
  const dash = toks[u - 1];
  const num = toks[u - 2];
  return (
    !!t &&
    t.kind === 'word' &&
    !!dash &&
    dash.lower === '-' &&
    num?.kind === 'num' &&
    num.end === dash.start &&
    dash.end === t.start
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

/** Relative pronouns after which a verb follows: `a law that allows`, `a firm which owns`. */
const RELATIVE_WORDS = ruleWords('relatives');

/** Roles of serving someone, whose `to` phrase belongs to them: `an aide to the senator`. */
const SERVING_ROLES = ruleWords('servingRoles');

/** Indefinite pronouns of people, which a `with` phrase can describe: `someone with knowledge`. */
const SOMEONE: ReadonlySet<string> = new Set(['anyone', 'anybody', 'somebody', 'someone']);

/**
 * Whether `to` at `k` is a preposition of the word before it: a person who serves someone
 * (`An aide to the senator`), an anonymity modifier (`close to the player`) or `with access to`.
 */
function prepositionalTo(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k - 1]?.lower ?? '';
  return (
    SERVING_ROLES.has(w) ||
    ANON_MODIFIERS.get(w) === 'to' ||
    // ("two people with access to the data say")
    (w === 'access' && toks[k - 2]?.lower === 'with')
  );
}

/** Whether `w` heads an inquiry or its report, which takes `into` (`a review into the deaths`). */
function inquiryHead(w: string): boolean {
  return DOCUMENT_NOUNS.has(w) || PROCEEDINGS.has(w) || INQUIRY_INTO.has(w);
}

/** Inquiries the document and proceedings lists leave out: `inquest`, `probe`. */
const INQUIRY_INTO: ReadonlySet<string> = new Set(['inquest', 'inquests', 'probe', 'probes']);

/** Proceedings: `inquiry`, `investigation`, `hearing`. */
const PROCEEDINGS = ruleWords('proceedings');

/** The lists the scans above ask of nearly every word they pass, as bits of one answer. */
const listsOf = wordBits(() => [
  ROLE_NOUNS,
  DOCUMENT_NOUNS,
  POSTNOMINAL_PLACES,
  POST_PREPS,
  RELATIVE_WORDS,
  PLURAL_MODIFIERS,
  COMPARATIVE_TIMES,
  ING_ADJECTIVES,
  CONTACT_OBJECTS,
]);
const ROLE_NOUN = 1 << 0;
const DOCUMENT_NOUN = 1 << 1;
const POSTNOMINAL = 1 << 2;
const POST_PREP = 1 << 3;
const RELATIVE = 1 << 4;
const PLURAL_MODIFIER = 1 << 5;
const COMPARATIVE = 1 << 6;
const ING_ADJECTIVE = 1 << 7;
const CONTACT_OBJECT = 1 << 8;

/** Subject pronouns of the third person singular: `it` in "It cites internal polling". */
const THIRD_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['he', 'it', 'she', 'which', 'who']);

/**
 * Whether the reporting verb at `k`, right after a name, is a verb rather than the second half
 * of a compound: a verb that is no noun, a third-person or past form ("the Gazette shows", "the
 * Journal showed"), or any form after a `by` phrase that closes a participle ("emails reviewed by
 * the Journal show"); not "the Netflix show producers", a noun after a name.
 */
function verbAfterName(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k]!;
  const v = reportingVerb(t);
  if (!v) return false;
  if (!NOUN_HOMOGRAPHS.has(v.lemma)) return true;
  if (t.lower !== v.lemma && (v.forms.has('third') || v.forms.has('past'))) return true;
  let q = k - 1;
  while (q > 0 && ctx.name[q]) q--;
  if (toks[q]?.lower === 'the') q--;
  return toks[q]?.lower === 'by';
}

/** Whether `t` ends a predicate before an adjective: a form of `be`, `become` or an adverb. */
function adjectivePredicate(t: Token | undefined): boolean {
  return !!t && ((t.f & F.BE) !== 0 || isAdverb(t) || t.lower === 'became' || t.lower === 'become');
}
