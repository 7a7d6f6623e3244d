/**
 * What follows a clausal verb: a that-clause, a quotation, a zero-that clause (`understands a
 * second bid was submitted`), or nothing because the cue is parenthetical (`, records show.`).
 */
import type { Context } from '../context';
import {
  isAdverb,
  isAux,
  isContent,
  isDet,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isQuote,
  isTimeWord,
  isVerbLike,
  isWord,
} from '../context';
import {
  APPEARANCE_VERBS,
  DOCUMENT_NOUNS,
  F,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  reportingVerb,
  ruleWords,
  STATEMENT_NOUNS,
} from '../lexicon';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';

export const CLAUSE_STARTERS = ruleWords('clauseStarters');
export const SUBJECT_PRONOUNS = ruleWords('subjectPronouns');

/** Words that open a quantity: `up to 14 percent`, `nearly half`. */
const QUANTITY_LEADS = ruleWords('quantityLeads');

/**
 * Whether the verb at `i` and its subject are the standard of a comparison: "not as large as
 * founders claim", "higher than analysts estimate", "more costly than the council admits"
 * (decision 365's comparative "than the bank thinks"): the compared content comes before. Not
 * "such as", "as well as" or "known as" + a name.
 */
function comparisonStandard(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  let k = i - 1;
  while (k > s.first && k >= i - 5 && (isContent(toks[k]) || isDet(toks[k]) || ctx.name[k])) k--;
  const w = toks[k]?.lower;
  const b = toks[k - 1];
  if (k === i - 1 || k - 1 <= s.first || !b || !isWord(b) || isVerbLike(b) || isPrep(b))
    return false;
  if (w === 'than' && b.lower !== 'rather' && b.lower !== 'other')
    return (
      /[a-z]er$/.test(b.lower) ||
      COMPARATIVE_DEGREES.has(b.lower) ||
      COMPARATIVE_DEGREES.has(toks[k - 2]?.lower ?? '')
    );
  return w === 'as' && toks[k - 2]?.lower === 'as' && b.lower !== 'well' && b.lower !== 'soon';
}

/** Words that make a comparative: `more` (costly), `less`, `fewer`. */
export const COMPARATIVE_DEGREES: ReadonlySet<string> = new Set(['fewer', 'less', 'more']);

/** `, records show.`: the verb and its subject follow a comma or a closing quote. */
export function parenthetical(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  if (documentTag(ctx, s, i)) return true;
  if (comparisonStandard(ctx, s, i)) return true;
  for (let k = i - 1; k >= s.first && k >= i - 8; k--) {
    const t = toks[k]!;
    // ", with most investors waiting for the jobs report.": a phrase, not subject and verb
    if (isPunct(t, ',')) {
      const f = toks[k + 1];
      if (!f || k + 1 >= i || isPrep(f) || (f.kind === 'word' && /[a-z]ing$/.test(f.lower)))
        return false;
      // the stretch after the comma is the verb's subject: ", records show", ", he said"
      let e: number;
      if (isPronoun(f) && !isQuant(f)) e = k + 2;
      else {
        // (with a reduced relative: ", data released Monday by the district show,")
        const np = phraseStartingAt(ctx, k + 1, i, true);
        if (!np) return false;
        e = np.end;
        // "Kethireddy and her colleagues wrote"
        while ((toks[e]?.lower === 'and' || toks[e]?.lower === 'or') && e + 1 < i) {
          const more = phraseStartingAt(ctx, e + 1, i);
          if (!more) break;
          e = more.end;
        }
      }
      while (e < i && (isAdverb(toks[e]) || isAux(toks[e]) || toks[e]!.lower === 'not')) e++;
      return e >= i;
    }
    if (isQuote(t) && !isOpenQuote(t)) return true;
    if (isPunct(t) || isQuote(t)) return false;
  }
  return afterQuotedQuestion(ctx, s, i);
}

