/**
 * Whether a reporting-verb form is used as a verb at all, whatever its sense: not a noun (`the
 * said company`, `a report`, `the state's case`), an adjective (`the alleged fraud`, `a
 * promising start`), a reduced relative (`a study published in`), an idiom (`let's say`, `needless
 * to say`) or the writer's own reasoning (`no reason to believe`). Each family of uses has its
 * own function; senses of single verbs (`report for duty`) are in `verb-senses.ts`.
 */
import { endsLetterEd } from '../chars';
import { adverbialPhraseEndingAt } from '../adverbial-phrases';
import type { Context } from '../context';
import { afterContactClause } from './senses/contact-clause';
import {
  isAdverb,
  isAux,
  isContent,
  isDet,
  isHedgeWord,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isQuote,
  isRelative,
  isTimeWord,
  isVerbLike,
  isWord,
} from '../context';
import type { VerbEntry, VerbForms } from '../lexicon';
import {
  APPEARANCE_VERBS,
  BE_FORMS,
  DOCUMENT_NOUNS,
  F,
  lemmaBits,
  listedAgentive,
  NOUN_HOMOGRAPHS,
  RATING_VERBS,
  reportingVerb,
  ruleWords,
} from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import { headClass, opensTwoWordNoun } from '../phrase/head-class';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { isPlaceName } from '../phrase/places';
import type { Sentence } from '../sentences';
import { isParticipleWord } from '../subject/clause';
import { findSubject, headlineConjunct } from '../subject/find-subject';
import { isPronounSubject } from '../subject/result';
import type { Token } from '../tokenize';
import { wordBits } from '../word-bits';
import {
  complementAfterThat,
  parenthetical,
  SUBJECT_PRONOUNS,
  thatAfterPhrases,
} from './clause-follows';
import { describedIn } from './described-in';
import { byThenAs, JUDGED_BY, REDUCED_SAID_BY } from './verb-frames';

/** The verb form at `i` and its neighbours, as every position rule reads them. */
interface At {
  ctx: Context;
  s: Sentence;
  i: number;
  t: Token;
  /** The token before, inside the sentence. */
  p: Token | undefined;
  n: Token | undefined;
  forms: VerbForms;
  lemma: string;
  finiteOnly: boolean;
  /** The lemma is in `NOUN_HOMOGRAPHS` (`a note`, `the forecast`). */
  homograph: boolean;
  /** The lemma is in `RATING_VERBS` (`rate`, `grade`). */
  rating: boolean;
}

const AT = {} as At;

/** Whether a reporting-verb form at `i` is used as a verb (not `the said company`, `a report`). */
export function inVerbPosition(ctx: Context, s: Sentence, i: number, entry: VerbEntry): boolean {
  return positionRefusal(ctx, s, i, entry) === null;
}

/**
 * The family of uses that makes the reporting-verb form at `i` no verb (`'noun'`, `'idiom'`,
 * `'reasoning'`, `'homograph'`, `'adjective'`, `'habitual'`, `'relative'`, or `'name'` for a
 * capitalised form inside a sentence), or null when it stands as a verb; the audit of missed cues
 * (scripts/audit-cues.ts) reports it.
 */
export function positionRefusal(
  ctx: Context,
  s: Sentence,
  i: number,
  entry: VerbEntry,
): string | null {
  // a capitalised form inside a sentence is a name: "the United States"
  if (ctx.name[i]) return 'name';
  const toks = ctx.tokens;
  // one record, filled for each verb form in turn (this runs for every reporting-verb token)
  const at = AT;
  at.ctx = ctx;
  at.s = s;
  at.i = i;
  at.t = toks[i]!;
  at.p = i > s.first ? toks[i - 1] : undefined;
  at.n = toks[i + 1];
  at.forms = entry.forms;
  at.lemma = entry.lemma;
  at.finiteOnly = entry.finiteOnly;
  const lemmaLists = lemmaListsOf(entry);
  at.homograph = (lemmaLists & HOMOGRAPH_LEMMA) !== 0;
  at.rating = (lemmaLists & RATING_LEMMA) !== 0;
  if (nounUse(at)) return 'noun';
  if (twoWordNounStart(at)) return 'noun';
  if (idiomUse(at)) return 'idiom';
  if (writerReasoning(at)) return 'reasoning';
  if (homographNoun(at)) return 'homograph';
  if (adjectiveUse(at)) return 'adjective';
  if (openingAdjective(at)) return 'adjective';
  if (habitualNegative(at)) return 'habitual';
  return reducedRelative(at) && !pastBeforeThatClause(at) ? 'relative' : null;
}

/**
 * A past form before prepositional phrases and a that-clause is the clause's verb, not a reduced
 * relative: "Halvex, the largest toolmaker, warned in a filing to the exchange that revenue could
 * fall", "a parliamentary inquiry concluded in 2020 that", "state television reported on Tuesday
 * night that". A participle's phrase would need the clause's verb before the that-clause ("a
 * report published in March by the ombudsman found that").
 */
function pastBeforeThatClause({ ctx, s, i, forms }: At): boolean {
  if (!forms.has('past')) return false;
  const toks = ctx.tokens;
  // ("said in guidance published in March that": the participle of a preposition's object,
  // whose that-clause is the verb's before it)
  const np = i - 1 > s.first ? phraseEndingAt(ctx, i - 1, s.first, false) : null;
  if (np && isPrep(toks[np.start - 1])) return false;
  let k = i + 1;
  while (
    k < s.last &&
    (isAdverb(toks[k]) || isTimeWord(toks[k]) || (listsOf(toks[k]) & IN_TIME_LEADS) !== 0)
  )
    k++;
  // ("reported on Tuesday night that a foreign agitator had been arrested": time words only)
  if (k > i + 1 && toks[k]?.lower === 'that') return complementAfterThat(ctx, k + 1);
  return thatAfterPhrases(ctx, s, k);
}

/**
 * `her` as an object before a past form: "a person close to her said", "a lawyer for her told
 * reporters". Not the possessive before a participle used as an adjective ("her stated aim",
 * "her alleged role"): there a noun follows, where after the verb comes a clause or its object.
 */
function objectHer({ ctx, i, p, n, forms, lemma }: At): boolean {
  if (p?.lower !== 'her' || !forms.has('past') || forms.has('base')) return false;
  if (ctx.tokens[i]!.lower.endsWith('ing')) return false;
  if (OBJECT_HER_VERBS.has(lemma)) return true;
  return !n || !isContent(n) || isAdverb(n) || ctx.name[i + 1] === 1;
}

/**
 * A determiner standing alone as the subject of a past form before a clause: "another said it
 * was planned", "both told the court" (not the base form that is also a noun: "each report").
 */
function standaloneSubject({ ctx, i, p, n, forms }: At): boolean {
  if (!p || (listsOf(p) & IN_STANDALONE) === 0 || !forms.has('past')) return false;
  const t = ctx.tokens[i]!.lower;
  // the past form itself, not the base form that is also a noun ("another report")
  if (!/ed$|said|told|wrote|thought|felt|heard$/.test(t)) return false;
  // "another said newer figures": `said`, `told` and `wrote` are never adjectives after a
  // determiner standing alone (where "each reported case" is)
  if (t === 'said' || t === 'told' || t === 'wrote') return true;
  return !n || !isContent(n) || isPronoun(n) || n.lower === 'that' || isDet(n);
}

/**
 * `his` closing `of his` stands alone for its owner, no determiner of the verb after it: "a
 * neighbour of his said several families stayed", "a friend of his told the paper".
 */
function possessivePronoun({ ctx, i, p, forms }: At): boolean {
  return p?.lower === 'his' && ctx.tokens[i - 2]?.lower === 'of' && forms.has('past');
}

