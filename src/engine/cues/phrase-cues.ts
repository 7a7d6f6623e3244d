/**
 * Fixed cue phrases: `according to X` and `citing X` (the source after the phrase), anonymity
 * formulas (`on condition of anonymity`), plain phrases (`went on to say`) and statement phrases
 * (`in a statement`, `in her opening remarks`), credited to the subject of their clause.
 *
 * Each finder returns the cue at `i`, `undefined` when the phrase is not there (try the next
 * family), or null when it is there but reports nothing (`citing weak cash flow`).
 */
import type { Context } from '../context';
import {
  isAdverb,
  isAux,
  isContent,
  isDet,
  isOpenQuote,
  isPunct,
  isQuant,
  isQuote,
  isTimeWord,
  isVerbLike,
} from '../context';
import {
  ANONYMITY_PHRASES,
  F,
  listedAgentive,
  PLAIN_PHRASES,
  ruleWords,
  SOURCE_AFTER_PHRASES,
  STATEMENT_NOUNS,
} from '../lexicon';
import { quotationAround } from '../entities/quoted-speaker';
import { headClass } from '../phrase/head-class';
import { isPronounToken, namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { isPlural } from '../unnamed/find-unnamed';
import { ISSUED_BY_NAMED, phraseStartingAt } from '../phrase/phrase-starting';
import { withEnd } from '../phrase/phrase-copy';
import { indexPhrases, matchPhrase } from '../phrases';
import type { Sentence } from '../sentences';
import { isNameApposition } from '../subject/aside';
import { isParticipleWord } from '../subject/clause';
import { clauseSubject, findSubject } from '../subject/find-subject';
import type { SourcePhrase, SubjectResult } from '../subject/result';
import type { CueClass } from '../types';
import type { Cue } from './cue';
import { pronounOf, sourceOf } from './cue';
import { groupStart } from './verb-group';

const SOURCE_AFTER = indexPhrases(SOURCE_AFTER_PHRASES);
/** Pronouns after `according to` that stand for a source: `according to her`. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'them']);
const ANONYMITY = indexPhrases(ANONYMITY_PHRASES);
const PLAIN = indexPhrases(PLAIN_PHRASES);

/** `according to X`, `citing X`, `as reported by X`: the source follows the phrase. */
export function sourceAfterCue(ctx: Context, s: Sentence, i: number): Cue | null | undefined {
  const toks = ctx.tokens;
  const n = matchPhrase(SOURCE_AFTER, toks, i, s.last);
  if (!n) return viewpointCue(ctx, s, i);
  const t = toks[i]!;
  // "According to her", "according to them": a pronoun the entities pass links
  // (not a possessive: "according to her longtime manager, Sol Reinholt")
  const after = toks[i + n + 1];
  if (
    t.lower === 'according' &&
    OBJECT_PRONOUNS.has(toks[i + n]?.lower ?? '') &&
    !(after && isContent(after) && !ctx.name[i + n + 1] && toks[i + n]!.lower === 'her') &&
    !(after && ctx.name[i + n + 1])
  )
    return phraseCue(ctx, i, i + n, 'phrase', null, i + n);
  let np = phraseStartingAt(ctx, i + n, s.last, true);
  // "according to a formula", "according to the rules": a rule followed, not a source
  if (np && t.lower === 'according' && NOT_SOURCES.has(toks[np.head]!.lower)) return null;
  if (t.lower === 'per' && !perSource(ctx, s, i, np)) return undefined;
  if (t.lower === 'citing' || t.lower === 'quoting') {
    if (!np)
      return t.lower === 'citing' && quotedReason(ctx, i + n)
        ? phraseCue(ctx, i, i + n, 'phrase', null, -1)
        : null;
    // "call 101 quoting incident 412", "quoting crime reference 4471": a police appeal's
    // reference number, nobody quoted
    if (referenceNumber(ctx, np.start, np.end)) return null;
    // "citing weak cash flow", "citing the bank's losses" give a reason, not a source (but
    // "citing a senior minister": a person noun no class lists)
    if (headClass(ctx, np.head) === 'other' && !listedAgentive(toks[np.head]!.lower)) np = null;
  }
  if (!np) return phraseCue(ctx, i, i + n, 'phrase', null, -1);
  return phraseCue(ctx, i, i + n, 'phrase', sourceWithIssuer(ctx, s, np), -1);
}

/**
 * Whether a quotation opens at `k`, or after a possessive determiner: `citing "unusual market
 * conditions"`, `citing his "complete absence of remorse"`: a reason given in the words of the
 * one who cites it (a cue with no source, like `citing weak demand`).
 */
function quotedReason(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (isOpenQuote(toks[k])) return true;
  return POSSESSIVE_DETERMINERS.has(toks[k]?.lower ?? '') && isOpenQuote(toks[k + 1]);
}

/** Possessive determiners before a quoted reason: `his`, `its`, `their`. */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['her', 'his', 'its', 'our', 'their']);