/**
 * `, figures published on Thursday by the Examinations Standards Authority show,`, `, satellite
 * images released on Tuesday show`: after a comma, a document or data noun with the participle
 * of its release and that participle's adjuncts runs up to the verb at `i`, which tags the clause
 * before it (longer than the plain subjects `parenthetical` looks back over).
 */
function documentTag(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  let k = i - 1;
  while (k > s.first && k >= i - 16 && !isPunct(toks[k]) && !isQuote(toks[k])) k--;
  if (!isPunct(toks[k], ',') || k + 2 >= i) return false;
  const np = phraseStartingAt(ctx, k + 1, i, true);
  if (!np) return false;
  const head = toks[np.head]!.lower;
  if (!DOCUMENT_NOUNS.has(head) && !DATA_NOUNS.has(head)) return false;
  // (the phrase may take the participle in itself, up to the verb)
  if (np.end >= i) return np.head < i - 1;
  const p = toks[np.end]!;
  if (!(p.kind === 'word' && (/[a-z]ed$/.test(p.lower) || IRREGULAR_PARTICIPLES.has(p.lower))))
    return false;
  for (let q = np.end + 1; q < i; q++) {
    const t = toks[q]!;
    if (t.kind !== 'word' && t.kind !== 'num') return false;
    if ((t.f & (F.AUX | F.BE | F.REPORT)) !== 0 && !isPrep(t)) return false;
  }
  return true;
}

/** Data a document tag may name: `figures`, `polls`, `records` (documents are the lexicon's). */
const DATA_NOUNS = ruleWords('dataNouns');

/**
 * '"Who is going to pay for this?" the mayor added.': a quoted question or exclamation ended the
 * sentence before, and the words from this sentence's start to the verb at `i` are its subject
 * (past adverbs and auxiliaries), so the verb tags that quotation.
 */
export function afterQuotedQuestion(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  const q = toks[s.first - 1];
  const end = toks[s.first - 2];
  if (!q || !end || !isQuote(q) || isOpenQuote(q) || !(isPunct(end, '?') || isPunct(end, '!')))
    return false;
  if (i <= s.first || i - s.first > 8) return false;
  const f = toks[s.first]!;
  let e: number;
  if (isPronoun(f) && !isQuant(f)) e = s.first + 1;
  else {
    const np = phraseStartingAt(ctx, s.first, i, true);
    if (!np) return false;
    e = np.end;
  }
  while (e < i && (isAdverb(toks[e]) || isAux(toks[e]) || toks[e]!.lower === 'not')) e++;
  return e >= i;
}

const BELIEF_ECM = ruleWords('beliefEcm');

/** Verb forms that address a hearer before their clause: `advised`, `reassured`, `told`. */
const ADDRESSING = ruleWords('addressing');

const CLAUSE_PUNCT = ruleWords('clausePunct');

/**
 * After `that` at `k`: a complement clause starts with its own subject ("states that the
 * building must"), a relative clause with a verb ("forecasts that stretch").
 */
export function complementAfterThat(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k];
  if (!w) return false;
  if (isDet(w) || isQuant(w) || ctx.name[k] || (isPronoun(w) && SUBJECT_PRONOUNS.has(w.lower)))
    return true;
  if (!isContent(w)) return false;
  let v = ctx.tokens[k + 1];
  // (a compound noun as the subject: "states that location data is stored", "notes that
  // clinical trials are years away"; a form of `be` or an auxiliary after it, not "a demand
  // that health workers meet")
  if (isContent(v) && !isVerbLike(v) && !ctx.name[k + 1] && isAux(ctx.tokens[k + 2]))
    v = ctx.tokens[k + 2];
  return !!v && (isAux(v) || isVerbLike(v) || (v.f & F.REPORT) !== 0);
}