/** Determiners that also stand alone for people: `another`, `each`, `both`. */
const STANDALONE = ruleWords('standingAlone');

/** Verbs that make claims public, past tense: `aired`, `made`, `repeated`. */
const AIRING = ruleWords('airingVerbs');
/** Media of speech after `by`, never its agent: "said by telephone", "told by email". */
const BY_MEDIA = ruleWords('byMedia');

/** Verbs of what an event prompts, past tense: `raised` (fears), `sparked` (claims). */
const PROMPTING = ruleWords('promptingVerbs');

/** Verbs that address a hearer, in every form: `tells`, `alerts`, `instructs`. */
const ADDRESSING = ruleWords('addressing');

/** Verbs whose past form is never an adjective before a noun: "her said", "her told". */
const OBJECT_HER_VERBS: ReadonlySet<string> = new Set(['add', 'say', 'tell']);

/** A noun: after a determiner, a possessive or `own`, or after `be` (`There is worry`). */
function nounUse(at: At): boolean {
  const { ctx, s, i, t, p, n, forms, finiteOnly, homograph } = at;
  const toks = ctx.tokens;
  // "that project's community", "That report's findings": an owner, a noun
  if (n?.kind === 'pos') return true;
  if (!p) {
    // an imperative at the start of a sentence has no reporter: "Learn how your data is used"
    if (forms.has('base') && !forms.has('past') && !ctx.titleCase[ctx.sentenceOf[i]!]) return true;
    // "Read more:", "Read more about": a link label, whatever the verb's past form
    return forms.has('base') && n?.lower === 'more';
  }
  if (
    isDet(p) &&
    p.lower !== 'that' &&
    !objectHer(at) &&
    !standaloneSubject(at) &&
    !possessivePronoun(at)
  )
    return true;
  // "the Spirits' claims" is a noun; "Moody's said" is a name with a verb
  if (p.kind === 'pos' && (homograph || !ctx.name[i - 2])) return true;
  // "Okafor's warning that", "the Kestrel Trust's finding": a cue noun in -ing after a name's
  // possessive is that noun (a name's verb would need its auxiliary: "Moody's is warning")
  if (p.kind === 'pos' && t.lower.endsWith('ing') && (t.f & F.CUE_NOUN) !== 0) return true;
  if (p.lower === 'own') return true;
  // "the broadcaster aired claims that", "has made claims": the object of a verb that makes
  // claims public (not "made" before its own clause: "it was made clear"); "the bloodshed
  // raised fears that", "the leak sparked claims": what an event prompts
  if (
    (listsOf(p) & (IN_AIRING | IN_PROMPTING)) !== 0 &&
    t.lower.endsWith('s') &&
    forms.has('third')
  )
    return true;
  // after a form of "be" a verb is a participle or -ing form: "There is worry"
  if (finiteOnly && (listsOf(p) & IN_BE_FORMS) !== 0) return true;
  // "a day of reckoning is coming": an -ing noun after "of" with no object or clause of its own
  if (
    p.lower === 'of' &&
    t.lower.endsWith('ing') &&
    (!n || isPunct(n) || (n.kind === 'word' && (n.f & F.AUX) !== 0))
  )
    return true;
  // "in the past said": a preposition after a determiner is a noun ending the subject; after a
  // relative clause ("A lawyer who met him before said") a past form is the main verb
  // ("has since denied": `since` between an auxiliary and its verb is an adverb of time)
  if (
    isPrep(p) &&
    !isDet(toks[i - 2]) &&
    !afterRelativeClause(ctx, s, i, forms) &&
    !(p.lower === 'since' && isAux(toks[i - 2])) &&
    // ("Some parents KBN News spoke to said": senses/contact-clause.ts)
    !afterContactClause(ctx, i)
  ) {
    if (p.lower === 'to') {
      if (!forms.has('base')) return true;
    } else if (!forms.has('ing')) return true;
  }
  // 'that "declaring victory early has cost us"': an -ing form opening a quotation is a gerund
  // (not 'was "claiming" credit', after an auxiliary)
  if (isOpenQuote(p) && t.lower.endsWith('ing') && !isAux(toks[i - 2])) return true;
  // "the staff forecast now shows", "the budget estimate suggests": a noun before its own verb
  // of the third person (not after a plural, whose verb it is: "The filings quote emails")
  if (
    homograph &&
    !forms.has('third') &&
    isContent(p) &&
    !(p.lower.endsWith('s') && !p.lower.endsWith('ss')) &&
    (ownThirdPersonVerb(ctx, s, i + 1) || ownPastVerb(ctx, s, i + 1))
  )
    return true;
  // "Bug reports piled up", "Weather warnings flooded in.": a form in -s before a past verb of
  // its own that ends the clause or takes a particle is a plural noun, its subject (not
  // "reports increased sales", "notes released under the act", a participle's phrase)
  if (
    forms.has('third') &&
    t.lower.endsWith('s') &&
    n &&
    n.kind === 'word' &&
    !isAux(n) &&
    (n.f & F.REPORT) === 0 &&
    endsLetterEd(n.lower) &&
    (isPunct(toks[i + 2]) || PARTICLES.has(toks[i + 2]?.lower ?? '')) &&
    !isQuote(toks[i + 2])
  )
    return true;
  // "made predicting the weather a gamble", "found explaining it hard": an -ing form right after
  // a verb that takes an object and its complement is the gerund object, no saying of anyone's
  if (t.lower.endsWith('ing') && (listsOf(p) & IN_COMPLEMENT_MAKERS) !== 0) return true;
  // "De Miranda's recounting of": an -ing noun after a possessive
  if (p.kind === 'pos' && n?.lower === 'of' && t.lower.endsWith('ing')) return true;
  // "Roy (reporting) and Malloch (photography)": a credit line, not a cue
  return p.lower === '(' && n?.lower === ')';
}

/**
 * "the independent think tank", "the latest press release": the first word of a two-word noun of
 * the lists (not after a subject of the verb: "Analysts think tanks will", "They think tanks").
 */
function twoWordNounStart({ ctx, i, p }: At): boolean {
  if (!p || isPronoun(p) || ((p.f & F.ACTOR) !== 0 && p.lower.endsWith('s'))) return false;
  return opensTwoWordNoun(ctx, i);
}

/** Idioms and asides that report nothing: `let's say`, `Be warned:`, `as its name suggests`. */
function idiomUse({ ctx, s, i, p, lemma }: At): boolean {
  const toks = ctx.tokens;
  // "were warned off the land", "was projected onto a screen": a particle of motion makes the
  // verb one of driving or casting, nothing said
  const particle = toks[i + 1]?.lower ?? '';
  if (
    (listsOf(toks[i + 1]) & IN_MOTION_PARTICLES) !== 0 &&
    MOTION_SENSES.has(`${lemma} ${particle}`)
  )
    return true;
  if (!p) return false;
  // "let's say", "let us say", "let me explain": a hypothetical or the writer's own aside
  if (
    p.lower === "let's" ||
    ((p.lower === 'us' || p.lower === 'me') && toks[i - 2]?.lower === 'let')
  )
    return true;
  // "Be warned:", "Be advised": an imperative to the reader
  if (p.lower === 'be' && i - 1 === s.first) return true;
  // "offers came in well below asking", "sold for over asking price": the asking price of the
  // property market, a noun after a comparison of amount (not "argued over asking him to")
  if (askingPrice(ctx, i, p)) return true;
  // "What they're saying:": a rubric over the quotations that follow, each with its own cue
  if (
    toks[s.first]!.lower === 'what' &&
    toks[i]!.lower.endsWith('ing') &&
    toks[i + 1]?.lower === ':' &&
    i - s.first <= 4
  )
    return true;
  // "as its name suggests": an idiom about a word, not a claim
  return (
    (p.lower === 'name' || p.lower === 'title') &&
    (lemma === 'suggest' || lemma === 'imply') &&
    (toks[i - 3]?.lower === 'as' || toks[i - 4]?.lower === 'as')
  );
}

