/**
 * Subjects before an aside (`X, who spoke on condition of anonymity, said`) and names in
 * apposition (`Its chief executive, Renata Ostby, told`).
 */
import type { Context } from '../context';
import {
  isAdverb,
  isContent,
  isDet,
  isTimeWord,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isRelative,
  isVerbLike,
} from '../context';
import {
  F,
  GENERIC_SOURCES,
  PLACE_NAMES,
  PLACE_QUALIFIERS,
  PLACE_WORDS,
  reportingVerb,
  ruleWords,
} from '../lexicon';
import { headClass } from '../phrase/head-class';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { isPlaceName } from '../phrase/places';
import { withEnd } from '../phrase/phrase-copy';
import type { Sentence } from '../sentences';
import { clauseFloor, isAuxAt, isFinitePast, isParticipleWord, SUBORDINATE } from './clause';
import { partitivePronoun } from './partitive';
import { apposedPart, indefiniteApposition, PART_WORDS } from './part-apposition';
import type { SubjectResult } from './result';
import type { Token } from '../tokenize';
import { principalApposed } from '../unnamed/appositions';

/**
 * A person's two- or three-word name whose surname is a place word: "Ellen Park", "Tomas Hill",
 * "Grace Ward" (not "Central Park": a qualifier or place name first).
 */
function surnameOfPlaceWord(ctx: Context, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 3) return false;
  for (let k = a; k < b; k++) if (!ctx.name[k] || ctx.tokens[k]!.kind !== 'word') return false;
  if (!PLACE_WORDS.has(ctx.tokens[b - 1]!.lower)) return false;
  for (let k = a; k < b - 1; k++) {
    const w = ctx.tokens[k]!.lower;
    if (PLACE_WORDS.has(w) || PLACE_QUALIFIERS.has(w) || PLACE_NAMES.has(w) || w.length < 2)
      return false;
  }
  return true;
}

/** A segment `[a, b)` consisting only of a name: an apposition that names the subject. */
export function isNameApposition(ctx: Context, a: number, b: number): boolean {
  if (surnameOfPlaceWord(ctx, a, b)) return true;
  // "The sponsor, the Orrell Heart Foundation,": a body's name with its article; "The seller,
  // listed fund Cairnstone Trust,", "the conglomerate Orrin Holdings": with a noun for its kind
  const from = describedName(ctx, ctx.tokens[a]?.lower === 'the' ? a + 1 : a, b);
  let names = 0;
  for (let k = from; k < b; k++) {
    const t = ctx.tokens[k]!;
    // "Sen. Maria Ochoa (D-Fresno)": a party or place tag after the name
    if (names > 0 && isPunct(t, '(')) {
      let q = k + 1;
      while (q < b && !isPunct(ctx.tokens[q], ')')) q++;
      if (q >= b) return false;
      k = q;
      continue;
    }
    // "Jim Cole of the Tribune": a name with its affiliation
    if (names > 0 && (t.lower === 'of' || t.lower === 'at' || t.lower === 'from')) {
      for (let q = k + 1; q < b; q++) if (ctx.name[q]) return true;
      return false;
    }
    // ("R.K.": initials only withhold the name, decision 46 of the labelled sets)
    // ("Tasha Green", "Ana Hill": a surname that is also a place word, after a first name)
    if (
      ctx.name[k] &&
      !INITIALS.test(t.lower) &&
      (!isPlaceName(ctx, k) ||
        (names > 0 && k === b - 1 && ctx.name[k - 1] && !isPlaceName(ctx, k - 1)))
    )
      names++;
    else if (!(
      // "the Northern Roads Agency", "the Southern Highways Forum": a place word that opens a
      // longer name after its article (not "Southern Vessia", a place)
      (ctx.name[k] && k + 1 < b && ctx.name[k + 1] && ctx.tokens[k - 1]?.lower === 'the') ||
      INITIALS.test(t.lower) ||
      t.kind === 'num' ||
      t.lower === 'and' ||
      t.lower === '&' ||
      t.kind === 'pos' ||
      t.lower === '-' ||
      t.lower === '.'
    ))
      return false;
  }
  return names > 0;
}