/** Words that open a relative clause, whose subject a noun's infinitive may be in. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose', 'which']);

/** Endings of nouns of intent or ability that take an infinitive: `willingness to`, `decision to`. */
const NOUN_ENDINGS = /(?:ness|tion|sion|ence|ance|ity|ment|ure)$/;

/**
 * Whether the verb at `g` is the infinitive of a noun in the sentence's subject, before its
 * main verb: "His willingness to resort to violence to maintain power destroyed the economy",
 * "The need to maintain power drove him". What follows is the sentence's predicate, not a
 * that-less clause ("maintain [that] power destroyed"). A noun: after a determiner or
 * possessive (`the plan to`), or by its ending (`violence to`).
 */
function infinitiveOfSubjectNoun(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  if (toks[g - 1]?.lower !== 'to' || g - 2 < s.first) return false;
  const noun = toks[g - 2]!;
  if (noun.kind !== 'word' || ctx.name[g - 2]) return false;
  const before = toks[g - 3];
  if (!(NOUN_ENDINGS.test(noun.lower) || (before && (isDet(before) || before.kind === 'pos'))))
    return false;
  // (no verb before it in its clause: "He said the plan to ..." is in a predicate; the clause
  // may be a relative one: "a despot whose willingness to ... to maintain power destroyed")
  for (let q = g - 3; q >= s.first; q--) {
    const w = toks[q]!;
    if (isPunct(w) || RELATIVE_OPENERS.has(w.lower)) return true;
    if (isAux(w) || (w.f & F.REPORT) !== 0 || (isVerbLike(w) && toks[q - 1]?.lower !== 'to'))
      return false;
  }
  return true;
}