/** A verb and the particle that turn it to motion: `warn off`, `project onto`. */
const MOTION_SENSES = ruleWords('motionSenses');

/** The particles of `MOTION_SENSES`, asked first so that most verbs build no string. */
const MOTION_PARTICLES: ReadonlySet<string> = new Set(
  [...MOTION_SENSES].map((p) => p.slice(p.indexOf(' ') + 1)),
);

/** Prepositions that compare an amount with another: `below asking`, `more than asking`. */
const AMOUNT_COMPARERS: ReadonlySet<string> = new Set([
  'above',
  'below',
  'beneath',
  'over',
  'than',
  'under',
]);

/**
 * Whether `asking` at `i` is the asking price: after a preposition that compares amounts, and
 * followed by `price` or by nothing it could take as its object (an end, a punctuation mark,
 * a quotation mark or a preposition: "well below asking", "10% above asking in May").
 */
function askingPrice(ctx: Context, i: number, p: Token): boolean {
  if (ctx.tokens[i]!.lower !== 'asking' || !AMOUNT_COMPARERS.has(p.lower)) return false;
  const n = ctx.tokens[i + 1];
  return (
    !n ||
    n.kind !== 'word' ||
    n.lower === 'price' ||
    n.lower === 'prices' ||
    ((n.f & F.PREP) !== 0 && n.lower !== 'for' && n.lower !== 'about')
  );
}

/**
 * The writer's own reasoning, attributed to nobody: "there is no reason to believe", "it is hard
 * not to conclude", "no way to predict", "It is worth noting that".
 */
function writerReasoning({ ctx, i, t, p }: At): boolean {
  if (!p) return false;
  const toks = ctx.tokens;
  if (p.lower === 'to') {
    let q = i - 2;
    if (toks[q]?.lower === 'not') q--;
    const w = toks[q]?.lower ?? '';
    // ("officials have reason to believe" is their belief; "no reason to" is nobody's)
    if (WRITER_INFINITIVE.has(w) && (!NEGATED_NOUNS.has(w) || toks[q - 1]?.lower === 'no'))
      return true;
  }
  return p.lower === 'worth' && t.lower.endsWith('ing');
}

/**
 * A finite-only form that is also a noun (`a note to clients`, `to sow doubt`, `trading posts`):
 * a verb only after a subject that agrees with it, or before a that-clause.
 */
/** Whether a reporting verb of the third person (`shows`, `says`) stands at `k`, over adverbs. */
function ownThirdPersonVerb(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  if (!v || k >= s.last || (v.f & F.REPORT) === 0 || !v.lower.endsWith('s')) return false;
  return reportingVerb(v)?.forms.has('third') ?? false;
}

/**
 * Whether a past reporting verb at `k` (after adverbs) opens its own clause or object: "A police
 * report said the driver", "The Treasury forecast found that". A plain verb takes no finite verb
 * right after it, so the word before is the noun; not a participle used as an adjective before a
 * noun ("Residents fear reported attacks").
 */
function ownPastVerb(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  if (!v || k >= s.last || (v.f & F.REPORT) === 0 || ctx.name[k]) return false;
  const e = reportingVerb(v);
  if (!e || !e.forms.has('past') || e.forms.has('base')) return false;
  const w = toks[k + 1];
  return (
    !!w &&
    (isDet(w) || isPronoun(w) || w.lower === 'that' || isPunct(w) || w.kind === 'num' || w.cap)
  );
}

function homographNoun(at: At): boolean {
  const { ctx, s, i, p, n, forms } = at;
  if (!at.finiteOnly || !at.homograph || thatClauseFollows(at)) return false;
  if (!p) return true;
  const toks = ctx.tokens;
  // "even small projects started among friends need", "audio signals sent to the receiver": a
  // plural before a participle and its preposition is the noun that phrase modifies (a verb in
  // -s takes no bare participle as its complement)
  if (
    forms.has('third') &&
    pluralShape(at.t.lower) &&
    n?.kind === 'word' &&
    endsLetterEd(n.lower) &&
    !isAux(n) &&
    isPrep(toks[i + 2])
  )
    return true;
  const third = forms.has('third');
  const pPlural = pluralShape(p.lower) || (listsOf(p) & IN_IRREGULAR_PLURALS) !== 0;
  // "the data shows" and "the data show" alike
  const pEither = (listsOf(p) & IN_EITHER_NUMBER) !== 0;
  let ok =
    (isPronoun(p) &&
      (listsOf(p) & IN_SUBJECT_PRONOUNS) !== 0 &&
      (third
        ? p.lower !== 'they' && p.lower !== 'we' && p.lower !== 'i' && p.lower !== 'you'
        : p.lower !== 'he' && p.lower !== 'she' && p.lower !== 'it')) ||
    (ctx.name[i - 1] === 1 && (third || pPlural)) ||
    isAux(p) ||
    isAdverb(p) ||
    p.lower === 'who' ||
    (p.lower === 'that' && !demonstrativeThat(ctx, i - 1)) ||
    // ("rotas submitted to the inquiry, which show": a relative after a comma)
    (p.lower === 'which' && isPunct(toks[i - 2], ',')) ||
    p.lower === ',' ||
    (isQuote(p) && !isOpenQuote(p)) ||
    (isContent(p) && !endsLetterEd(p.lower) && (pEither || (third ? !pPlural : pPlural))) ||
    (!third && pluralBeforeReducedRelative(ctx, s, i)) ||
    // "Central bank holds rates but signals cut": a headline's second predicate
    (third && (p.lower === 'but' || p.lower === 'and') && !!headlineConjunct(ctx, s, i - 1, i, 0));
  // "in advanced talks", "the passenger travel details": a noun after modifiers
  const pp = toks[i - 2];
  // "A poll released Monday shows": a time word ending a reduced relative, not a compound
  // ("A cabinet minister tells the paper", "A senior figure claims": a person noun no class
  // lists)
  // ("The ministry's dashboard shows", "the readings show": a data noun reports like a document)
  const actor =
    ACTOR_CLASSES.has(headClass(ctx, i - 1)) ||
    (listsOf(p) & IN_DATA_NOUNS) !== 0 ||
    listedAgentive(p.lower) ||
    timeAfterParticiple(ctx, s, i);
  if (
    third &&
    isContent(p) &&
    !actor &&
    pp &&
    (isDet(pp) || isPrep(pp) || pp.kind === 'pos' || isQuant(pp)) &&
    // ("each side blames the other", "every party claims": a determiner of one thing takes no
    // plural compound, so the -s form after its noun is the verb)
    !SINGLE_DETERMINERS.has(pp.lower)
  )
    ok = false;
  // "Officials monitor weather forecasts closely": two content words before make a compound
  if (
    third &&
    isContent(p) &&
    !actor &&
    !ctx.name[i - 1] &&
    pp &&
    isContent(pp) &&
    !ctx.name[i - 2]
  )
    ok = false;
  if (p.lower === 'to') {
    // "to state that", "declined to comment.", not "according to state records"
    // ("appear to show smoke rising": a verb of appearance takes an infinitive)
    ok = !n || !isContent(n) || isAdverb(n) || APPEARANCE_VERBS.has(toks[i - 2]?.lower ?? '');
    if (toks[i - 2]?.lower === 'according') ok = false;
  }
  // right after a verb it is that verb's object: "users can add comments"
  // "Internal emails show": a plural after a modifier is a noun, not a verb
  const pIsNoun =
    !!pp &&
    (isDet(pp) ||
      pp.kind === 'pos' ||
      (p.lower.endsWith('s') && isContent(pp) && !isPronoun(pp) && !ctx.name[i - 2] && !isAux(pp)));
  if (p.kind === 'word' && (p.f & F.REPORT) !== 0 && !third && !pIsNoun) ok = false;
  if (
    third &&
    p.kind === 'word' &&
    (p.f & F.REPORT) !== 0 &&
    reportingVerb(p)?.forms.has('base') &&
    !pIsNoun
  )
    ok = false;
  // "emails show", "records say": a plural noun followed by its own verb
  if (third && n && (n.f & F.REPORT) !== 0 && reportingVerb(n)?.forms.has('base')) ok = false;
  // "A source at one of Italy's leading clubs tells", "Kestrel's filings with the exchange
  // show": the word before ends a post-modifier; the verb agrees with the subject's head
  // ("River Report Finds": `report` before it is a noun too)
  const pVerb = p.kind === 'word' && (p.f & F.REPORT) !== 0 ? reportingVerb(p) : undefined;
  if (!ok && isContent(p) && p.kind === 'word' && (!pVerb || NOUN_HOMOGRAPHS.has(pVerb.lemma)))
    ok = subjectAgrees(ctx, s, i, third);
  // (the base form only before the press: "people who were there tell reporters", not "to
  // tell Facebook about", "They'll tell you")
  if (!ok && hearerFollows(ctx, i, !third)) ok = true;
  // ("Data from the TV shows suggest": a verb after it makes it a noun)
  if (
    !ok &&
    !(n && ((n.f & (F.REPORT | F.IRREGULAR | F.AUX | F.BE)) !== 0 || isVerbLike(n))) &&
    documentBefore(ctx, s, i, third)
  )
    ok = true;
  // "It says leakage has fallen and blames old mains", "He says funding is short and disputes the
  // figures": a second present verb coordinated after the content of a first (decision 64)
  if (!ok && third && p.lower === 'and' && objectOpens(n) && presentCueBefore(ctx, s, i - 1))
    ok = true;
  // "some fear the true number is higher", "many blame a seed treatment": a quantifier that
  // stands alone for people, opening its clause, is the subject of a base form after it
  if (!ok && !third && loneQuantifierSubject(ctx, s, i)) ok = true;
  // "A reader asks whether", "Some on the mainland question whether": a noun takes no
  // question clause, so before one the word is a verb (after a noun that is no verb itself)
  if (
    !ok &&
    n &&
    WH_COMPLEMENTS.has(n.lower) &&
    isContent(p) &&
    !isVerbLike(p) &&
    (p.f & F.REPORT) === 0
  )
    ok = true;
  if (!ok) return true;
  // ("the logs show at least 14"; not "failing to report about $3 million", an infinitive)
  if (n && isPrep(n) && n.lower !== 'to' && (p.lower === 'to' || !quantityOpens(ctx, i + 1)))
    return true;
  // a verb needs a complement; "trading posts," and "a United Nations post." are nouns,
  // unless parenthetical: ", records show.", or its object is a relative `which` before a name:
  // "a charge, which Halden disputes."
  // ('the four "strongly dispute" the allegations': the verb's own words quoted, its object after
  // the quotation)
  if (n && isQuote(n) && !isOpenQuote(n) && objectOpens(ctx.tokens[i + 2])) return false;
  if (!n || (isPunct(n) && n.lower !== ':') || (isQuote(n) && !isOpenQuote(n)))
    return (
      !parenthetical(ctx, s, i) &&
      !whichNameBefore(ctx, i) &&
      !asClauseVerb(ctx, s, i) &&
      !claimAnswered(ctx, s, i)
    );
  return false;
}