/**
 * Whether the phrase from `start` to `end` is a reference number: a reference noun followed by
 * a number ("incident 412", "crime reference 4471", "log number 1187 of 4 May", "ref. 0412").
 */
function referenceNumber(ctx: Context, start: number, end: number): boolean {
  const toks = ctx.tokens;
  for (let k = start; k < end; k++) {
    if (!REFERENCE_NOUNS.has(toks[k]!.lower)) continue;
    let q = k + 1;
    while (q < end + 2 && (REFERENCE_NOUNS.has(toks[q]?.lower ?? '') || isPunct(toks[q], '.'))) q++;
    if (toks[q]?.kind === 'num') return true;
  }
  return false;
}

/** Nouns that label a case or reference number: `incident`, `reference`, `log`, `crime`. */
const REFERENCE_NOUNS = ruleWords('referenceNouns');

/**
 * The source after `according to` with a document's by-agent and a name in apposition that
 * closes it: "a post on social media by a candidate for the Green Coast party, Aled Morgan",
 * "figures shared by the awards' broadcaster, Channel Nine Calder" (the name identifies the
 * issuer, and is part of the source).
 */
function sourceWithIssuer(ctx: Context, s: Sentence, np: NounPhrase): SourcePhrase {
  const toks = ctx.tokens;
  let end = np.end;
  // (the issuer after `by` right on the noun, or after a participle of issuing: not "emails
  // obtained by the student newspaper, the Varsity Ledger", an outlet, decision 68)
  let issuer = false;
  if (toks[end]?.lower === 'by' && headClass(ctx, np.head) === 'document') {
    const agent = phraseStartingAt(ctx, end + 1, s.last, true);
    if (agent) end = agent.end;
    issuer = !!agent;
  }
  for (let k = np.start + 1; k < end && !issuer; k++)
    issuer = toks[k]!.lower === 'by' && ISSUED_BY_NAMED.has(toks[k - 1]!.lower);
  if (issuer && isPunct(toks[end], ',')) {
    let b = end + 1;
    while (b < s.last && !isPunct(toks[b])) b++;
    if (
      b > end + 1 &&
      (b >= s.last || isPunct(toks[b], ',') || isPunct(toks[b], '.')) &&
      isNameApposition(ctx, end + 1, b)
    )
      return { np: withEnd(np, b), named: true };
  }
  const whole = end === np.end ? np : withEnd(np, end);
  return { np: whole, named: namedness(ctx, whole) };
}

/**
 * A viewpoint framed by its owner, like `according to X`: "In her view,", "in the minister's
 * words", "by her own account", "By the administration's own count" (DECISIONS 30). The cue is
 * the noun, its source the possessor; not inside a quotation, where "in my view" is the
 * speaker's way of talking.
 */
function viewpointCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  const nouns = VIEWPOINT_NOUNS.get(toks[i]!.lower);
  if (!nouns) return undefined;
  let k = i + 1;
  let pronoun = -1;
  let source: SourcePhrase | null = null;
  if (THIRD_POSSESSIVES.has(toks[k]?.lower ?? '')) pronoun = k++;
  else {
    while (k < s.last && k <= i + 7 && toks[k]!.kind !== 'pos' && !isPunct(toks[k])) k++;
    if (toks[k]?.kind !== 'pos' || k === i + 1) return undefined;
    const np = phraseEndingAt(ctx, k - 1, i + 1);
    if (!np || np.start !== i + 1) return undefined;
    source = { np, named: namedness(ctx, np) };
    k++;
  }
  if (toks[k]?.lower === 'own') k++;
  if (k >= s.last || !nouns.has(toks[k]!.lower)) return undefined;
  if (quotationAround(ctx, i)) return undefined;
  return phraseCue(ctx, k, k + 1, 'phrase', source, pronoun);
}

/** The nouns of a viewpoint after `in` and after `by`: `in her view`, `by his own account`. */
const VIEWPOINT_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['in', ruleWords('viewpointNounsIn')],
  ['by', ruleWords('viewpointNounsBy')],
]);

/**
 * Third-person possessive determiners: they own a viewpoint (`in her view`, `by their count`)
 * and may open the subject after a statement phrase (`In a statement, her family said`).
 */
const THIRD_POSSESSIVES: ReadonlySet<string> = new Set(['her', 'his', 'its', 'their']);

/**
 * `, per two sources`, `Per a draft obtained by the paper,`, `per ESPN's Ana Ruiz`: `per` set
 * off at the start of a clause, before a source (a name, or a described person, body or
 * document); not a rate (`$40 per person`, `per share`, `per year`) or `per cent`.
 */
function perSource(ctx: Context, s: Sentence, i: number, np: NounPhrase | null): boolean {
  if (!np) return false;
  const before = ctx.tokens[i - 1];
  if (i !== s.first && !(before && isPunct(before) && PER_AFTER.has(before.lower))) return false;
  if (ctx.name[np.start]) return true;
  const first = ctx.tokens[np.start]!;
  // with no determiner, only a plural: "per sources", "per people familiar with", "per industry
  // sources", "per former employees", "per senior aides" (not "per person")
  const opener = isDet(first) || isQuant(first) || first.kind === 'num';
  if (!opener && !isPlural(ctx.tokens[np.head]!.lower)) return false;
  const cls = headClass(ctx, np.head);
  // ("per a senior minister": a person noun no class lists)
  return (cls !== 'other' && cls !== 'nonAgent') || listedAgentive(ctx.tokens[np.head]!.lower);
}

/** Punctuation after which `per` opens a clause of its own. */
const PER_AFTER: ReadonlySet<string> = new Set([',', ':', ';', '(', '—', '–']);

/** `on condition of anonymity`, `speaking anonymously`: a cue whose source is withheld. */
export function anonymityCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const n = matchPhrase(ANONYMITY, ctx.tokens, i, s.last) || conditionLength(ctx, s, i);
  if (!n) return undefined;
  // whose anonymity: the subject of its clause ("the people, who asked not to be identified",
  // "The official spoke on condition of anonymity"), else the sentence's other source
  const verb = ANONYMITY_VERBS.has(ctx.tokens[i]!.lower);
  const subject = verb ? findSubject(ctx, s, groupStart(ctx, s, i).g) : clauseSubject(ctx, s, i);
  const source = sourceOf(subject);
  const pronoun = pronounOf(subject);
  const cue = phraseCue(ctx, i, i + n, 'phrase', source, pronoun);
  cue.shares = true;
  return cue;
}

/**
 * The length of a condition of anonymity at `i` in its open forms, or 0: `on condition that she
 * and her employer not be identified`, `on the condition that the fund not be named`, `on
 * condition he was not identified`, `on the condition that we not name him`, `on condition they
 * remain anonymous`, `on condition of not being named` (the condition is whose name stays out,
 * in any words: a clause of up to six words with no punctuation, then its negated naming).
 */