/** Whether a clause, quotation or parenthetical end follows the verb ending at `vEnd`. */
export function clauseFollows(
  ctx: Context,
  s: Sentence,
  g: number,
  vEnd: number,
  lemma: string,
): boolean {
  const toks = ctx.tokens;
  let k = vEnd;
  while (
    k < s.last &&
    (isAdverb(toks[k]) ||
      isTimeWord(toks[k]) ||
      toks[k]!.lower === 'last' ||
      // ("said this week that", not "assumes this is about the regulator": there `this` is the
      // clause's subject)
      (toks[k]!.lower === 'this' && isTimeWord(toks[k + 1])))
  )
    k++;
  const n = toks[k];
  // discovery verbs in an infinitive state a purpose: "the aim is to prove how" (not after a
  // verb of appearance, whose subject does the showing: "the files appear to show that")
  if (
    DISCOVERY.has(lemma) &&
    toks[g - 1]?.lower === 'to' &&
    !APPEARANCE_VERBS.has(toks[g - 2]?.lower ?? '')
  )
    return false;
  // "..., local officials added on Monday.", "..., she claimed in a radio interview.": a time or
  // the occasion of saying closes a reporting clause set after its content
  if (n && k < s.last && CLOSING_PREPS.has(n.lower)) {
    const e = pastClosingAdjuncts(ctx, s, k);
    const w = toks[e];
    if (
      e > k &&
      (e >= s.last || isPunct(w) || (isQuote(w) && !isOpenQuote(w))) &&
      clauseBeforeComma(ctx, s, g)
    )
      return parenthetical(ctx, s, g);
  }
  if (!n || k >= s.last)
    return (
      parenthetical(ctx, s, g) ||
      ((!!ctx.titleCase[ctx.sentenceOf[g]!] || headlineEnd(ctx, s)) && contentBefore(ctx, s, g))
    );
  if (CLAUSE_STARTERS.has(n.lower)) return true;
  // "think we're a luxury", "thinks he's been short-changed": a subject pronoun fused with its
  // auxiliary is the subject and finite verb of a clause at once
  if (contractedSubject(n)) return true;
  if ((isOpenQuote(n) || isPunct(n, ':')) && !DISCOVERY.has(lemma)) return true;
  if (isPunct(n) || (isQuote(n) && !isOpenQuote(n))) return parenthetical(ctx, s, g);
  // "claimed to have", "has pledged to publish", "threatened to resign"
  if (INFINITIVE_CLAIMS.has(lemma) && n.lower === 'to') return true;
  // "expect the bank to raise rates", "believe him to be"
  if (BELIEF_ECM.has(lemma) && (isDet(n) || ctx.name[k] || isContent(n))) {
    const np = phraseStartingAt(ctx, k, s.last);
    if (np && toks[np.end]?.lower === 'to') return true;
  }
  // "maintained in a letter that", "told reporters on Tuesday that": a that-clause after a
  // prepositional phrase
  if (isPrep(n) && thatAfterPhrases(ctx, s, k)) return true;
  // "reassured voters that pensions were safe", "advised residents that the roads were closed":
  // a verb that addresses a hearer, then the hearer and the that-clause
  if (ADDRESSING.has(toks[vEnd - 1]!.lower) && !isPrep(n)) {
    const np = phraseStartingAt(ctx, k, s.last);
    if (
      np &&
      np.end < s.last &&
      toks[np.end]!.lower === 'that' &&
      complementAfterThat(ctx, np.end + 1)
    )
      return true;
  }
  // "what he claimed were rare coins": the clause's subject was extracted by `what`/`which`
  if (isAux(n) && whExtracted(ctx, s, g)) return true;
  // "claimed on November 1, via official media, that": a that-clause after adverbials
  for (let q = k; q < s.last && q <= k + 12; q++) {
    const w = toks[q]!;
    if (w.lower === 'that' && isPunct(toks[q - 1], ',')) return true;
    if (isAux(w) || (isPunct(w) && w.lower !== ',')) break;
  }
  // zero-that clause: "understands a second bid, worth around £45m, was submitted" (or a
  // quantifier for its subject: "claimed one had been edited", "said several were hurt")
  // (an indefinite pronoun for its subject: "claims nobody noticed", "said everyone would")
  const indefinite = INDEFINITE_SUBJECTS.has(n.lower);
  if (
    (isDet(n) ||
      isQuant(n) ||
      ctx.name[k] ||
      (isPronoun(n) && SUBJECT_PRONOUNS.has(n.lower)) ||
      indefinite ||
      isContent(n)) &&
    !infinitiveOfSubjectNoun(ctx, s, g)
  ) {
    let e = k + 1;
    if (!(isPronoun(n) && SUBJECT_PRONOUNS.has(n.lower)) && !indefinite) {
      const np = phraseStartingAt(ctx, k, s.last);
      if (!np) return false;
      if (presentReadAsHead(ctx, np.start, np.head, np.end)) return true;
      e = np.end;
      // "claims its new prices and Prime deals have saved"
      while ((toks[e]?.lower === 'and' || toks[e]?.lower === 'or') && e + 1 < s.last) {
        const more = phraseStartingAt(ctx, e + 1, s.last);
        if (!more) break;
        e = more.end;
      }
    }
    if (isPunct(toks[e], ',')) {
      let q = e + 1;
      while (q < s.last && q <= e + 8 && !CLAUSE_PUNCT.has(toks[q]!.lower) && !isQuote(toks[q]))
        q++;
      if (!isPunct(toks[q], ',')) return false;
      e = q + 1;
    }
    while (e < s.last && isAdverb(toks[e])) e++;
    // ('claimed he "looked downcast"', 'claims the device "pings your location"': the clause's
    // own words quoted from its verb on)
    const bare = e;
    if (isOpenQuote(toks[e]) && isWord(toks[e + 1])) e++;
    const v = toks[e];
    if (!v) return false;
    if (isAux(v) || (reportingVerb(v)?.forms.has('past') ?? false)) return true;
    if (e > bare && quotedPresent(ctx, n, v)) return true;
    // after a pronoun subject any past verb: "claimed they traced the breaches"; after a
    // determiner phrase a past verb that is not a reduced relative: "claim the heating never
    // worked", not "claimed the money raised by"
    const past =
      isWord(v) &&
      (/[a-z]ed$/.test(v.lower) ||
        IRREGULAR_PARTICIPLES.has(v.lower) ||
        IRREGULAR_PAST.has(v.lower));
    if (past && bare === k + 1) return true;
    // "Inquest hears young driver died after chase", "Tenants insist landlord ignored damp
    // complaints": a headline drops the clause subject's determiner, and its past verb follows
    // the bare phrase, after a verb that takes no object noun (not "Police find body dumped in
    // river", "Operator maintains vessels stored at harbour"; nor "... attacked by dogs")
    if (
      past &&
      !isDet(n) &&
      !isQuant(n) &&
      HEADLINE_CLAUSAL.has(lemma) &&
      headlineEnd(ctx, s) &&
      toks[e + 1]?.lower !== 'by'
    )
      return true;
    // "claims nobody cares": an indefinite pronoun takes a singular present verb
    if (
      indefinite &&
      e === k + 1 &&
      (isVerbLike(v) || isContent(v)) &&
      /^[a-z]{2,}[^s]s$/.test(v.lower)
    )
      return true;
    // "claim the final straw came when": a past that is never a participle is the clause's verb
    if (isDet(n) && IRREGULAR_PAST.has(v.lower)) return true;
    const after = toks[e + 1];
    return (
      past &&
      isDet(n) &&
      e > k + 1 &&
      isAdverb(toks[e - 1]) &&
      !(after && (after.lower === 'by' || isPrep(after)))
    );
  }
  return false;
}