/** Determiners of one thing: `each` (side), `every` (party), `either`, `neither`. */
const SINGLE_DETERMINERS: ReadonlySet<string> = new Set(['each', 'either', 'every', 'neither']);

/** Words that open a question clause, which only a verb takes: `asks whether`, `question how`. */
const WH_COMPLEMENTS: ReadonlySet<string> = new Set(['how', 'whether', 'why']);

/** Quantifiers that stand alone for people: `some`, `many`, `others`. */
const QUANTIFIER_PEOPLE = ruleWords('quantifierPeople');

/**
 * Whether a quantifier standing alone for people opens the clause of the base form at `i`: "...,
 * and some fear the true number is higher", "Many blame the heat", "while others claim". Not a
 * quantifier of a noun ("There is some fear that", "raised some question"): the word before it
 * must open a clause, and an object must follow the verb.
 */
function loneQuantifierSubject(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  const q = toks[i - 1];
  if (!q || q.lower === 'one' || !QUANTIFIER_PEOPLE.has(q.lower)) return false;
  const b = toks[i - 2];
  const opens = i - 1 === s.first || (!!b && (isPunct(b, ',') || CLAUSE_JOINS.has(b.lower)));
  return opens && objectOpens(toks[i + 1]);
}

/**
 * Whether a present-tense reporting verb that is no noun opens the sentence's first clause before
 * `end`, right after its subject: "It says", "The council argues" (not "the claims", "reports").
 */
function presentCueBefore(ctx: Context, s: Sentence, end: number): boolean {
  const toks = ctx.tokens;
  for (let k = s.first + 1; k < end && k <= s.first + 6; k++) {
    const t = toks[k]!;
    if (isPunct(t)) return false;
    if ((t.f & F.REPORT) === 0) continue;
    const v = reportingVerb(t);
    if (!v?.forms.has('third') || NOUN_HOMOGRAPHS.has(v.lemma) || !/s$/.test(t.lower)) continue;
    const b = toks[k - 1]!;
    return isPronoun(b) || ctx.name[k - 1] === 1 || isContent(b);
  }
  return false;
}

/** Conjunctions that open a clause: `and`, `but`, `while`. */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'though', 'while', 'whereas']);

/** Whether `t` opens a verb's object or clause: a determiner, a pronoun, `that`, a content word. */
function objectOpens(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    !isPrep(t) &&
    (isDet(t) || isPronoun(t) || isContent(t) || t.lower === 'that')
  );
}

/**
 * Whether a noun has the shape of a regular plural: an `-s` ending, but not `-ss` nor the
 * singular Latin ending `-us` ("The census shows", "The prospectus lists", like "The report
 * shows"). (`-sis` is left plural-shaped: "Our analysis shows" inside a quotation would then be
 * a source that renames the outlet's own "Our analysis" after it.)
 */
function pluralShape(w: string): boolean {
  return w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us');
}

/**
 * Whether a verb of addressing at `i` has its hearer right after it, a name or an object
 * pronoun: "..., one venture capitalist tells Brief.", "a channel partner tells him that" (the
 * noun "tells" of a poker player takes no hearer), or the press: "tells the paper", "tell
 * reporters" (the only hearer with `pressOnly`).
 */
function hearerFollows(ctx: Context, i: number, pressOnly: boolean): boolean {
  const toks = ctx.tokens;
  if ((listsOf(toks[i]) & IN_ADDRESSING) === 0) return false;
  // "A woman who lives nearby tells the paper", "people who were there tell reporters": the press
  // the story is told to
  const d = toks[i + 1]?.lower === 'the' || toks[i + 1]?.lower === 'this' ? i + 2 : i + 1;
  if (PRESS_HEARERS.has(toks[d]?.lower ?? '')) return true;
  if (pressOnly) return false;
  if (OBJECT_PRONOUNS.has(toks[i + 1]?.lower ?? '')) return true;
  let k = i + 1;
  while (ctx.name[k]) k++;
  // (not a name that opens a relative clause: "the poker tells Dana learned")
  return k > i + 1 && !isVerbLike(toks[k]);
}