/**
 * Where the name starts in an apposition `[a, b)` that may open with up to three lowercase words
 * ending in a noun for the kind of body or person (`listed fund`, `private equity firm`, `the
 * conglomerate`): that noun's next token, or `a` when there is none.
 */
export function describedName(ctx: Context, a: number, b: number): number {
  const toks = ctx.tokens;
  for (let k = a; k < b && k < a + 3; k++) {
    const t = toks[k]!;
    // (modifiers only: not "led by biologist Mira Holt")
    if (ctx.name[k] || t.kind !== 'word' || t.cap || isPrep(t) || (t.f & F.FUNC) !== 0) break;
    if (ctx.name[k + 1] && KINDS_OF.has(headClass(ctx, k))) return k + 1;
  }
  return a;
}

/** Head classes of a noun that tells what a name in apposition names: `firm`, `striker`. */
const KINDS_OF: ReadonlySet<string> = new Set(['organisation', 'occupation', 'role']);

/** A word of initials only: `r.k.`, `j.`. */
const INITIALS = /^(?:[a-z]\.)+$/;

/** A closing quotation mark. */
function isClosingQuote(t: Token | undefined): boolean {
  return !!t && t.kind === 'quote' && !isOpenQuote(t);
}

/**
 * The verb follows a comma: `X, who spoke on condition of anonymity, said`. The subject is the
 * first phrase of the clause, skipping introductory phrases (`In April,`); a later comma segment
 * that is only a name names it (`Its chief executive, Renata Ostby, told`).
 */