function conditionLength(ctx: Context, s: Sentence, i: number): number {
  const toks = ctx.tokens;
  if (toks[i]!.lower !== 'on') return 0;
  let k = i + 1;
  if (toks[k]?.lower === 'the') k++;
  if (toks[k]?.lower !== 'condition') return 0;
  k++;
  // "on condition of not being named"
  if (toks[k]?.lower === 'of' && toks[k + 1]?.lower === 'not' && toks[k + 2]?.lower === 'being')
    return NAMED.has(toks[k + 3]?.lower ?? '') ? k + 4 - i : 0;
  if (toks[k]?.lower === 'that') k++;
  const clause = k;
  for (; k < s.last && k <= clause + 6; k++) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return 0;
    const w = t.lower;
    // "they remain anonymous", "his name stay out of print"
    if (k > clause && (w === 'remain' || w === 'stay') && toks[k + 1]?.lower === 'anonymous')
      return k + 2 - i;
    if (k === clause || (w !== 'not' && !NOT_CONTRACTED.has(w))) continue;
    // "not be identified", "was not identified", "wasn't named", "would not be quoted by name"
    let v = k + 1;
    if (toks[v]?.lower === 'be' || toks[v]?.lower === 'being') v++;
    if (NAMED.has(toks[v]?.lower ?? '')) return v + 1 - i;
    // "his name not be used", "their names would not be published"
    if (v > k + 1 && PUBLISHED.has(toks[v]?.lower ?? '')) {
      for (let q = clause; q < k; q++) if (NAMES.has(toks[q]!.lower)) return v + 1 - i;
    }
    // "we not name him", "the paper not identify her"
    if (w === 'not' && NAMING.has(toks[k + 1]?.lower ?? '')) {
      const o = toks[k + 2];
      // "not use her name", "not name the company"
      if (o && NAMES.has(toks[k + 3]?.lower ?? '')) return k + 4 - i;
      if (o && OBJECT_NAMES.has(o.lower)) return k + 3 - i;
      if (o && isDet(o) && toks[k + 3]?.kind === 'word') return k + 4 - i;
    }
    return 0;
  }
  return 0;
}

/** A source's name: `not use her name`, `his name not be used`. */
const NAMES: ReadonlySet<string> = new Set(['name', 'names']);

/** Participles of naming a source: `not be identified`, `was not named`. */
const NAMED: ReadonlySet<string> = new Set(['identified', 'named', 'quoted']);

/** Participles of a name made public: `his name not be used`. */
const PUBLISHED: ReadonlySet<string> = new Set(['disclosed', 'printed', 'published', 'used']);

/** Verbs of naming a source: `we not name him`. */
const NAMING: ReadonlySet<string> = new Set(['identify', 'name', 'quote', 'use']);

/** A source's name as the object of naming: `not use her name`. */
/** Objects of naming a source: `not name him`. */
const OBJECT_NAMES: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us']);

/** Negated auxiliaries written as one word: `wasn't named`. */
const NOT_CONTRACTED: ReadonlySet<string> = new Set([
  "wasn't",
  "weren't",
  "wouldn't",
  'wasn’t',
  'weren’t',
  'wouldn’t',
]);

/** Words that open a reported question: "wanted to know whether". */
const QUESTION_WORDS = ruleWords('questionWords');

/** Subjects of a wish to know that report nobody's question: "if you want to know why". */
const ASKING_NOBODY: ReadonlySet<string> = new Set(['i', 'we', 'you']);