/** The press as a hearer: `the paper`, `this newspaper`, `reporters`. */
const PRESS_HEARERS: ReadonlySet<string> = new Set([
  'journalists',
  'magazine',
  'newspaper',
  'outlet',
  'paper',
  'publication',
  'reporters',
  'website',
]);

/** Pronouns that are only objects, or an object before a clause: `him`, `them`, `us`. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us', 'you']);

/**
 * Whether a preposition at `k` opens a quantity, not a phrase after a noun: "the logs show at
 * least 14", "records list around 40", "the filing shows over $2 million", "up to 30".
 */
function quantityOpens(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.lower;
  const n = toks[k + 1];
  if (w === 'at') return n?.lower === 'least' || n?.lower === 'most';
  if (w === 'up' && n?.lower === 'to') return amount(toks[k + 2]);
  return (w === 'about' || w === 'around' || w === 'over' || w === 'under') && amount(n);
}

/** A number or a sum: `40`, `$2 million`. */
const amount = (t: Token | undefined): boolean => t?.kind === 'num' || t?.lower === '$';

/**
 * Whether `that` at `k` is a demonstrative after a verb or a preposition ("parsing that tweet",
 * "in that post"), not a relative pronoun after a noun ("users that tweet").
 */
function demonstrativeThat(ctx: Context, k: number): boolean {
  const b = ctx.tokens[k - 1];
  // ("internal polling that shows", "a filing that lists": an -ing document is a noun)
  return (
    !!b &&
    (isPrep(b) ||
      (isWord(b) &&
        /[a-z]ing$/.test(b.lower) &&
        !ctx.name[k - 1] &&
        (listsOf(b) & (IN_DOCUMENT_NOUNS | IN_DATA_NOUNS)) === 0))
  );
}

/**
 * Whether a document or data noun heads the subject of the homograph at `i`, with its
 * post-modifier between (a participle with its agent or time, a prepositional phrase), and the
 * verb agrees with it: "Data sent back since July show", "Meeting notes from February record",
 * "Minutes of a board meeting the following month record", "A filing made to the exchange on
 * Monday lists" (not "a survey of shows", a noun after a preposition).
 */
function documentBefore(ctx: Context, s: Sentence, i: number, third: boolean): boolean {
  const toks = ctx.tokens;
  // ("notes from February record": a capitalised word before a document noun makes one phrase
  // of them, a "February record")
  if (toks[i - 1]?.cap && (listsOf(toks[i]) & IN_DOCUMENT_NOUNS) !== 0) return false;
  for (let k = i - 2; k >= s.first && k >= i - MAX_MODIFIER; k--) {
    const t = toks[k]!;
    if ((t.kind !== 'word' && t.kind !== 'num') || isRelative(t) || (t.f & (F.AUX | F.BE)) !== 0)
      return false;
    if ((listsOf(t) & (IN_DOCUMENT_NOUNS | IN_DATA_NOUNS)) === 0 || ctx.name[k]) continue;
    const after = toks[k + 1]!;
    if (!isPrep(after) && !(isParticipleWord(after) && !ctx.name[k + 1])) continue;
    // (the document's phrase opens its clause: not the object of a preposition or a verb)
    const before = toks[k - 1];
    if (k > s.first && before && (isPrep(before) || isVerbLike(before))) continue;
    // ("according to an analysis by the group of inspection records": nor of `according to`)
    const d = isDet(before) ? k - 2 : k - 1;
    if (toks[d]?.lower === 'to' && toks[d - 1]?.lower === 'according') continue;
    const plural = pluralShape(t.lower) || (listsOf(t) & IN_IRREGULAR_PLURALS) !== 0;
    return third !== plural || (listsOf(t) & IN_EITHER_NUMBER) !== 0;
  }
  return false;
}

/** Tokens a document's post-modifier spans before its verb: "Data sent back since July show". */
const MAX_MODIFIER = 12;

/** Documents of data: `figures`, `records`, `polling`. */
const DATA_NOUNS = ruleWords('dataNouns');

/**
 * Whether the word at `i` ends a clause of `as` with its subject ("As Mashable reports, the
 * company ...", "as the paper notes,"): the word is that clause's verb, not a noun.
 */
function asClauseVerb(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  let k = i - 1;
  while (k > s.first && k >= i - 5 && (isContent(toks[k]) || isDet(toks[k]) || ctx.name[k])) k--;
  if (k === i - 1 || toks[k]?.lower !== 'as') return false;
  return k === s.first || isPunct(toks[k - 1]) || isQuote(toks[k - 1]);
}

/**
 * Whether a name right before `i` follows a relative `which` after a comma (", which Halden
 * disputes"): the clause's object is the `which`, so the word at `i` is its verb.
 */
function whichNameBefore(ctx: Context, i: number): boolean {
  let b = i - 1;
  while (b > 0 && ctx.name[b]) b--;
  const toks = ctx.tokens;
  return b < i - 1 && toks[b]?.lower === 'which' && isPunct(toks[b - 1], ',');
}

/**
 * "..., a charge the developer disputes.", "an allegation the company denies": a claim noun, then
 * a speaker that answers it with the verb at `i`, which ends the clause (an object relative with
 * no `which`).
 */
function claimAnswered(ctx: Context, s: Sentence, i: number): boolean {
  const np = phraseEndingAt(ctx, i - 1, s.first);
  if (!np || np.start - 1 <= s.first) return false;
  let k = np.start - 1;
  if (ctx.tokens[k]!.lower === 'that' || ctx.tokens[k]!.lower === 'which') k--;
  return (
    CLAIM_NOUNS.has(ctx.tokens[k]!.lower) &&
    (ctx.name[np.head] === 1 || ACTOR_CLASSES.has(headClass(ctx, np.head)))
  );
}

/** Nouns that stand for a claim: `charge`, `claim`, `allegation`, `suggestion`. */
const CLAIM_NOUNS = ruleWords('claimNouns');

/**
 * Whether the subject of the verb at `i` is a phrase whose head agrees with it (singular for a
 * third-person form, plural for a base form) and can report: an actor, a document or a name.
 */
function subjectAgrees(ctx: Context, s: Sentence, i: number, third: boolean): boolean {
  const subject = findSubject(ctx, s, i);
  if (!subject || isPronounSubject(subject)) return false;
  const { np } = subject;
  // ("according to an analysis by the group of inspection records": the object of `according
  // to` is no subject)
  if (np.start - 2 >= s.first && ctx.tokens[np.start - 2]!.lower === 'according') return false;
  if (np.end !== i && np.coreEnd !== i) {
    // the subject must end right before the verb, with its post-modifiers
    let k = np.end;
    while (k < i && (isAdverb(ctx.tokens[k]) || (ctx.tokens[k]!.f & F.TIME) !== 0)) k++;
    if (k !== i) return false;
  }
  const h = ctx.tokens[np.head]!;
  const plural = pluralShape(h.lower) || (listsOf(h) & IN_IRREGULAR_PLURALS) !== 0;
  if (third === plural && (listsOf(h) & IN_EITHER_NUMBER) === 0) return false;
  return ctx.name[np.head] === 1 || ACTOR_CLASSES.has(headClass(ctx, np.head));
}

/** Heads that can do what a verb says: a homograph after one of these may be its verb. */
const ACTOR_CLASSES: ReadonlySet<HeadClass> = new Set<HeadClass>([
  'role',
  'occupation',
  'organisation',
  'person',
  'document',
  'title',
]);

/**
 * Before "that", a homograph is a verb unless a modifier precedes: "and states that", but
 * "useful forecasts that", "the American demand that".
 */