export function subjectBeforeAside(
  ctx: Context,
  s: Sentence,
  comma: number,
  quoteStart = comma,
): SubjectResult {
  const toks = ctx.tokens;
  const floor = clauseFloor(ctx, s, quoteStart - 1);
  // segments from left to right: [floor, c_last), (c_last, ...), ..., (c_0, comma)
  // (the commas found left to right into one array: no second array spread into a third)
  const bounds = [floor - 1];
  for (let k = floor; k < quoteStart; k++) if (isPunct(toks[k], ',')) bounds.push(k);
  bounds.push(comma);
  // "Crispin has been exploring a sale since the spring, when an activist investor, Quarry Hill
  // Capital, disclosed": the verb belongs to the clause a later segment opens, whose subject
  // follows its subordinator and fills the segment
  let from = 0;
  let opened = -1;
  for (let si = bounds.length - 2; si >= 1 && opened < 0; si--) {
    const a = bounds[si]! + 1;
    const b = bounds[si + 1]!;
    const w = toks[a];
    if (!w || w.kind !== 'word' || !CLAUSE_OPENERS.has(w.lower)) {
      // "The fund sold its stake before the chairman, Ivo Brask, announced": inside the segment,
      // when a name in apposition follows it and ends the subject
      const q = si + 2 === bounds.length - 1 ? innerOpener(ctx, a, b) : -1;
      if (q >= 0 && isNameApposition(ctx, b + 1, bounds[si + 2]!)) {
        from = si;
        opened = q + 1;
      }
      continue;
    }
    const np = phraseStartingAt(ctx, a + 1, b);
    if (np && np.end === b) {
      from = si;
      opened = a + 1;
    }
  }
  // "Results collapsed this winter, and the club's chief executive, Ian Doherty, had described":
  // a coordinated clause's subject fills the segment after `and`, when the segment before it is
  // a clause of its own (a phrase and its finite verb)
  for (let si = bounds.length - 2; si >= 1 && opened < 0; si--) {
    const a = bounds[si]! + 1;
    const b = bounds[si + 1]!;
    if (!COORDINATORS.has(toks[a]?.lower ?? '') || !startsPhrase(ctx, a + 1)) continue;
    const np = phraseStartingAt(ctx, a + 1, b);
    // ("Inflation is running at 3.4%, well above the target, and Lena Strand, ... warned": the
    // clause may stand before a phrase of its own)
    let clauseBefore = false;
    for (let sj = si - 1; sj >= 0 && !clauseBefore; sj--)
      clauseBefore =
        clauseSegment(ctx, bounds[sj]! + 1, bounds[sj + 1]!) ||
        (sj < si - 1 && auxClause(ctx, bounds[sj]! + 1, bounds[sj + 1]!));
    if (!np || np.end !== b || !clauseBefore) continue;
    from = si;
    opened = a + 1;
  }
  for (let si = from; si + 1 < bounds.length; si++) {
    let a = si === from && opened >= 0 ? opened : bounds[si]! + 1;
    const b = bounds[si + 1]!;
    // ‘"We warned them," the engineer, who was rescued, told’: the quotation before the subject
    // closes after its own comma
    if (isClosingQuote(toks[a]) && si > 0) a++;
    // "- A second person, a lobbyist, said": a list item's bullet
    if (si === 0 && a < b && toks[a]!.kind === 'punct' && BULLETS.has(toks[a]!.lower)) a++;
    if (a >= b) continue;
    let first = toks[a]!;
    // ", and the player's agent, Ines Calloway, told": a coordinated clause starts its own subject
    if (COORDINATORS.has(first.lower) && a + 1 < b && startsPhrase(ctx, a + 1)) {
      a++;
      first = toks[a]!;
    }
    // ("That person, who spoke on condition of anonymity, said": a demonstrative, no clause)
    const demonstrative = demonstrativeSubject(ctx, a, b);
    if (
      isPrep(first) ||
      isAdverb(first) ||
      (first.kind === 'word' && SUBORDINATE.has(first.lower) && !demonstrative)
    )
      continue;
    // "Instead, the emails show, a senior manager ...", "The fund, filings say, ...": a
    // parenthetical of reporting between commas is no subject
    if (reportingAside(ctx, a, b)) continue;
    // "Speaking to the Clarion, a former adviser, who ..., said", "Asked about the memo, an
    // aide, who ..., said": an opening participle clause is no subject
    // (and one fenced by commas after the subject's segment is an aside too: "A police
    // officer stationed in the port, speaking on condition of anonymity, said")
    if (openingParticiple(ctx, a, b)) continue;
    // ", who fled to the compound,": a relative clause is an aside
    if (first.kind === 'word' && isRelative(first) && !demonstrative) continue;
    if (isPronoun(first) && !isQuant(first) && !isDet(first) && !demonstrative) {
      // "He is frustrated, and his agent, Marcus Dell, has told": a clause of its own before
      // the subject's segment
      // (not "He has, in recent weeks, said": the verb group goes on after the aside)
      if (a + 1 < b && (isVerbLike(toks[a + 1]) || isAuxAt(ctx, a + 1))) {
        let q = a + 1;
        while (q < b && (isAuxAt(ctx, q) || isAdverb(toks[q]))) q++;
        if (q < b) continue;
      }
      return { pronoun: a };
    }
    // "Another, who did not want to be named, said", "Both, asked about the memo, said": a
    // determiner standing alone for one more of the people before it fills the segment
    if (a + 1 === b && STANDING_ALONE.has(first.lower))
      // ("Another, a supervisor at the depot, said": with the apposition that says who it is)
      return (
        apposedPart(ctx, bounds, si, a) ?? {
          np: { start: a, end: b, head: a, coreEnd: b },
          named: false,
        }
      );
    // "One of them, a senior executive, said": a partitive fills the segment
    const part = partitivePronoun(ctx, b - 1, a);
    let np = part && part.start === a ? part : phraseStartingAt(ctx, a, b);
    if (demonstrative && (!np || np.end !== b)) np = { start: a, end: b, head: b - 1, coreEnd: b };
    if (!np) continue;
    // "An internal report by the national weather service, seen by the Post, shows": a document's
    // issuer after `by` is part of it, as after `according to`
    if (np.end < b && toks[np.end]!.lower === 'by' && headClass(ctx, np.head) === 'document') {
      const issued = phraseStartingAt(ctx, a, b, true);
      if (issued && issued.end > np.end) np = issued;
    }
    // "the player's mother and manager": coordinated heads within the segment
    if (np.end < b && toks[np.end]!.lower === 'and') {
      const more = phraseStartingAt(ctx, np.end + 1, b);
      if (more && more.end === b) np = withEnd(np, b);
    }
    // "An internal audit seen by the Record, carried out last year, warned": a document and a
    // reduced relative fill the segment (a document does not act: the participle is passive)
    if (
      np.end < b &&
      np.head === np.end - 1 &&
      headClass(ctx, np.head) === 'document' &&
      isParticipleWord(toks[np.end]) &&
      !isAuxAt(ctx, np.end) &&
      reducedRelativeRest(ctx, np.end, b)
    )
      np = withEnd(np, b);
    // "Shares jumped after a rival bidder, Larchmont Partners, disclosed": a segment that is a
    // clause of its own is no subject; a subordinate clause's subject may end it
    // "a claim her publicist, Dana Whitcombe, called untrue": a second phrase right after the
    // first fills the segment, the subject of a relative clause with no `that` (the verb's own)
    if (np.end < b && np.head === np.end - 1 && OPENS_PHRASE.has(toks[np.end]!.lower)) {
      const inner = phraseStartingAt(ctx, np.end, b);
      if (inner && inner.end === b && inner.head === b - 1) np = inner;
    }
    // "A controller at Corran who was not on duty that night, and who spoke on condition of
    // anonymity, said": a relative clause after the phrase runs to the segment's end
    if (np.end < b && RELATIVE_OPENERS.has(toks[np.end]!.lower)) {
      // (the phrase is the subject, whatever words the relative clause holds)
    } else if (np.end < b) {
      // ("The announcement drew praise from the federation, whose president, X, credited")
      const verbAfter = isVerbLike(toks[np.end]) || isFinitePast(toks[np.end]!);
      const whole: NounPhrase = np;
      np = null;
      for (let q = b - 2; q >= whole.end - 1 && q > a; q--) {
        const w = toks[q]!;
        // a subordinator opens a clause; "and" inside a segment joins nouns ("Moyo and Kasukuwere")
        if (
          w.kind !== 'word' ||
          !(
            (SUBORDINATE.has(w.lower) && !COORDINATORS.has(w.lower)) ||
            // ("employees of that department": a determiner after a preposition opens no clause)
            (w.lower === 'that' && !isPrep(toks[q - 1]))
          )
        )
          continue;
        const inner = phraseStartingAt(ctx, q + 1, b);
        // ("as early as 2019", "since May": a subordinator used as a preposition of time)
        if (inner && inner.end === b && !timeOnly(ctx, inner)) np = inner;
        break;
      }
      if (!np && !verbAfter) np = whole;
      // "A police officer stationed in the port, speaking on condition of anonymity, said": a
      // reduced relative after the phrase, when every later segment is a participle or relative
      // aside ("One man convicted in 2021, who spoke on condition of anonymity, said")
      if (
        !np &&
        isParticipleWord(toks[whole.end]) &&
        isPrep(toks[whole.end + 1]) &&
        si + 2 < bounds.length &&
        asidesOnly(ctx, bounds, si + 1)
      )
        np = whole;
      if (!np) continue;
    }
    let named = namedness(ctx, np);
    let end = np.end;
    for (let sj = si + 1; sj + 1 < bounds.length; sj++) {
      // "The researchers, led by biologist Mira Holt, wrote": a group named by its leader
      const lead = toks[bounds[sj]! + 1]!.lower;
      if (
        !named &&
        (lead === 'led' || lead === 'headed') &&
        toks[bounds[sj]! + 2]?.lower === 'by'
      ) {
        for (let q = bounds[sj]! + 3; q < bounds[sj + 1]!; q++)
          if (ctx.name[q] && !isPlaceName(ctx, q)) named = 'partial';
      }
      // "The report on St Aldric's, published on Tuesday by the Schools Standards Office, said":
      // a document a named body issued (decision 14 of the labelled sets)
      if (
        named !== true &&
        sj === si + 1 &&
        np.end === bounds[sj]! &&
        headClass(ctx, np.head) === 'document' &&
        issuedByName(ctx, bounds[sj]! + 1, bounds[sj + 1]!)
      )
        named = true;
      // ("A person close to the chief executive, Maya Orr, said": the name is the principal's,
      // decision 67)
      if (
        isNameApposition(ctx, bounds[sj]! + 1, bounds[sj + 1]!) &&
        !(sj === si + 1 && np.end === bounds[sj]! && principalApposed(ctx, np))
      ) {
        // "A researcher who tracks gangs, Tobias Lindqvist of the firm Hexmoor, said": after a
        // relative clause too, the name is part of the source
        if (sj === si + 1 && np.end < bounds[sj]! && isRelative(toks[np.end]))
          end = bounds[sj + 1]!;
        named = true;
        // "Its chief executive, Renata Ostby": the apposition is part of the source
        if (sj === si + 1 && np.end === bounds[sj]!) end = bounds[sj + 1]!;
      } else if (sj === si + 1 && np.end === bounds[sj]! && (np === part || partWord(ctx, np))) {
        // "One of them, a senior CNB executive,": the part is placed in a named body; "One, a
        // shopkeeper in the old town,", "Another, a first-term MP,": the apposition says who
        // the part is, and is the source with it
        // (a bare part is as named as its group, which the entities pass finds; a partitive
        // keeps its own span when the apposition places it in no named body)
        // ("One, a former nurse who gave her name only as Pat,": an apposition may run on into
        // a relative clause or a participle phrase, and names the part when its words do)
        const role = indefiniteApposition(ctx, bounds[sj]! + 1, bounds[sj + 1]!);
        const own = role ? namedness(ctx, role) : false;
        const placed = !!role && np === part && !named && namedness(ctx, role) === 'partial';
        if (placed) named = 'partial';
        if (role && !named && own === true) named = true;
        if (role && (placed || np !== part || own === true)) end = role.end;
      }
    }
    return { np: withEnd(np, end), named };
  }
  return null;
}