/**
 * Whether a noun phrase (`start` to `end`, its head `head`) took the present verb of a clause
 * as a compound's last word: "claims its cameras spot a swimmer", "says the new buds block up to
 * 40 decibels". The word before agrees with it as a subject (a plural before a base form) and a
 * determiner, a
 * possessive, a quantifier or a quantity follows, which no noun compound takes ("the buds block", "a device
 * pings" as compounds end their phrase).
 */
function presentReadAsHead(ctx: Context, start: number, head: number, end: number): boolean {
  const toks = ctx.tokens;
  if (head !== end - 1 || head - 1 <= start || ctx.name[head] || ctx.name[head - 1]) return false;
  const subject = toks[head - 1]!;
  const verb = toks[head]!;
  if (!isWord(subject) || !isWord(verb) || !isContent(subject) || isAdverb(subject)) return false;
  // (a plural before a base form only: a singular before an -s form is as often an adjective
  // and its plural noun, "the social structures", "140 live matches a season")
  if (!/[^s]s$/.test(subject.lower) || /s$/.test(verb.lower)) return false;
  const after = toks[end];
  // (not a time after the object: "maintains the park gates every spring", "a year later")
  // (nor a relative `that`: "challenge the social structures that encourage", "wrote the
  // specific programs that revealed")
  if (!after || EVERY.has(after.lower) || after.lower === 'that' || isTimeWord(toks[end + 1]))
    return false;
  return (
    isDet(after) ||
    isQuant(after) ||
    (isPronoun(after) && OBJECT_OPENERS.has(after.lower)) ||
    after.kind === 'num' ||
    QUANTITY_LEADS.has(after.lower)
  );
}

/** Determiners of a recurring time: `every` (spring), `each` (year). */
const EVERY: ReadonlySet<string> = new Set(['each', 'every']);

/** Possessives and object pronouns that open a verb's object: `your`, `their`, `them`. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'her',
  'him',
  'his',
  'its',
  'my',
  'our',
  'their',
  'them',
  'us',
  'your',
]);

/**
 * Whether a quoted word after a clause's subject `n` is its present verb: an `-s` form after a
 * singular subject ('claims it "pings your location"'), a base form after a plural pronoun.
 */