function thatClauseFollows({ ctx, i, p, n, forms }: At): boolean {
  const toks = ctx.tokens;
  return (
    n?.lower === 'that' &&
    !!p &&
    !isDet(p) &&
    // "the American demand that": a base form after "the" + singular is a noun
    !(
      !forms.has('third') &&
      isDet(toks[i - 2]) &&
      !(p.lower.endsWith('s') && !p.lower.endsWith('ss')) &&
      (!ctx.name[i - 1] || isPlaceName(ctx, i - 1)) &&
      // "Records from the company show that": the phrase ends a prepositional phrase
      !isPrep(toks[i - 3])
    ) &&
    (!isContent(p) ||
      ctx.name[i - 1] === 1 ||
      headClass(ctx, i - 1) !== 'other' ||
      complementAfterThat(ctx, i + 2) ||
      timeAfterThat(ctx, i + 2))
  );
}

/**
 * Whether a time phrase and a comma open the clause at `k` after `that`: "shows that in 1960,
 * women held", "found that last year, prices rose".
 */
function timeAfterThat(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (isPrep(toks[k]) || toks[k]?.lower === 'last') k++;
  const w = toks[k];
  if (!w || !(isTimeWord(w) || w.kind === 'num')) return false;
  return isPunct(toks[k + 1], ',') || (isTimeWord(toks[k + 1]) && isPunct(toks[k + 2], ','));
}

/**
 * An adjective or a noun modifier: `the alleged fraud`, `an estimated 300`, `took suspected
 * pills`, `the results look promising`, `warning signs`, `weather forecasting will`.
 */
function adjectiveUse({ ctx, i, t, p, n, forms }: At): boolean {
  const toks = ctx.tokens;
  const ing = t.lower.endsWith('ing');
  // "the only finding that": an -ing noun after a determiner
  if (
    forms.has('ing') &&
    ing &&
    // (the word between is a word: "denied that, saying" is a participle after a comma)
    (isDet(p) || (p && isWord(p) && isDet(toks[i - 2]) && !isAux(p))) &&
    p?.lower !== 'that' &&
    // "with each side blaming the other": an absolute construction, the -ing form is its verb
    // ("with sources close to the club saying a deal", "with senators from the party saying")
    !(
      isDet(toks[i - 2]) &&
      absoluteWith(ctx, i) &&
      isContent(p) &&
      n &&
      (isDet(n) || isQuant(n) || isPronoun(n) || n.lower === 'that' || ctx.name[i + 1] === 1)
    ) &&
    // "published a story saying that", "got a letter saying", "a report accusing the firm of":
    // a document's reduced relative, its -ing form the verb that carries the content (not a
    // request's: "a petition urging the board to", whose cue is optional)
    !(
      isDet(toks[i - 2]) &&
      !REQUESTING.has(t.lower) &&
      p &&
      (listsOf(p) & IN_DOCUMENT_NOUNS) !== 0 &&
      n &&
      (isDet(n) || isPronoun(n) || n.lower === 'that' || isOpenQuote(n) || ctx.name[i + 1] === 1)
    )
  )
    return true;
  // "the results look promising", "the data are promising.": an -ing adjective
  if (
    ing &&
    p &&
    ((listsOf(p) & IN_LINKING_VERBS) !== 0 ||
      ((listsOf(p) & IN_BE_FORMS) !== 0 && (!n || isPunct(n) || (isQuote(n) && !isOpenQuote(n)))))
  )
    return true;
  // "the alleged fraud", "an estimated 300": participle adjectives before a noun
  if (
    isHedgeWord(t) &&
    n &&
    (isContent(n) || n.kind === 'num' || n.lower === '$') &&
    !(p && (isAux(p) || isContent(p) || ctx.name[i - 1] || isPronoun(p)))
  )
    return true;
  // "took suspected diet pills", "seized alleged loot": after a verb in the past a participle
  // before a noun modifies that verb's object
  if (
    p &&
    n &&
    isContent(n) &&
    !ctx.name[i + 1] &&
    t.lower.endsWith('ed') &&
    !ctx.name[i - 1] &&
    ((p.f & F.IRREGULAR) !== 0 || (isHedgeWord(t) && p.lower.length > 4 && p.lower.endsWith('ed')))
  )
    return true;
  // "38 confirmed cases", "the reported incidents": a participle between a number or a
  // determiner and a plural noun is that noun's adjective
  if (
    p &&
    n &&
    t.lower.endsWith('ed') &&
    (p.kind === 'num' || isDet(p) || isQuant(p)) &&
    n.kind === 'word' &&
    isContent(n) &&
    !n.cap &&
    n.lower.endsWith('s') &&
    !n.lower.endsWith('ss') &&
    (n.f & F.REPORT) === 0 &&
    !isVerbLike(n)
  )
    return true;
  // "speaking of Dolby", "generally speaking": a discourse marker
  if (t.lower === 'speaking' && (n?.lower === 'of' || (p && isAdverb(p) && (!n || isPunct(n)))))
    return true;
  // "the science of weather forecasting will": an -ing noun in a compound before a verb
  if (
    ing &&
    p &&
    isContent(p) &&
    !ctx.name[i - 1] &&
    !isAdverb(p) &&
    n &&
    (n.f & F.AUX) !== 0 &&
    headClass(ctx, i - 1) === 'other'
  )
    return true;
  // "In digital publishing, we": an -ing noun after a preposition and a modifier
  if (
    ing &&
    p &&
    isContent(p) &&
    !isAdverb(p) &&
    !ctx.name[i - 1] &&
    isPrep(toks[i - 2]) &&
    (!n || isPunct(n))
  )
    return true;
  // "ring warning bells", "reporting rules": an -ing form before a thing is its modifier
  if (
    (listsOf(t) & IN_NOUN_MODIFIER_ING) !== 0 &&
    n &&
    isContent(n) &&
    !isAdverb(n) &&
    modifiedThing(ctx, i + 1)
  )
    return true;
  // "one of Africa's most promising states": an -ing adjective after a degree word
  return ing && !!p && (listsOf(p) & IN_DEGREE_BEFORE_ADJECTIVE) !== 0;
}

/**
 * "Worried parents can call the helpline", '"Determined buyers will find a route"': a past form
 * opening the sentence right before a bare plural noun and that noun's own verb is the noun's
 * adjective (not "Worried that the plant would close, workers", nor "Asked about it, she said").
 */
function openingAdjective({ ctx, s, i, t, n }: At): boolean {
  const toks = ctx.tokens;
  if (!t.lower.endsWith('ed') || !n || n.kind !== 'word' || n.cap || !isContent(n)) return false;
  if (!(i === s.first || (i === s.first + 1 && isOpenQuote(toks[s.first])))) return false;
  const plural = n.lower.endsWith('s') && !n.lower.endsWith('ss') && (n.f & F.REPORT) === 0;
  return plural && isVerbLike(toks[i + 2]);
}

/**
 * Whether token `k` is a thing an -ing form can modify, not a name or a person; in a Title Case
 * headline every word is capitalised: "Hospital Missed Warning Signs".
 */
function modifiedThing(ctx: Context, k: number): boolean {
  const cls = headClass(ctx, k);
  if (!ctx.name[k]) return cls === 'other';
  return ctx.titleCase[ctx.sentenceOf[k]!] === 1 && cls === 'name';
}

/** Whether `with` opens the phrase before the -ing form at `i`, within a few words and no punctuation. */
function absoluteWith(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  for (let k = i - 3; k >= 0 && k >= i - 10; k--) {
    const w = toks[k]!;
    if (w.lower === 'with') return true;
    if (!isWord(w) || isPunct(w) || isQuote(w) || (w.f & F.REPORT) !== 0) return false;
  }
  return false;
}