const COORDINATORS = ruleWords('coordinators');

/**
 * The last subordinator inside segment `[a, b)` (not its first word) whose clause's subject fills
 * the rest of the segment (`sold its stake before the chairman`), or -1.
 */
function innerOpener(ctx: Context, a: number, b: number): number {
  const toks = ctx.tokens;
  for (let q = b - 2; q > a; q--) {
    const w = toks[q]!;
    if (w.kind !== 'word' || !CLAUSE_OPENERS.has(w.lower)) continue;
    const np = phraseStartingAt(ctx, q + 1, b);
    return np && np.end === b ? q : -1;
  }
  return -1;
}

/**
 * Whether segment `[a, b)` is a parenthetical of reporting: a plural noun or a name, then a
 * reporting verb in the present or past that ends the segment (`the emails show`, `filings say`,
 * `Reuters reported`).
 */
function reportingAside(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  const v = toks[b - 1];
  const n = toks[b - 2];
  if (b - a < 2 || !v || !n || (v.f & F.REPORT) === 0 || ctx.name[b - 1]) return false;
  const forms = reportingVerb(v)?.forms;
  if (!forms || !(forms.has('base') || forms.has('third') || forms.has('past'))) return false;
  // (a plural noun: "the emails show"; not "the fashion show", a singular noun before a noun)
  if (!(ctx.name[b - 2] || (n.kind === 'word' && /[^s]s$/.test(n.lower)))) return false;
  const np = phraseStartingAt(ctx, a, b - 1);
  return !!np && np.end === b - 1;
}