/** Plain cue phrases credited to the clause's subject: `went on to say`, `made clear`. */
export function plainCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const t = ctx.tokens[i]!;
  const n = matchPhrase(PLAIN, ctx.tokens, i, s.last);
  if (!n || t.lower === 'as' || t.lower === 'quoted') return undefined;
  // "wanted to know whether", "wants to know why": a reported question, not a wish ("wanted to
  // know more about the band"), nor a speaker's own in a quotation ('"I want to know who signed'),
  // nor the writer's aside to the reader ("if you want to know why")
  if (
    ctx.tokens[i + n - 1]!.lower === 'know' &&
    (!QUESTION_WORDS.has(ctx.tokens[i + n]?.lower ?? '') ||
      quotationAround(ctx, i) ||
      ASKING_NOBODY.has(ctx.tokens[i - 1]?.lower ?? ''))
  )
    return undefined;
  // "The story goes that", ", the story goes,": a tale handed on (not "the story goes back to
  // 1990", "the story goes on")
  // (a tale's tellers are nobody in the sentence: "He once sang for a king, the story goes")
  const last = ctx.tokens[i + n - 1]!.lower;
  if (last === 'goes' && !taleFollows(ctx, s, i + n)) return undefined;
  // ("The story goes": the article joins the span; `the` itself starts no cue phrase)
  if (last === 'goes') {
    const start = ctx.tokens[i - 1]?.lower === 'the' && i > s.first ? i - 1 : i;
    return phraseCue(ctx, start, i + n, 'neutral', null, -1);
  }
  if (last === 'it') return phraseCue(ctx, i, i + n, 'neutral', null, -1);
  // (the subject before the phrase's auxiliaries: "The firm has declined to comment")
  const subject = findSubject(ctx, s, groupStart(ctx, s, i).g);
  return phraseCue(ctx, i, i + n, 'neutral', sourceOf(subject), pronounOf(subject));
}

/** Whether a that-clause or a break follows "the story goes" at token `k`. */
function taleFollows(ctx: Context, s: Sentence, k: number): boolean {
  const w = ctx.tokens[k];
  return !w || k >= s.last || w.lower === 'that' || isPunct(w);
}

/** `in a statement`, `in her opening statement`, `in a post on social media`. */
export function statementCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  if (ctx.tokens[i]!.lower !== 'in') return undefined;
  const e = statementPhrase(ctx, i, s.last);
  if (!e || notIssued(ctx, s, i) || containerOnly(ctx, s, i, e)) return undefined;
  const subject = statementSource(ctx, s, i, e);
  return phraseCue(ctx, i, e, 'phrase', sourceOf(subject), pronounOf(subject));
}

/**
 * Whether the statement phrase at `i` is where news was received, not what its issuer said:
 * "Employees learned of the layoffs in a company-wide email" (a phrase after a participle, "quoted
 * in the report", is `placesOnly`).
 */
function notIssued(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  for (let k = i - 1; k >= s.first && k >= i - 6; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return false;
    if (RECEIVING.has(t.lower)) return true;
  }
  return false;
}

/**
 * Whether the document phrase at `i..e` (not a statement or a press release) only holds
 * something, with no act of saying it carries: after a verb of appearing or taking part ("Her
 * name appears in the report", "Researchers not involved in the report", "The allegations first
 * surfaced in a letter to the board"). After a verb's object it is the medium of that verb's
 * speech act ("confirmed the delay in a filing"), an optional cue beside it (decision 33).
 */
function containerOnly(ctx: Context, s: Sentence, i: number, e: number): boolean {
  const toks = ctx.tokens;
  const doc = toks[e - 1]!.lower;
  if (doc === 'statement' || doc === 'statements' || doc === 'release') return false;
  // (past a time: "surfaced last month in a letter", "said on Monday in a letter")
  let k = i - 1;
  while (k > s.first && (isTimeWord(toks[k]) || isDet(toks[k]) || TIME_LINKS.has(toks[k]!.lower)))
    k--;
  const p = toks[k];
  if (!p || k < s.first || ctx.name[k]) return false;
  return CONTAINED.has(p.lower);
}

/** Words of a time phrase before a document phrase: `on` Monday, `last` month. */
const TIME_LINKS: ReadonlySet<string> = new Set(['earlier', 'last', 'later', 'next', 'on', 'this']);