/**
 * Habitual negatives attribute nothing: "we don't usually discuss". (But "does not recognise"
 * the figures is an idiom that rejects a stated claim in the present, decision 165: its frame
 * decides.)
 */
function habitualNegative({ ctx, s, i, lemma }: At): boolean {
  const toks = ctx.tokens;
  if (REJECTING_IDIOMS.has(lemma)) return false;
  for (let k = i - 1; k >= s.first && k >= i - 3; k--) {
    const w = toks[k]!.lower;
    if (w === "don't" || w === "doesn't" || w === 'do' || w === 'does') return true;
    if (!isAdverb(toks[k]) && w !== 'not') break;
  }
  return false;
}

/** Lemmas whose present negative rejects a claim: "we do not recognise the figures". */
const REJECTING_IDIOMS: ReadonlySet<string> = new Set(['recognise', 'recognize']);

/**
 * A participle modifying the noun before it: ", published in the Lancet,", "emails written
 * between", "a study published Wednesday in", "documents reviewed by", "Published in 1963, it".
 */
/**
 * Whether the comma before token `i` closes a person's name in apposition to a person noun (`a
 * claim his agent, Ray Castellanos, denied at the time`): the verb after it is the clause's own.
 */
function afterNamedApposition(ctx: Context, i: number): boolean {
  let k = i - 2;
  if (!ctx.name[k]) return false;
  while (k > 0 && ctx.name[k - 1]) k--;
  if (!isPunct(ctx.tokens[k - 1], ',')) return false;
  // (or to a partitive of people: "One of them, Deputy Governor Ilse Marrek, warned")
  return (
    SPEAKER_HEADS.has(headClass(ctx, k - 2)) ||
    (ctx.tokens[k - 3]?.lower === 'of' && isPronoun(ctx.tokens[k - 2]))
  );
}

function reducedRelative({ ctx, s, i, t, p, n, forms, lemma, rating }: At): boolean {
  const toks = ctx.tokens;
  // "Two men, described in court filings as": a document's description is its report
  if (lemma === 'describe' && describedIn(ctx, s, i)) return false;
  // ("was in fact denied", "was at one point denied": a fixed adverbial after an auxiliary, no
  // noun the participle modifies)
  const phrase = adverbialPhraseEndingAt(toks, i - 1);
  if (phrase > 0 && isAux(toks[i - 1 - phrase])) return false;
  // "Ruiz, still seen by many voters as a hero,": a rating with its judge and grade is a cue,
  // as "a budget praised by business groups" is
  if (rating && byThenAs(ctx, s, i + 1)) return false;
  // ", published in the Lancet,": a participle clause modifying what precedes
  // (", published Wednesday in the journal", a time word before it)
  // ("last month", "this week": a lead word, then the time word)
  const timeAt = n && isTimeWord(toks[i + 2]) && (listsOf(n) & IN_TIME_LEADS) !== 0 ? i + 2 : i + 1;
  const after = n && isTimeWord(toks[timeAt]) && !ctx.name[timeAt] ? toks[timeAt + 1] : n;
  if (
    p &&
    isPunct(p, ',') &&
    forms.has('participle') &&
    after &&
    (listsOf(after) & IN_REDUCED_RELATIVE_NEXT) !== 0 &&
    /ed$/.test(t.lower) &&
    !afterNamedApposition(ctx, i)
  )
    return true;
  // "Published in 1963, it has": a participle clause describing the sentence's subject
  if (!p && n?.lower === 'in' && forms.has('participle') && t.lower.endsWith('ed')) return true;
  // a bare participle after a noun is a reduced relative: "emails written between",
  // "a study published Wednesday in", "documents reviewed by"
  if (
    !forms.has('participle') ||
    (forms.has('past') && !endsLetterEd(t.lower)) ||
    !p ||
    !(isContent(p) || ctx.name[i - 1]) ||
    lemma === 'cite' ||
    lemma === 'quote'
  )
    return false;
  if (!forms.has('past')) return true;
  // "a person briefed on the talks", "staff notified of the change": a verb whose active
  // form always takes its hearer as object, bare after a noun and before its topic, is passive
  if (n && HEARER_TOPICS.has(n.lower) && HEARER_OBJECT_VERBS.has(lemma)) return true;
  // ("a budget praised by business groups": a judgement with its judge is a cue; "the figures
  // announced by the ministry", "a plan first proposed by": a statement with its maker, decision
  // 12, not "the weight added by", "documents published by", "people released by")
  // (but "Okafor said by telephone that": a medium after `by` is no agent, and the verb is the
  // clause's own)
  if (n && n.lower === 'by')
    return (
      !BY_MEDIA.has(toks[i + 2]?.lower ?? '') &&
      !JUDGED_BY.has(lemma) &&
      !REDUCED_SAID_BY.has(lemma)
    );
  // "a study of 90,000 people published in the journal", "minutes of the gathering published
  // Wednesday", "two papers published four years apart": things are published, and `published`
  // after a noun (no name, no pronoun) with no object of its own is that noun's participle
  if (
    t.lower === 'published' &&
    n &&
    !ctx.name[i - 1] &&
    !isPronoun(p) &&
    (n.lower === 'in' ||
      ((n.kind === 'num' || NUMBER_WORDS.has(n.lower)) &&
        TIME_UNITS.has(toks[i + 2]?.lower ?? '')) ||
      isTimeWord(n) ||
      (listsOf(n) & IN_TIME_LEADS) !== 0)
  )
    return true;
  // "a story published at MAKEzine", "the functionality discussed above"
  const speaker = SPEAKER_HEADS.has(headClass(ctx, i - 1));
  if (
    n &&
    !ctx.name[i - 1] &&
    !speaker &&
    (listsOf(n) & IN_REDUCED_RELATIVE_NEXT) !== 0 &&
    !tagBeforeTime(ctx, s, i)
  )
    return true;
  // "published Wednesday in the journal", "a blog post published Thursday,": a time word,
  // then in/by or the end of the modifier; "a study published last week found": the
  // reporting verb after the time is the clause's
  const lead = n && (n.lower === 'last' || n.lower === 'this' || n.lower === 'on') ? 1 : 0;
  if (n && isTimeWord(toks[i + 1 + lead])) {
    let q = i + 1 + lead;
    while (q < s.last && isTimeWord(toks[q])) q++;
    const w = toks[q];
    if (w?.lower === 'in' || w?.lower === 'by') return true;
    // but "the Courier reported Thursday." is a report: only a document is published
    if ((q >= s.last || isPunct(w)) && (listsOf(p) & IN_DOCUMENT_NOUNS) !== 0) return true;
    if (w && (w.f & F.REPORT) !== 0 && (listsOf(toks[i - 1]) & IN_DOCUMENT_NOUNS) !== 0)
      return true;
  }
  return false;
}

/**
 * "..., the hospital confirmed on Thursday.", "..., the integrity body announced on Tuesday.":
 * a subject and its verb after a comma, with only a time phrase before the end of the
 * sentence, tag what came before; a document, or anything published, there is still a
 * reduced relative ("..., a report released on Monday.", "..., the index published on Monday.").
 */
function tagBeforeTime(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  if ((listsOf(toks[i - 1]) & IN_DOCUMENT_NOUNS) !== 0 || PUBLISHING.has(toks[i]!.lower))
    return false;
  let q = i + 1;
  if ((listsOf(toks[q]) & IN_TIME_LEADS) !== 0) q++;
  if (!isTimeWord(toks[q])) return false;
  while (q < s.last && isTimeWord(toks[q])) q++;
  if (!(q >= s.last || isPunct(toks[q], '.')) || !parenthetical(ctx, s, i)) return false;
  // (", a decision announced on Friday.": an indefinite thing in apposition, not a tag)
  let k = i - 1;
  while (k > s.first && !isPunct(toks[k], ',')) k--;
  const f = toks[k + 1]?.lower;
  return f !== 'a' && f !== 'an';
}