function quotedPresent(ctx: Context, n: Token, v: Token): boolean {
  if (!isWord(v) || isDet(v) || isPronoun(v) || isPrep(v)) return false;
  const third = /^[a-z]{2,}[^s]s$/.test(v.lower);
  if (isPronoun(n)) return third ? THIRD_SINGULAR.has(n.lower) : PLURAL_SUBJECTS.has(n.lower);
  return third || /[a-z]ed$/.test(v.lower);
}

/** Pronouns that take an `-s` verb: `he`, `she`, `it`. */
const THIRD_SINGULAR: ReadonlySet<string> = new Set(['he', 'it', 'she']);
/** Pronouns that take a base-form verb: `they`, `we`, `i`, `you`. */
const PLURAL_SUBJECTS: ReadonlySet<string> = new Set(['i', 'they', 'we', 'you']);

/**
 * Whether a that-clause follows the prepositional phrases opening at `k` (a preposition):
 * "maintained in a letter that", "warned in a filing to the exchange last month that revenue
 * could fall", "claimed in a letter to the council that residents were never consulted". No
 * verb, auxiliary or punctuation stands between (not "a report published in March by the
 * ombudsman found that", whose `found` is the clause's verb).
 */
export function thatAfterPhrases(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const n = toks[k];
  if (!n || !isPrep(n) || n.lower === 'that' || n.lower === 'of') return false;
  const np = phraseStartingAt(ctx, k + 1, s.last);
  if (np && toks[np.coreEnd]?.lower === 'that') return true;
  // "maintained in a letter to lawmakers last month that no inspector had": more phrases and
  // time words before the that-clause
  for (let q = k + 1; q < s.last && q <= k + 12; q++) {
    const w = toks[q]!;
    // (not "added during that time would": `that` a determiner right after the preposition)
    if (w.lower === 'that')
      // ('warned in a speech in Port Anvar on Thursday that "rates must'; "that residents were";
      // "that up to 14 percent", "that 40 homes": a quantity)
      return (
        q > k + 2 &&
        (isOpenQuote(toks[q + 1]) ||
          complementAfterThat(ctx, q + 1) ||
          subjectThenVerb(ctx, s, q + 1) ||
          toks[q + 1]?.kind === 'num' ||
          QUANTITY_LEADS.has(toks[q + 1]?.lower ?? ''))
      );
    if (isPunct(w) || isQuote(w) || isAux(w)) break;
    // (a noun after its determiner is no verb: "in a briefing on Monday that")
    if ((isVerbLike(w) || (w.f & F.REPORT) !== 0) && !isDet(toks[q - 1])) break;
  }
  return false;
}

/** Whether a bare noun phrase at `k` is followed by its verb: "that age checks would push". */
function subjectThenVerb(ctx: Context, s: Sentence, k: number): boolean {
  if (!isContent(ctx.tokens[k])) return false;
  const np = phraseStartingAt(ctx, k, s.last, false);
  const v = np ? ctx.tokens[np.end] : undefined;
  return !!v && np!.end < s.last && (isAux(v) || isVerbLike(v));
}

/** `what he claimed were`: a wh-word right before the verb's subject. */
function whExtracted(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  for (let k = g - 1; k >= s.first && k >= g - 4; k--) {
    const w = toks[k]!.lower;
    if (w === 'what' || w === 'which' || w === 'whatever') return true;
    if (isPunct(toks[k]) || isAux(toks[k])) return false;
  }
  return false;
}

/**
 * Whether `t` is a subject pronoun fused with an auxiliary: `we're`, `he's`, `there's`, `they'd`,
 * `I've`, `she'll` (never a possessive: `its` and `theirs` have no apostrophe).
 */