/** Verbs of appearing, containing or taking part: `appears in`, `involved in`, `surfaced in`. */
const CONTAINED = ruleWords('containedIn');

/** Verbs of receiving news: `learned of it in an email`, `heard about it in a memo`. */
const RECEIVING: ReadonlySet<string> = new Set([
  'heard',
  'learn',
  'learned',
  'learns',
  'learnt',
  'read',
]);

function phraseCue(
  ctx: Context,
  start: number,
  end: number,
  cue: CueClass,
  source: SourcePhrase | null,
  pronoun: number,
): Cue {
  return { start, end, cue, source, pronoun, shares: false, passive: false };
}

/**
 * Whether statement phrase `cue` hangs on a reduced relative's participle, not on a verb of its
 * clause: "A guard quoted in the report", "The researcher, whose name is redacted in the
 * report," (a passive), "One message, cited in a court filing, read": the phrase places a
 * document, it credits no one.
 */
export function placesOnly(ctx: Context, s: Sentence, cue: Cue): boolean {
  const toks = ctx.tokens;
  const k = cue.start - 1;
  const t = toks[k];
  if (!t || k <= s.first || t.kind !== 'word' || !/[a-z]ed$/.test(t.lower)) return false;
  const p = toks[k - 1]!;
  // a passive: "is redacted in the report", "was not named in the statement"
  let b = k - 1;
  while (b > s.first && (toks[b]!.lower === 'not' || isAdverb(toks[b]))) b--;
  if ((toks[b]!.f & F.BE) !== 0) return true;
  // after a noun: "A guard quoted"; after a noun's comma: "One message, cited"
  const n = isPunct(p, ',') ? k - 2 : k - 1;
  const w = toks[n];
  return (
    !!w &&
    n >= s.first &&
    isContent(w) &&
    !isAux(w) &&
    !ctx.name[n] &&
    !isVerbLike(w) &&
    headClass(ctx, n) !== 'other'
  );
}

/**
 * Who issued the statement of `in a statement` at `i..e`: the subject of the clause it sits in,
 * before it ("The Ministry welcomed the move in a short statement") or after it ("In a
 * statement, the Ministry said").
 */
function statementSource(ctx: Context, s: Sentence, i: number, e: number): SubjectResult {
  const toks = ctx.tokens;
  // the phrase's own tail first: "In a post on X, she said", "In a letter to staff, the chief",
  // with a participle of its issuing: "In a statement released through police, her family said"
  let c = e;
  if (i === s.first)
    while (
      c < s.last &&
      c <= e + 8 &&
      !isPunct(toks[c]) &&
      !isQuote(toks[c]) &&
      (!isVerbLike(toks[c]) || (isParticipleWord(toks[c]) && !ctx.name[c] && c <= e + 1))
    )
      c++;
  // "In another post, in which she links to a story that ..., Ruiz writes": past a relative
  // clause on the phrase's noun, the source is the subject of the reporting verb after the comma
  // that closes it
  if (i === s.first && !isPunct(toks[c], ',') && relativeAt(ctx, e))
    return afterRelative(ctx, s, e);
  if (i === s.first && isPunct(toks[c], ',')) {
    // ("In an email, which the paper has seen, she said": the same past a clause set off, and
    // past a participle's aside: "In the letter, dated Tuesday, Ellery wrote")
    if (relativeAt(ctx, c + 1) || (isParticipleWord(toks[c + 1]) && !ctx.name[c + 1]))
      return afterRelative(ctx, s, c + 1);
    // ("In a statement, her family said": a possessive opens the phrase)
    const owner = THIRD_POSSESSIVES.has(toks[c + 1]?.lower ?? '') && isContent(toks[c + 2]);
    if (isPronounToken(ctx, c + 1) && !owner) return { pronoun: c + 1 };
    const np = phraseStartingAt(ctx, c + 1, s.last);
    return np ? { np, named: namedness(ctx, np) } : null;
  }
  for (let k = i - 1; k > s.first; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return null;
    if (!isVerbLike(t) || isAux(t)) continue;
    let g = k;
    while (g - 1 > s.first && (isAux(toks[g - 1]) || isAdverb(toks[g - 1]))) g--;
    return findSubject(ctx, s, g);
  }
  return null;
}