/** Verbs whose active form always takes the hearer as object: `brief`, `notify`, `inform`. */
const HEARER_OBJECT_VERBS: ReadonlySet<string> = new Set(['alert', 'brief', 'inform', 'notify']);

/** Prepositions of what a hearer is told about: `briefed on`, `notified of`, `alerted to`. */
const HEARER_TOPICS: ReadonlySet<string> = new Set(['about', 'of', 'on', 'to']);

/** Number words: `two`, `four`, `dozen`. */
const NUMBER_WORDS = ruleWords('numberWords');

/** Units of time after a number: `four years apart`, `two weeks earlier`. */
const TIME_UNITS: ReadonlySet<string> = new Set(['days', 'decades', 'months', 'weeks', 'years']);

/** Participles of making a document public: `published`, `released`, `issued`. */
const PUBLISHING = ruleWords('publishing');

/** Heads that speak: a participle after one of them is its verb (`the spokesman reported`). */
const SPEAKER_HEADS: ReadonlySet<HeadClass> = new Set<HeadClass>([
  'role',
  'occupation',
  'organisation',
  'person',
  'title',
]);

/**
 * Whether a plural head with a reduced relative ends right before `i`, so that a base form there
 * agrees with it: "Emails reviewed by the Sentinel show", "Records filed with the state list".
 */
function pluralBeforeReducedRelative(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  for (let k = i - 2; k > s.first && k >= i - 9; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t) || !isWord(t)) return false;
    if (!isParticipleWord(t) || ctx.name[k] || !isPrep(toks[k + 1])) continue;
    const h = toks[k - 1]!;
    return (
      isContent(h) &&
      !ctx.name[k - 1] &&
      h.lower.endsWith('s') &&
      !h.lower.endsWith('ss') &&
      headClass(ctx, k - 1) !== 'other'
    );
  }
  return false;
}

/** Whether a time word after a participle ends right before `i`: "released on Monday", "issued last week". */
function timeAfterParticiple(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  // (or a place: "Footage posted online shows")
  if (!isTimeWord(toks[i - 1]) && (listsOf(toks[i - 1]) & IN_PLACE_ADVERBS) === 0) return false;
  let k = i - 2;
  if (k > s.first && (listsOf(toks[k]) & IN_TIME_LEADS) !== 0) k--;
  const t = toks[k];
  // ("Images taken on Monday show": an irregular participle too; "Footage circulating online
  // shows": an -ing one)
  return (
    k > s.first && !!t && (isParticipleWord(t) || /[a-z]{3}ing$/.test(t.lower)) && !ctx.name[k]
  );
}

/** Words before a time word in a time phrase: `on Monday`, `last week`. */
const TIME_LEADS: ReadonlySet<string> = new Set(['last', 'on', 'this']);

/** Whether past form `i` follows a subject's `who` clause: "A lawyer who met him before said". */
function afterRelativeClause(ctx: Context, s: Sentence, i: number, forms: VerbForms): boolean {
  const toks = ctx.tokens;
  if (!forms.has('past') || /ing$/.test(toks[i]!.lower)) return false;
  for (let k = i - 2; k > s.first && k >= i - 15; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return false;
    if (t.lower === 'who') return headClass(ctx, k - 1) !== 'other';
  }
  return false;
}

/** Words before `to` + verb that make the verb the writer's reasoning: `no reason to believe`. */
const WRITER_INFINITIVE = ruleWords('writerInfinitive');

/** Nouns of `WRITER_INFINITIVE` that need `no` before them: `no reason to`, `no way to`. */
const NEGATED_NOUNS = ruleWords('negatedNouns');

/** -ing forms that also modify nouns: `warning signs`, `reporting rules`, `briefing notes`. */
const NOUN_MODIFIER_ING = ruleWords('nounModifierIng');

/** Degree words before an adjective: `most promising`, `very telling`. */
const DEGREE_BEFORE_ADJECTIVE = ruleWords('degreeBeforeAdjective');

/**
 * Whether a verb's lemma is in `NOUN_HOMOGRAPHS` or `RATING_VERBS`, kept by the lemma (lexicon.ts's
 * `lemmaBits`): asked of every candidate verb, a Set probe each.
 */
const lemmaListsOf = lemmaBits(() => [NOUN_HOMOGRAPHS, RATING_VERBS]);
const HOMOGRAPH_LEMMA = 1 << 0;
const RATING_LEMMA = 1 << 1;

/** Plural nouns without an -s: "the data show", "police say". */
const IRREGULAR_PLURALS = ruleWords('irregularPlurals');

/** Plurals also used as singular mass or collective nouns: "the data shows", "the staff votes". */
const EITHER_NUMBER = ruleWords('eitherNumber');

/** Verbs that take an adjective: `look promising`, `sounds convincing`. */
const LINKING_VERBS = ruleWords('linkingVerbs');

/** -ing forms of requests, whose cue is optional (decision 112 of the labelled sets). */
const REQUESTING: ReadonlySet<string> = new Set([
  'asking',
  'begging',
  'calling',
  'demanding',
  'imploring',
  'inviting',
  'pleading',
  'pressing',
  'requesting',
  'urging',
]);

/** Words after a participle that start its reduced relative: `published in`, `written between`. */
export const REDUCED_RELATIVE_NEXT = ruleWords('reducedRelativeNext');

/** The fixed lists this file asks of tokens, as bits of one answer (word-bits.ts). */
const listsOf = wordBits(() => [
  STANDALONE,
  AIRING,
  BE_FORMS,
  IRREGULAR_PLURALS,
  EITHER_NUMBER,
  SUBJECT_PRONOUNS,
  LINKING_VERBS,
  NOUN_MODIFIER_ING,
  DEGREE_BEFORE_ADJECTIVE,
  TIME_LEADS,
  REDUCED_RELATIVE_NEXT,
  DOCUMENT_NOUNS,
  PROMPTING,
  ADDRESSING,
  PLACE_ADVERBS,
  DATA_NOUNS,
  COMPLEMENT_MAKERS,
  MOTION_PARTICLES,
]);
const IN_STANDALONE = 1 << 0;
const IN_AIRING = 1 << 1;
const IN_BE_FORMS = 1 << 2;
const IN_IRREGULAR_PLURALS = 1 << 3;
const IN_EITHER_NUMBER = 1 << 4;
const IN_SUBJECT_PRONOUNS = 1 << 5;
const IN_LINKING_VERBS = 1 << 6;
const IN_NOUN_MODIFIER_ING = 1 << 7;
const IN_DEGREE_BEFORE_ADJECTIVE = 1 << 8;
const IN_TIME_LEADS = 1 << 9;
const IN_REDUCED_RELATIVE_NEXT = 1 << 10;
const IN_DOCUMENT_NOUNS = 1 << 11;
const IN_PROMPTING = 1 << 12;
const IN_ADDRESSING = 1 << 13;
const IN_PLACE_ADVERBS = 1 << 14;
const IN_DATA_NOUNS = 1 << 15;
const IN_COMPLEMENT_MAKERS = 1 << 16;
const IN_MOTION_PARTICLES = 1 << 17;

/** Particles a verb of motion takes with no object: `piled up`, `flooded in`. */
const PARTICLES: ReadonlySet<string> = new Set(['away', 'back', 'down', 'in', 'off', 'out', 'up']);

/** Verbs that take an object and its complement: `made predicting it impossible`. */
const COMPLEMENT_MAKERS = ruleWords('complementMakers');

/** Adverbs of place a participle may take: `posted online`, `filmed nearby`. */
const PLACE_ADVERBS = ruleWords('placeAdverbs');