/**
 * Whether segment `[a, b)` is a clause: a noun phrase at its start and a finite verb right after
 * it (`Results collapsed this winter`, `Sales fell`; not `The player's agent`).
 */
function clauseSegment(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  if (COORDINATORS.has(toks[a]?.lower ?? '') || isAdverb(toks[a])) a++;
  const np = phraseStartingAt(ctx, a, b);
  if (!np || np.end >= b) return false;
  const v = toks[np.end]!;
  return isFinitePast(v) && !isParticipleWord(toks[np.end + 1]);
}

/** Whether segment `[a, b)` is a phrase and an auxiliary: "Inflation is still running at 3.4%". */
function auxClause(ctx: Context, a: number, b: number): boolean {
  const np = phraseStartingAt(ctx, a, b);
  return !!np && np.end < b - 1 && isAuxAt(ctx, np.end);
}

/**
 * Whether the segment from `a` to `b` is `that`/`this` and a person, body or document filling it,
 * a relative clause after its comma (`That person, who spoke on condition of anonymity, said`,
 * `That memo, which was leaked on Friday, says`): a demonstrative subject, not a subordinator
 * (not `That night,` a time).
 */
function demonstrativeSubject(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  const w = toks[a]!.lower;
  if ((w !== 'that' && w !== 'this') || a + 1 >= b || isTimeWord(toks[b - 1])) return false;
  // (a relative clause after it: an apposition, "That official, a person familiar with the
  // review,", is left to the apposition's own reading)
  if (!RELATIVE_OPENERS.has(toks[b + 1]?.lower ?? '')) return false;
  const np = phraseStartingAt(ctx, a + 1, b);
  if (!np || np.end !== b || np.head !== b - 1) return false;
  const cls = headClass(ctx, np.head);
  return (
    GENERIC_SOURCES.has(toks[np.head]!.lower) ||
    cls === 'person' ||
    cls === 'role' ||
    cls === 'occupation' ||
    cls === 'title' ||
    cls === 'organisation' ||
    cls === 'document'
  );
}