/** The subject of the first reporting verb after the comma that closes the clause at `e`. */
function afterRelative(ctx: Context, s: Sentence, e: number): SubjectResult {
  const toks = ctx.tokens;
  let c = e;
  while (c < s.last && !isPunct(toks[c], ',')) {
    if (isQuote(toks[c]) || isPunct(toks[c], ';')) return null;
    c++;
  }
  for (let k = c + 1; k < s.last && k <= c + 8; k++) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return null;
    if ((t.f & F.REPORT) === 0 || ctx.name[k]) continue;
    const subject = findSubject(ctx, s, groupStart(ctx, s, k).g);
    const np = sourceOf(subject)?.np;
    const at = np ? np.start : pronounOf(subject);
    return at === c + 1 ? subject : null;
  }
  return null;
}

/**
 * `out` without the medium phrases that only sit beside another cue of the sentence: "wrote in a
 * note to clients that", "In a post on its blog, the firm blamed" (decision 33: the medium of a
 * verb's speech act is an optional cue at most, the verb carries the content). The guideline's
 * fixed phrases, "in a statement" and "in a press release", stay.
 */
export function mediaBesideCues(ctx: Context, out: Cue[]): Cue[] {
  if (out.length < 2 || !out.some((c) => isMediumPhrase(ctx, c))) return out;
  const rest = out.filter((c) => !isMediumPhrase(ctx, c));
  return rest.length > 0 ? rest : out;
}

/** Whether `c` is a statement phrase whose document is a medium, not a statement or a release. */
function isMediumPhrase(ctx: Context, c: Cue): boolean {
  const toks = ctx.tokens;
  if (c.cue !== 'phrase' || toks[c.start]?.lower !== 'in') return false;
  const doc = toks[c.end - 1]!.lower;
  return (
    STATEMENT_NOUNS.has(doc) && doc !== 'statement' && doc !== 'statements' && doc !== 'release'
  );
}

/** Whether a relative clause opens at token `k`: `which`, `in which`, `where`, `that`. */
function relativeAt(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.lower ?? '';
  if (w === 'which' || w === 'where' || w === 'that') return true;
  return (w === 'in' || w === 'on') && toks[k + 1]?.lower === 'which';
}

/** `in` + determiner + up to four modifiers + a statement noun: returns the end token. */
function statementPhrase(ctx: Context, i: number, limit: number): number {
  const toks = ctx.tokens;
  const det = toks[i + 1];
  if (!det || !(isDet(det) || det.lower === 'one')) return 0;
  for (let k = i + 2; k < limit && k <= i + 6; k++) {
    const t = toks[k]!;
    if (STATEMENT_NOUNS.has(t.lower)) {
      // "in a press release", but not "in this release" of software
      if (
        t.lower === 'release' &&
        !(toks[k - 1]?.lower === 'press' || toks[k - 1]?.lower === 'news')
      )
        return 0;
      // "in a press release", but not "in a press release room"
      const next = toks[k + 1];
      if (next && STATEMENT_NOUNS.has(next.lower)) continue;
      return k + 1;
    }
    if (!(isContent(t) || t.kind === 'num' || t.kind === 'pos' || ctx.name[k])) return 0;
  }
  return 0;
}

/** What `according to` follows without a source: `a formula`, `the rules`, `the schedule`. */
const NOT_SOURCES = ruleWords('notSources');

/** Verbs that start an anonymity phrase: `asked not to be named`, `declined to be identified`. */
const ANONYMITY_VERBS: ReadonlySet<string> = new Set([
  'asked',
  'declined',
  'requested',
  'requesting',
]);