export function contractedSubject(t: Token): boolean {
  const m = /^([a-z]+)['\u2019](?:re|s|m|ve|d|ll)$/.exec(t.lower);
  return !!m && SUBJECT_PRONOUNS.has(m[1]!);
}

/**
 * Indefinite pronouns that may open a zero-that clause: `nobody`, `everyone`, `someone` (not
 * `nothing` or `something`, which are as often the verb's object: "claimed nothing").
 */
const INDEFINITE_SUBJECTS: ReadonlySet<string> = new Set([
  'anybody',
  'anyone',
  'everybody',
  'everyone',
  'no-one',
  'nobody',
  'somebody',
  'someone',
]);

/**
 * Verbs of saying, hearing and believing whose object in a headline is a clause, hardly ever a
 * noun a participle describes: `hear`, `insist`, `fear`, `warn`.
 */
const HEADLINE_CLAUSAL: ReadonlySet<string> = new Set([
  'argue',
  'believe',
  'fear',
  'hear',
  'insist',
  'say',
  'suspect',
  'think',
  'warn',
]);

/** Verbs of finding out: a quotation after them is their object, not their content. */
const DISCOVERY = ruleWords('discovery');

/** The verb ends a headline line: "Crows pass warnings ..., study finds". */
function headlineEnd(ctx: Context, s: Sentence): boolean {
  const last = ctx.tokens[s.last - 1]!;
  return !isPunct(last, '.') && !isQuote(last);
}

/**
 * Whether a headline's content comes before its closing verb of saying, set off by a comma, a
 * colon, a dash or a quotation ("Crows pass warnings ..., study finds"); without it the verb is
 * a noun ("Late Penalty Sinks Title Hopes").
 */
function contentBefore(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  for (let k = g - 1; k > s.first; k--) {
    const t = toks[k]!;
    if (t.kind === 'quote' || t.lower === ',' || t.lower === ':' || t.lower === '—') return true;
  }
  return false;
}

/**
 * The index past the phrases from `k` that may close a reporting clause: adverbs, time words,
 * and prepositional phrases of a time or of the occasion or medium of saying ("on Monday", "in a
 * statement", "at a briefing on Tuesday"); `k` itself when none starts there.
 */
function pastClosingAdjuncts(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  for (let guard = 0; guard < 4 && k < s.last; guard++) {
    const w = toks[k]!;
    if (isAdverb(w) || isTimeWord(w)) {
      k++;
      continue;
    }
    if (!CLOSING_PREPS.has(w.lower)) break;
    const np = phraseStartingAt(ctx, k + 1, s.last);
    if (!np) break;
    const head = toks[np.head]!;
    if (!(isTimeWord(head) || OCCASIONS.has(head.lower) || STATEMENT_NOUNS.has(head.lower))) break;
    k = np.end;
  }
  return k;
}

/**
 * Whether the words before the last comma before `g` hold a verb: content, not a fronted time
 * or place ("The bridge will close, officials said on Monday", not "Last week, the council
 * agreed on a budget").
 */
function clauseBeforeComma(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  let c = g - 1;
  while (c > s.first && !isPunct(toks[c], ',')) c--;
  for (let k = s.first; k < c; k++) {
    const w = toks[k]!;
    if (isAux(w) || isVerbLike(w)) return true;
  }
  return false;
}

/** Prepositions of a closing time or occasion: `on Monday`, `in a statement`, `at a briefing`. */
const CLOSING_PREPS: ReadonlySet<string> = new Set(['at', 'during', 'in', 'on', 'over', 'via']);

/** Occasions and media of saying, besides statement nouns: `interview`, `briefing`, `podcast`. */
const OCCASIONS: ReadonlySet<string> = new Set([
  'address',
  'blog',
  'briefing',
  'broadcast',
  'call',
  'conference',
  'debate',
  'hearing',
  'interview',
  'meeting',
  'newsletter',
  'podcast',
  'radio',
  'rally',
  'session',
  'television',
  'video',
  'webinar',
  'website',
]);

/** Clausal verbs whose content may be a to-infinitive: `claimed to`, `pledged to`. */
const INFINITIVE_CLAIMS = ruleWords('infinitiveClaims');