/**
 * Whether segment `[a, b)` is a participle clause that opens the sentence: an -ing or past
 * participle followed by its preposition, article or pronoun (`Speaking to reporters`, `Writing
 * in the journal`, `Asked about the memo`; not `Boxing officials`, a noun phrase).
 */
function openingParticiple(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  const w = toks[a]!;
  const next = toks[a + 1];
  if (w.kind !== 'word' || a + 1 >= b || !next) return false;
  const ing = /[a-z]{3}ing$/.test(w.lower);
  // ", citing “exhaustion”,", "Quoting “Hamlet”,": an -ing form whose object is a quotation
  // (a capital only where the sentence opens)
  const first = a === ctx.sentences[ctx.sentenceOf[a]!]!.first;
  if (ing && (!w.cap || first) && isOpenQuote(next)) return true;
  if (next.kind !== 'word') return false;
  if (!(ing || (isParticipleWord(w) && /ed$/.test(w.lower)))) return false;
  // ("Reached by phone,", "Giving evidence on Tuesday,": a capital at the sentence's start is
  // no name when a lowercase word follows and the words read as a participle clause)
  if (ctx.name[a] && !(first && !next.cap)) return false;
  if (isPrep(next) || isDet(next) || (isPronoun(next) && !isQuant(next))) return true;
  // "Giving evidence on Tuesday", "Taking questions from reporters": an -ing form, its object
  // and a preposition
  const third = toks[a + 2];
  return (
    ing && a + 2 < b && isContent(next) && !next.cap && !!third && (isPrep(third) || isDet(third))
  );
}

/**
 * Whether the participle at `p` and the words after it up to `b` read as a reduced relative on a
 * document (`seen by the Record`, `carried out last year`), not as a finite verb with its object
 * (`The database held the names of users, the researcher said`) or a modifier followed by the
 * clause's own verb (`Documents seized from the offices showed that ..., the lawyer told`): the
 * segment is then a clause before the subject, not the subject.
 */
function reducedRelativeRest(ctx: Context, p: number, b: number): boolean {
  const toks = ctx.tokens;
  const next = toks[p + 1];
  if (next && (isDet(next) || (isPronoun(next) && !isQuant(next)))) return false;
  for (let k = p + 1; k < b; k++) {
    const t = toks[k]!;
    // (an auxiliary of the clause's own verb group: not the `to` of "sent to investors", nor
    // the month in "presented in May")
    if (t.lower === 'that' || (isAuxAt(ctx, k) && t.lower !== 'to' && !t.cap)) return false;
    if ((t.f & F.REPORT) !== 0 && !ctx.name[k] && isFinitePast(t)) return false;
  }
  return true;
}

/** Whether phrase `np` is only a number or a time (`2019`, `last May`): no speaker. */
function timeOnly(ctx: Context, np: NounPhrase): boolean {
  const h = ctx.tokens[np.head]!;
  return h.kind === 'num' || isTimeWord(h);
}

/**
 * Whether every segment from index `from` of `bounds` is an aside: a participle clause (`,
 * speaking on condition of anonymity,`) or a relative clause (`, who asked not to be named,`).
 */
function asidesOnly(ctx: Context, bounds: readonly number[], from: number): boolean {
  for (let si = from; si + 1 < bounds.length; si++) {
    const a = bounds[si]! + 1;
    if (
      !openingParticiple(ctx, a, bounds[si + 1]!) &&
      !RELATIVE_OPENERS.has(ctx.tokens[a]?.lower ?? '')
    )
      return false;
  }
  return true;
}

/**
 * Whether segment `[a, b)` is a participle of issuing and its named agent: `published on Tuesday
 * by the Schools Standards Office`, `prepared by Acme` (not `obtained by the Post`).
 */
function issuedByName(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  if (!ISSUED_BY_NAMED.has(toks[a]?.lower ?? '')) return false;
  let k = a + 1;
  while (k < b && toks[k]!.lower !== 'by') k++;
  if (k >= b || k > a + ISSUED_REACH) return false;
  for (let q = k + 1; q < b; q++) {
    if (ctx.name[q] && !isPlaceName(ctx, q)) return true;
    if (isPunct(toks[q]) || toks[q]!.lower === 'and') return false;
  }
  return false;
}

/** Participles by which a body issues a document: `published`, `prepared`, `commissioned`. */
const ISSUED_BY_NAMED = ruleWords('issuedByNamed');

/** How many words may stand between the participle and its `by`: `published on Tuesday by`. */
const ISSUED_REACH = 5;

/** Marks that open a list item: `-`, `*`, `•`. */
const BULLETS: ReadonlySet<string> = new Set(['*', '-', '•', '–']);

/** Determiners that open a second phrase after a first: `a claim her publicist`, `the plan the union`. */
const OPENS_PHRASE: ReadonlySet<string> = new Set(['her', 'his', 'its', 'the', 'their']);

/** Whether a noun phrase can start at token `k` (a determiner, quantifier, name or content word). */
function startsPhrase(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  return (
    isDet(t) ||
    isQuant(t) ||
    ctx.name[k] === 1 ||
    (t.kind === 'word' && !isPronoun(t) && !isPrep(t) && !isAdverb(t) && !isVerbLike(t))
  );
}

/** Subordinators that open a clause with its own subject: `when an investor, X, disclosed`. */
const CLAUSE_OPENERS: ReadonlySet<string> = ruleWords('clauseOpeners');

/** Whether `np` is a bare word for one of a group: `One`, `Another` (`One, a baker, said`). */
function partWord(ctx: Context, np: NounPhrase): boolean {
  return (
    np.head === np.start && np.end === np.start + 1 && PART_WORDS.has(ctx.tokens[np.head]!.lower)
  );
}

/** Relative pronouns that open a clause about the phrase before them: `who`, `which`. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'whose']);

/** Determiners that stand alone for people as a subject before an aside: `Another, who ...,`. */
const STANDING_ALONE: ReadonlySet<string> = new Set(['another', 'both', 'each', 'neither']);
