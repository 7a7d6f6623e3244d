/**
 * Attribution cues: reporting verbs in any form (`said`, `has been described`, `is accused`),
 * cue phrases (`according to`, `in a statement`, `on condition of anonymity`) and cue nouns
 * (`claims that`), each with the source the sentence credits.
 */
import type { Context } from './context';
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
  isVerbLike,
  isWord,
} from './context';
import type { VerbEntry } from './lexicon';
import {
  agentiveNoun,
  ANONYMITY_PHRASES,
  BE_FORMS,
  CLAUSAL_VERBS,
  CUE_NOUNS,
  DOCUMENT_NOUNS,
  F,
  HEDGE_WORDS,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  NOUN_HOMOGRAPHS,
  OWNED_CUE_NOUNS,
  PARTICLE_VERBS,
  PLAIN_PHRASES,
  PLEAD_VERBS,
  QUOTATIVE_VERBS,
  RAISING_PARTICIPLES,
  REPORTING_VERBS,
  ruleWords,
  SOURCE_AFTER_PHRASES,
  STATEMENT_NOUNS,
  TIME_WORDS,
  TOPIC_VERBS,
} from './lexicon';
import { headClass } from './phrase/head-class';
import { isPronounToken, namedness } from './phrase/namedness';
import { phraseEndingAt } from './phrase/phrase-ending';
import { phraseStartingAt } from './phrase/phrase-starting';
import { isPlaceName } from './phrase/places';
import { indexPhrases, matchPhrase } from './phrases';
import type { Sentence } from './sentences';
import { isNameApposition } from './subject/aside';
import type { SourcePhrase, SubjectResult } from './subject/clause';
import { findSubject } from './subject/find-subject';
import { afterQuoteOrComma, invertedSubject } from './subject/inverted';
import type { CueClass } from './types';

/** A cue found in the tokens, before it becomes a Finding. */
export interface Cue {
  /** Token range of the cue span. */
  start: number;
  end: number;
  cue: CueClass;
  /** The lemma or phrase, for the reader-facing reason. */
  label: string;
  source: SourcePhrase | null;
  /** The verb is passive with no agent: its subject is not the source. */
  passive: boolean;
}

const SOURCE_AFTER = indexPhrases(SOURCE_AFTER_PHRASES);
const ANONYMITY = indexPhrases(ANONYMITY_PHRASES);
const PLAIN = indexPhrases(PLAIN_PHRASES);

const CLAUSE_STARTERS = ruleWords('clauseStarters');
const SUBJECT_PRONOUNS = ruleWords('subjectPronouns');

/** Finds every attribution cue in sentence `s`. */
export function findCues(ctx: Context, s: Sentence): Cue[] {
  const toks = ctx.tokens;
  const out: Cue[] = [];
  let skipUntil = s.first;
  for (let i = s.first; i < s.last; i++) {
    if (i < skipUntil) continue;
    const t = toks[i]!;
    if ((t.f & (F.REPORT | F.CUE_START)) === 0) continue;
    // according to X, citing X
    let n = matchPhrase(SOURCE_AFTER, toks, i, s.last);
    if (n) {
      let np = phraseStartingAt(ctx, i + n, s.last, true);
      if (t.lower === 'citing' || t.lower === 'quoting') {
        if (!np) continue;
        // "citing weak cash flow", "citing the bank's losses" give a reason, not a source
        if (headClass(ctx, np.head) === 'other') np = null;
      }
      out.push({
        start: i,
        end: i + n,
        cue: 'phrase',
        label: words(ctx, i, i + n),
        source: np ? { np, named: namedness(ctx, np) } : null,
        passive: false,
      });
      skipUntil = i + n;
      continue;
    }
    n = matchPhrase(ANONYMITY, toks, i, s.last);
    if (n) {
      out.push({
        start: i,
        end: i + n,
        cue: 'phrase',
        label: words(ctx, i, i + n),
        source: null,
        passive: false,
      });
      skipUntil = i + n;
      continue;
    }
    n = matchPhrase(PLAIN, toks, i, s.last);
    if (n && t.lower !== 'as' && t.lower !== 'quoted') {
      const subj = findSubject(ctx, s, i);
      out.push({
        start: i,
        end: i + n,
        cue: 'neutral',
        label: words(ctx, i, i + n),
        source: asSource(subj),
        passive: false,
      });
      skipUntil = i + n;
      continue;
    }
    // in a statement, in her opening statement, in a post on social media
    if (t.lower === 'in') {
      const e = statementPhrase(ctx, i, s.last);
      if (e) {
        out.push({
          start: i,
          end: e,
          cue: 'phrase',
          label: words(ctx, i, e),
          source: statementSource(ctx, s, i, e),
          passive: false,
        });
        skipUntil = e;
        continue;
      }
    }
    const particle = PARTICLE_VERBS.get(t.lower)?.get(toks[i + 1]?.lower ?? '');
    const entry = particle ?? REPORTING_VERBS.get(t.lower);
    if (entry) {
      const cue = verbCue(ctx, s, i, entry, particle ? 2 : 1);
      if (cue) {
        out.push(cue);
        skipUntil = i + (particle ? 2 : 1);
        continue;
      }
    }
    if (CUE_NOUNS.has(t.lower)) {
      const cue = nounCue(ctx, s, i);
      if (cue) out.push(cue);
    }
  }
  return out;
}

function words(ctx: Context, a: number, b: number): string {
  return ctx.text.slice(ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end);
}

function asSource(r: SubjectResult): SourcePhrase | null {
  return r && r !== 'pronoun' ? r : null;
}

/**
 * Who issued the statement of `in a statement` at `i..e`: the subject of the clause it sits in,
 * before it ("The Ministry welcomed the move in a short statement") or after it ("In a
 * statement, the Ministry said").
 */
function statementSource(ctx: Context, s: Sentence, i: number, e: number): SourcePhrase | null {
  const toks = ctx.tokens;
  if (i === s.first && isPunct(toks[e], ',')) {
    const np = phraseStartingAt(ctx, e + 1, s.last);
    return np && !isPronounToken(ctx, np.start) ? { np, named: namedness(ctx, np) } : null;
  }
  for (let k = i - 1; k > s.first; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return null;
    if (!isVerbLike(t) || isAux(t)) continue;
    let g = k;
    while (g - 1 > s.first && (isAux(toks[g - 1]) || isAdverb(toks[g - 1]))) g--;
    return asSource(findSubject(ctx, s, g));
  }
  return null;
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

/** Whether a reporting-verb form at `i` is used as a verb (not `the said company`, `a report`). */
function inVerbPosition(ctx: Context, s: Sentence, i: number, entry: VerbEntry): boolean {
  const toks = ctx.tokens;
  const t = toks[i]!;
  // a capitalised form inside a sentence is a name: "the United States"
  if (ctx.name[i]) return false;
  const p = i > s.first ? toks[i - 1] : undefined;
  const n = toks[i + 1];
  const forms = entry.forms;
  const lemma = entry.lemma;
  const finiteOnly = !forms.has('past') && !forms.has('participle') && !forms.has('ing');
  if (p && isDet(p) && p.lower !== 'that') return false;
  // "the Spirits' claims" is a noun; "Moody's said" is a name with a verb
  if (p && p.kind === 'pos' && (NOUN_HOMOGRAPHS.has(entry.lemma) || !ctx.name[i - 2])) return false;
  // ", published in the Lancet,": a participle clause modifying what precedes
  if (
    p &&
    isPunct(p, ',') &&
    forms.has('participle') &&
    n &&
    REDUCED_RELATIVE_NEXT.has(n.lower) &&
    /ed$/.test(t.lower)
  )
    return false;
  if (p && p.lower === 'own') return false;
  // "let's say", "let us say", "let me explain": a hypothetical or the writer's own aside
  if (
    p &&
    (p.lower === "let's" ||
      ((p.lower === 'us' || p.lower === 'me') && toks[i - 2]?.lower === 'let'))
  )
    return false;
  // "With Little Say", "the final say": after a quantity word "say" is a noun (a voice in a decision)
  if (lemma === 'say' && t.lower === 'say' && p && SAY_NOUN_BEFORE.has(p.lower)) return false;
  // after a form of "be" a verb is a participle or -ing form: "There is worry"
  if (p && finiteOnly && BE_FORMS.has(p.lower)) return false;
  // "a day of reckoning is coming": an -ing noun after "of" with no object or clause of its own
  if (
    p?.lower === 'of' &&
    t.lower.endsWith('ing') &&
    (!n || isPunct(n) || (n.kind === 'word' && (n.f & F.AUX) !== 0))
  )
    return false;
  // "in the past said": a preposition after a determiner is a noun ending the subject; after a
  // relative clause ("A lawyer who met him before said") a past form is the main verb
  if (p && isPrep(p) && !isDet(toks[i - 2]) && !afterRelativeClause(ctx, s, i, entry)) {
    if (p.lower === 'to') {
      if (!forms.has('base')) return false;
    } else if (!forms.has('ing')) return false;
  }
  // "the only finding that": an -ing noun after a determiner
  if (
    forms.has('ing') &&
    t.lower.endsWith('ing') &&
    (isDet(p) || (p && isDet(toks[i - 2]) && !isAux(p))) &&
    p?.lower !== 'that' &&
    // "with each side blaming the other": an absolute construction, the -ing form is its verb
    !(
      isDet(toks[i - 2]) &&
      toks[i - 3]?.lower === 'with' &&
      isContent(p) &&
      n &&
      (isDet(n) || isPronoun(n) || n.lower === 'that' || ctx.name[i + 1] === 1)
    )
  )
    return false;
  // "the results look promising", "the data are promising.": an -ing adjective
  if (
    t.lower.endsWith('ing') &&
    p &&
    (LINKING_VERBS.has(p.lower) ||
      (BE_FORMS.has(p.lower) && (!n || isPunct(n) || (isQuote(n) && !isOpenQuote(n)))))
  )
    return false;
  // an imperative at the start of a sentence has no reporter: "Learn how your data is used"
  if (!p && forms.has('base') && !forms.has('past') && !ctx.titleCase[ctx.sentenceOf[i]!])
    return false;
  // "Roy (reporting) and Malloch (photography)": a credit line, not a cue
  if (p?.lower === '(' && n?.lower === ')') return false;
  // "First published February 1, 2016": a dateline
  if (lemma === 'publish' && n && (n.f & F.TIME) !== 0 && toks[i + 2]?.kind === 'num') return false;
  // "without even trying to understand what is happening": grasping, not being told
  if (lemma === 'understand' && p?.lower === 'to' && HOW_WORDS.has(n?.lower ?? '')) return false;
  // "Be warned:", "Be advised": an imperative to the reader
  if (p?.lower === 'be' && i - 1 === s.first) return false;
  // "as its name suggests": an idiom about a word, not a claim
  if (
    (p?.lower === 'name' || p?.lower === 'title') &&
    (lemma === 'suggest' || lemma === 'imply') &&
    (toks[i - 3]?.lower === 'as' || toks[i - 4]?.lower === 'as')
  )
    return false;
  // "Read more:", "Read more about": a link label, whatever the verb's past form
  if (!p && forms.has('base') && n?.lower === 'more') return false;
  // nouns that look like verbs: "a note to clients", "to sow doubt", "the state's case"
  // before "that", a verb unless a modifier precedes: "and states that", but "useful forecasts that"
  const thatClause =
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
      complementAfterThat(ctx, i + 2));
  if (finiteOnly && NOUN_HOMOGRAPHS.has(lemma) && !thatClause) {
    if (!p) return false;
    const third = forms.has('third');
    const pPlural =
      (p.lower.endsWith('s') && !p.lower.endsWith('ss')) || IRREGULAR_PLURALS.has(p.lower);
    let ok =
      (isPronoun(p) &&
        SUBJECT_PRONOUNS.has(p.lower) &&
        (third
          ? p.lower !== 'they' && p.lower !== 'we' && p.lower !== 'i' && p.lower !== 'you'
          : p.lower !== 'he' && p.lower !== 'she' && p.lower !== 'it')) ||
      (ctx.name[i - 1] === 1 && (third || pPlural)) ||
      isAux(p) ||
      isAdverb(p) ||
      p.lower === 'who' ||
      p.lower === 'that' ||
      p.lower === ',' ||
      (isQuote(p) && !isOpenQuote(p)) ||
      (isContent(p) && !/[a-z]ed$/.test(p.lower) && (third ? !pPlural : pPlural)) ||
      (!third && pluralBeforeReducedRelative(ctx, s, i));
    // "in advanced talks", "the passenger travel details": a noun after modifiers
    const pp = toks[i - 2];
    const actor = ['role', 'occupation', 'organisation', 'person', 'document', 'title'].includes(
      headClass(ctx, i - 1),
    );
    if (
      third &&
      isContent(p) &&
      !actor &&
      pp &&
      (isDet(pp) || isPrep(pp) || pp.kind === 'pos' || isQuant(pp))
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
      ok = !n || !isContent(n) || isAdverb(n);
      if (toks[i - 2]?.lower === 'according') ok = false;
    }
    // right after a verb it is that verb's object: "users can add comments"
    // "Internal emails show": a plural after a modifier is a noun, not a verb
    const pIsNoun =
      !!pp &&
      (isDet(pp) ||
        pp.kind === 'pos' ||
        (p.lower.endsWith('s') &&
          isContent(pp) &&
          !isPronoun(pp) &&
          !ctx.name[i - 2] &&
          !isAux(pp)));
    if (p.kind === 'word' && (p.f & F.REPORT) !== 0 && !third && !pIsNoun) ok = false;
    if (
      third &&
      p.kind === 'word' &&
      (p.f & F.REPORT) !== 0 &&
      REPORTING_VERBS.get(p.lower)?.forms.has('base') &&
      !pIsNoun
    )
      ok = false;
    // "emails show", "records say": a plural noun followed by its own verb
    if (third && n && (n.f & F.REPORT) !== 0 && REPORTING_VERBS.get(n.lower)?.forms.has('base'))
      ok = false;
    if (!ok) return false;
    if (n && isPrep(n) && n.lower !== 'to') return false;
    // a verb needs a complement; "trading posts," and "a United Nations post." are nouns,
    // unless parenthetical: ", records show."
    if (!n || (isPunct(n) && n.lower !== ':') || (isQuote(n) && !isOpenQuote(n))) {
      if (!parenthetical(ctx, s, i)) return false;
    }
  }
  // "United States to Lift Sanctions": part of a name even where Title Case hides names
  if (lemma === 'state' && p?.lower === 'united') return false;
  // "learn how to fix a pipe", "Workers learning how to": a skill, not information received
  if (
    lemma === 'learn' &&
    (n?.lower === 'to' || (HOW_WORDS.has(n?.lower ?? '') && toks[i + 2]?.lower === 'to'))
  )
    return false;
  // "state media", "state emergency officials": the adjective before a noun
  if (lemma === 'state' && n && isContent(n) && !isAdverb(n) && !ctx.name[i + 1]) return false;
  // "was cited twice last year for blocked exits": a penalty, not a source
  if (lemma === 'cite') {
    let q = i + 1;
    while (
      q < s.last &&
      (isAdverb(toks[q]) || TIME_WORDS.has(toks[q]!.lower) || CITE_SKIP.has(toks[q]!.lower))
    )
      q++;
    if (toks[q]?.lower === 'for') return false;
  }
  if (
    lemma === 'report' &&
    n &&
    (n.lower === 'for' || (n.lower === 'to' && toks[i + 2]?.lower === 'work'))
  )
    return false;
  // "is to blame": an idiom of fault, not a cue
  if (lemma === 'blame' && p?.lower === 'to' && toks[i - 2] && BE_FORMS.has(toks[i - 2]!.lower))
    return false;
  // "which is to say", "needless to say", "it is fair to say": idioms, not reports
  if (lemma === 'say' && p?.lower === 'to' && SAY_IDIOMS.has(toks[i - 2]?.lower ?? ''))
    return false;
  // "there is no reason to believe", "it is hard not to conclude", "no way to predict": the
  // writer's own reasoning, attributed to nobody
  if (p?.lower === 'to') {
    let q = i - 2;
    if (toks[q]?.lower === 'not') q--;
    const w = toks[q]?.lower ?? '';
    // ("officials have reason to believe" is their belief; "no reason to" is nobody's)
    if (WRITER_INFINITIVE.has(w) && (!NEGATED_NOUNS.has(w) || toks[q - 1]?.lower === 'no'))
      return false;
  }
  // "It is worth noting that": the writer's aside
  if (p?.lower === 'worth' && t.lower.endsWith('ing')) return false;
  // "Finding that difficult, he": finding something to be so, not a finding reported
  if (
    lemma === 'find' &&
    (n?.lower === 'that' || n?.lower === 'it' || n?.lower === 'this') &&
    isContent(toks[i + 2]) &&
    isPunct(toks[i + 3])
  )
    return false;
  if (lemma === 'tell') {
    if (p?.lower === 'all') return false;
    // "a hard time telling between 4K and 1080p", "telling the difference": distinguishing
    if (n?.lower === 'between' || (n?.lower === 'the' && toks[i + 2]?.lower === 'difference'))
      return false;
    // "any banker will tell you": a generic, not a report from anyone in the story
    // ("we can tell you the race was not discussed" is a spokesman's statement)
    if (
      n?.lower === 'you' &&
      p &&
      GENERIC_MODALS.has(p.lower) &&
      toks[i - 2]?.lower !== 'we' &&
      toks[i - 2]?.lower !== 'i'
    )
      return false;
    for (let k = i + 1; k <= i + 3 && k < s.last; k++) if (toks[k]!.lower === 'apart') return false;
  }
  if (
    lemma === 'call' &&
    n &&
    (n.lower === 'for' || n.lower === 'off' || n.lower === 'on' || n.lower === 'up')
  )
    return false;
  // "an account called “hinge_whisperer”": naming, not quoting
  if (
    lemma === 'call' &&
    t.lower === 'called' &&
    p &&
    isContent(p) &&
    !ctx.name[i - 1] &&
    !isAdverb(p) &&
    // "one former official called it": a speaker is no thing being named
    !SPEAKER_CLASSES.has(headClass(ctx, i - 1))
  )
    return false;
  if (
    lemma === 'comment' &&
    n &&
    isWord(n) &&
    !(n.lower === 'on' || n.lower === 'that' || n.lower === 'to' || n.lower === 'about')
  )
    return false;
  // habitual negatives attribute nothing: "we don't usually discuss"
  for (let k = i - 1; k >= s.first && k >= i - 3; k--) {
    const w = toks[k]!.lower;
    if (w === "don't" || w === "doesn't" || w === 'do' || w === 'does') return false;
    if (!isAdverb(toks[k]) && w !== 'not') break;
  }
  // "the alleged fraud", "an estimated 300": participle adjectives before a noun
  if (
    HEDGE_WORDS.has(t.lower) &&
    n &&
    (isContent(n) || n.kind === 'num' || n.lower === '$') &&
    !(p && (isAux(p) || isContent(p) || ctx.name[i - 1] || isPronoun(p)))
  )
    return false;
  // "took suspected diet pills", "seized alleged loot": after a verb in the past a participle
  // before a noun modifies that verb's object
  if (
    p &&
    n &&
    isContent(n) &&
    !ctx.name[i + 1] &&
    t.lower.endsWith('ed') &&
    !ctx.name[i - 1] &&
    ((p.f & F.IRREGULAR) !== 0 ||
      (HEDGE_WORDS.has(t.lower) && p.lower.length > 4 && p.lower.endsWith('ed')))
  )
    return false;
  // "speaking of Dolby", "generally speaking": a discourse marker
  if (t.lower === 'speaking' && (n?.lower === 'of' || (p && isAdverb(p) && (!n || isPunct(n)))))
    return false;
  // "Published in 1963, it has": a participle clause describing the sentence's subject
  if (!p && n?.lower === 'in' && forms.has('participle') && t.lower.endsWith('ed')) return false;
  // "the science of weather forecasting will": an -ing noun in a compound before a verb
  if (
    t.lower.endsWith('ing') &&
    p &&
    isContent(p) &&
    !ctx.name[i - 1] &&
    !isAdverb(p) &&
    n &&
    (n.f & F.AUX) !== 0 &&
    headClass(ctx, i - 1) === 'other'
  )
    return false;
  // "In digital publishing, we": an -ing noun after a preposition and a modifier
  if (
    t.lower.endsWith('ing') &&
    p &&
    isContent(p) &&
    !isAdverb(p) &&
    !ctx.name[i - 1] &&
    isPrep(toks[i - 2]) &&
    (!n || isPunct(n))
  )
    return false;
  // "Open the panel to add, move or remove a button": a list of actions, not a statement
  if (lemma === 'add' && p?.lower === 'to' && n && isPunct(n, ',')) return false;
  // "De Miranda's recounting of": an -ing noun after a possessive
  if (p?.kind === 'pos' && n?.lower === 'of' && t.lower.endsWith('ing')) return false;
  // "ring warning bells", "reporting rules": an -ing form before a thing is its modifier
  if (
    NOUN_MODIFIER_ING.has(t.lower) &&
    n &&
    isContent(n) &&
    !isAdverb(n) &&
    !ctx.name[i + 1] &&
    headClass(ctx, i + 1) === 'other'
  )
    return false;
  // "one of Africa's most promising states": an -ing adjective after a degree word
  if (t.lower.endsWith('ing') && p && DEGREE_BEFORE_ADJECTIVE.has(p.lower)) return false;
  // a bare participle after a noun is a reduced relative: "emails written between",
  // "a study published Wednesday in", "documents reviewed by"
  if (
    forms.has('participle') &&
    (!forms.has('past') || /[a-z]ed$/.test(t.lower)) &&
    p &&
    (isContent(p) || ctx.name[i - 1]) &&
    lemma !== 'cite' &&
    lemma !== 'quote'
  ) {
    if (!forms.has('past')) return false;
    if (n && n.lower === 'by') return false;
    // "a story published at MAKEzine", "the functionality discussed above"
    const speaker = ['role', 'occupation', 'organisation', 'person', 'title'].includes(
      headClass(ctx, i - 1),
    );
    if (n && !ctx.name[i - 1] && !speaker && REDUCED_RELATIVE_NEXT.has(n.lower)) return false;
    // "published Wednesday in the journal", "a blog post published Thursday,": a time word,
    // then in/by or the end of the modifier; "a study published last week found": the
    // reporting verb after the time is the clause's
    const lead = n && (n.lower === 'last' || n.lower === 'this' || n.lower === 'on') ? 1 : 0;
    if (n && TIME_WORDS.has(toks[i + 1 + lead]?.lower ?? '')) {
      let q = i + 1 + lead;
      while (q < s.last && TIME_WORDS.has(toks[q]!.lower)) q++;
      const w = toks[q];
      if (w?.lower === 'in' || w?.lower === 'by') return false;
      // but "the Courier reported Thursday." is a report: only a document is published
      if ((q >= s.last || isPunct(w)) && DOCUMENT_NOUNS.has(p.lower)) return false;
      if (w && (w.f & F.REPORT) !== 0 && DOCUMENT_NOUNS.has(toks[i - 1]!.lower)) return false;
    }
  }
  return true;
}

/**
 * Whether a plural head with a reduced relative ends right before `i`, so that a base form there
 * agrees with it: "Emails reviewed by the Sentinel show", "Records filed with the state list".
 */
function pluralBeforeReducedRelative(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  for (let k = i - 2; k > s.first && k >= i - 9; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t) || !isWord(t)) return false;
    if (!/[a-z]ed$/.test(t.lower) || ctx.name[k] || !isPrep(toks[k + 1])) continue;
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

/** Whether past form `i` follows a subject's `who` clause: "A lawyer who met him before said". */
function afterRelativeClause(ctx: Context, s: Sentence, i: number, entry: VerbEntry): boolean {
  const toks = ctx.tokens;
  if (!entry.forms.has('past') || /ing$/.test(toks[i]!.lower)) return false;
  for (let k = i - 2; k > s.first && k >= i - 15; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return false;
    if (t.lower === 'who') return headClass(ctx, k - 1) !== 'other';
  }
  return false;
}

/** `, records show.`: the verb and its subject follow a comma or a closing quote. */
function parenthetical(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
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
        const np = phraseStartingAt(ctx, k + 1, i);
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
  return false;
}

/** Builds the cue for a reporting verb at `i` spanning `len` tokens, or null if it is not one. */
function verbCue(ctx: Context, s: Sentence, i: number, entry: VerbEntry, len: number): Cue | null {
  const toks = ctx.tokens;
  if (!inVerbPosition(ctx, s, i, entry)) return null;
  const t = toks[i]!;
  const vEnd = i + len;
  // verb group: auxiliaries and the adverbs between them
  let g = i;
  let k = i - 1;
  let sawAux = false;
  let beBefore = false;
  while (k >= s.first) {
    const w = toks[k]!;
    if (isAux(w) || w.lower === 'not' || w.lower === "n't") {
      if (!sawAux && BE_FORMS.has(w.lower) && w.lower !== "'s") beBefore = true;
      if (isAux(w)) sawAux = true;
      g = k;
      k--;
      continue;
    }
    if (
      (isAdverb(w) || HEDGE_WORDS.has(w.lower)) &&
      k - 1 >= s.first &&
      (isAux(toks[k - 1]) || isAdverb(toks[k - 1]))
    ) {
      k--;
      continue;
    }
    break;
  }
  if (g < i && !isAux(toks[g])) g = i;
  const forms = entry.forms;
  const participle =
    forms.has('participle') && /(?:ed|en|wn|ld|ght|id|ood|ound|ot|ut|ad|old)$/.test(t.lower);
  const passive = beBefore && participle && !forms.has('ing');
  const next = toks[vEnd];
  // raising: "is said to", "are believed to" are hedges, not cues
  if (passive && RAISING_PARTICIPLES.has(t.lower) && next?.lower === 'to') return null;
  // reduced raising: "the man, believed to be in his 40s"
  if (
    !beBefore &&
    RAISING_PARTICIPLES.has(t.lower) &&
    next?.lower === 'to' &&
    (toks[vEnd + 1]?.lower === 'be' || toks[vEnd + 1]?.lower === 'have') &&
    g === i &&
    toks[i - 1] &&
    (isContent(toks[i - 1]) || isPunct(toks[i - 1], ','))
  )
    return null;
  // "as saying" after "quoted" belongs to that cue
  if (forms.has('ing') && toks[i - 1]?.lower === 'as') {
    // "quoted as saying" is one cue; "quoted a senior engineer as saying": the saying is its own
    const q = toks[i - 2];
    if (!q || REPORTING_VERBS.get(q.lower)?.lemma === 'quote') return null;
    let quoted = false;
    for (let k = i - 3; k >= s.first && k >= i - 12; k--) {
      if (isPunct(toks[k]) || isQuote(toks[k])) break;
      if (REPORTING_VERBS.get(toks[k]!.lower)?.lemma === 'quote') quoted = true;
    }
    if (!quoted) return null;
  }
  const lemma = entry.lemma;
  // frames
  if (QUOTATIVE_VERBS.has(lemma)) {
    // `“...,” reads one`: inverted after the quotation
    let ok = afterQuoteOrComma(ctx, g) && isQuote(toks[g - 1]);
    for (let q = vEnd; !ok && q < s.last && q <= vEnd + 5; q++) {
      const w = toks[q]!;
      if (isOpenQuote(w) || isPunct(w, ':')) {
        ok = true;
        break;
      }
      if (isPunct(w) && !isPunct(w, ',')) break;
    }
    if (!ok) return null;
  }
  if (TOPIC_VERBS.has(lemma)) {
    const w = next?.lower ?? '';
    if (!TOPIC_PARTICLES.has(w)) return null;
  }
  // "wrote herself 37 checks", "was written on an index card": writing that conveys nothing
  if (lemma === 'write' && !writesContent(ctx, s, g, vEnd, passive)) return null;
  // "the alarm was acknowledged": a signal answered, not a claim conceded
  if (lemma === 'acknowledge' && passive) {
    const subj = findSubject(ctx, s, g);
    if (subj && subj !== 'pronoun' && SIGNALS.has(toks[subj.np.head]!.lower)) return null;
  }
  // "were admitted to hospital", "admits students": letting in, not confessing
  if (lemma === 'admit' && !admitsContent(ctx, s, g, vEnd, passive)) return null;
  if (PLEAD_VERBS.has(lemma)) {
    const w = next?.lower ?? '';
    if (!(w === 'guilty' || w === 'not' || w === 'no' || w === 'innocent')) return null;
  }
  let subject: SubjectResult | undefined;
  if (CLAUSAL_VERBS.has(lemma)) {
    if (passive) {
      // "it was found that", or with its agent: "was repeated last week by the governor's
      // office"; "No irregularities were found" is a plain passive
      if (
        !(toks[g - 1]?.lower === 'it' && CLAUSE_STARTERS.has(next?.lower ?? '')) &&
        !(SAID_BY.has(lemma) && byAgent(ctx, s, vEnd))
      )
        return null;
    } else if (!clauseFollows(ctx, s, g, vEnd, lemma)) {
      subject = findSubject(ctx, s, g);
      let before = g - 1;
      while (
        before > s.first &&
        (isAdverb(toks[before]) ||
          HEDGE_WORDS.has(toks[before]!.lower) ||
          toks[before]!.lower === 'also' ||
          toks[before]!.lower === 'not')
      )
        before--;
      const docSubject =
        subject &&
        subject !== 'pronoun' &&
        (subject.np.end === before + 1 || reducedRelativeGap(ctx, subject.np.end, before + 1)) &&
        DOCUMENT_NOUNS.has(toks[subject.np.head]!.lower);
      // "The audit found irregularities": a document's findings are attributed to it
      // "The bank kept rates on hold and signalled a cut": a body's outlook is its statement
      const bodySubject =
        subject &&
        subject !== 'pronoun' &&
        OUTLOOK_VERBS.has(lemma) &&
        (headClass(ctx, subject.np.head) === 'organisation' ||
          (ctx.name[subject.np.head] !== 0 && !isPlaceName(ctx, subject.np.head)));
      if (
        !(docSubject && DOCUMENT_FINDINGS.has(lemma)) &&
        !bodySubject &&
        !contentObject(ctx, s, vEnd, lemma)
      )
        return null;
    }
  }
  // "a complicated beast, showing how ...": evidence verbs in -ing form report something only
  // when a document does the showing ("data showing that", "a poll released Monday, showing")
  if (EVIDENCE_VERBS.has(lemma) && !sawAux && t.lower.endsWith('ing')) {
    let doc = false;
    for (let k = i - 1; k >= s.first && !doc; k--) doc = DOCUMENT_NOUNS.has(toks[k]!.lower);
    if (!doc) return null;
  }
  // a bare participle after a noun, then by/in: a reduced relative ("a study published in")
  if (
    !sawAux &&
    forms.has('participle') &&
    !forms.has('base') &&
    next &&
    (next.lower === 'by' || next.lower === 'in') &&
    toks[i - 1] &&
    isContent(toks[i - 1]) &&
    lemma !== 'cite' &&
    lemma !== 'quote'
  ) {
    if (!forms.has('past') || !(toks[i - 2] && isDet(toks[i - 2]))) {
      // "findings published in", treat as no cue unless it is clearly finite
      if (next.lower === 'by') return null;
    }
  }
  // source
  let source: SourcePhrase | null = null;
  let start = g;
  if (forms.has('ing') && !sawAux && /ing$/.test(t.lower)) {
    // participle cues take no source of their own ("adding that", "saying"), except after
    // aspect verbs: "began publishing"
    start = i;
    const prev = toks[i - 1];
    if (prev && ASPECT_VERBS.has(prev.lower)) source = asSource(findSubject(ctx, s, i - 1));
  } else if (
    !sawAux &&
    forms.has('participle') &&
    /ed$/.test(t.lower) &&
    next?.lower === 'by' &&
    toks[i - 1] &&
    (isPunct(toks[i - 1], ',') || isAdverb(toks[i - 1]))
  ) {
    // a participle clause: "The proposal, first reported by Bloomberg News, would ..."
    source = byAgent(ctx, s, vEnd);
  } else if (passive) {
    const by = byAgent(ctx, s, vEnd);
    if (by) source = by;
    else if (lemma === 'quote') {
      // "were quoted as saying": the subject is the source; the auxiliaries go to `agentless`
      source = asSource(findSubject(ctx, s, g));
      start = i;
    } else start = i; // the attribution span is the participle; the auxiliaries go to `agentless`
  } else if (lemma === 'quote' || lemma === 'cite') {
    // "quoted sources as saying", "citing officials", "cited in a review"
    let q = vEnd;
    if (toks[q]?.lower === 'in' || toks[q]?.lower === 'by') q++;
    const np = phraseStartingAt(ctx, q, s.last, true);
    source = np ? { np, named: namedness(ctx, np) } : null;
  } else {
    if (
      g === i &&
      lemma !== 'tell' &&
      afterQuoteOrComma(ctx, g) &&
      next &&
      !isPunct(next) &&
      next.lower !== 'that'
    ) {
      const inv = invertedSubject(ctx, s, vEnd);
      // after an aside the subject precedes it, unless a name closed by punctuation follows
      // the verb: "..., creating a larger crevice, said Joe Carbone, who works ..."
      const aside = afterAside(ctx, s, g);
      if (
        inv &&
        inv !== 'pronoun' &&
        (!aside ||
          (inv.named === true &&
            ctx.name[inv.np.start] === 1 &&
            (inv.np.end >= s.last || isPunct(toks[inv.np.end]))))
      ) {
        source = asSource(inv);
        return { start, end: vEnd, cue: entry.cue, label: words(ctx, i, vEnd), source, passive };
      }
    }
    subject ??= findSubject(ctx, s, g);
    // "it proved harder", "the test proved the engine safe": a thing turning out, not a finding
    // credited to anyone (a document or a person proves a claim)
    if (lemma === 'prove') {
      const thing =
        subject === 'pronoun'
          ? toks[g - 1]?.lower === 'it'
          : subject !== null &&
            !ctx.name[subject.np.head] &&
            headClass(ctx, subject.np.head) === 'other';
      if (thing) return null;
    }
    source = asSource(subject);
    // "equations that described the motion", "programs that revealed the signatures": a thing
    // that is neither a document nor an actor depicts something, it reports nothing
    if (
      source &&
      DEPICTION_VERBS.has(lemma) &&
      !ctx.name[source.np.head] &&
      (toks[g - 1]?.lower === 'that' || toks[g - 1]?.lower === 'which') &&
      headClass(ctx, source.np.head) === 'other' &&
      !agentiveNoun(toks[source.np.head]!.lower) &&
      !DOCUMENT_NOUNS.has(toks[source.np.head]!.lower)
    )
      return null;
  }
  return {
    start,
    end: vEnd,
    cue: entry.cue,
    label: words(ctx, i, vEnd),
    source,
    passive: passive && !source,
  };
}

/** Words before `to` + verb that make the verb the writer's reasoning: `no reason to believe`. */
const WRITER_INFINITIVE = ruleWords('writerInfinitive');

/** Nouns of `WRITER_INFINITIVE` that need `no` before them: `no reason to`, `no way to`. */
const NEGATED_NOUNS = ruleWords('negatedNouns');

/** Verbs that a thing can do without reporting: `equations that describe the motion`. */
const DEPICTION_VERBS = ruleWords('depictionVerbs');

/** -ing forms that also modify nouns: `warning signs`, `reporting rules`, `briefing notes`. */
const NOUN_MODIFIER_ING = ruleWords('nounModifierIng');

/** Modals of a generic `tell you`: `any banker will tell you`, `they'd tell you`. */
const GENERIC_MODALS = ruleWords('genericModals');

/** Degree words before an adjective: `most promising`, `very telling`. */
const DEGREE_BEFORE_ADJECTIVE = ruleWords('degreeBeforeAdjective');

/** Question words that with `to` make a skill or task: `learn how to`, `learning what to do`. */
const HOW_WORDS = ruleWords('howWords');

/** Verbs of evidence: what shows or indicates is a document, or the cue is no report. */
const EVIDENCE_VERBS = ruleWords('evidenceVerbs');

/** Words before which `say` is the noun (a voice in a decision): `little say`, `the final say`. */
const SAY_NOUN_BEFORE = ruleWords('sayNounBefore');
/** Signals that are acknowledged by answering them, not by conceding them. */
const SIGNALS = ruleWords('signals');

/** Object pronouns for people: "admitted him" lets a person in. */
const PERSON_OBJECTS = ruleWords('personObjects');

/**
 * Whether `admit` at `g..vEnd` confesses something: a clause, a thing or a `to` phrase ("admitted
 * that", "admitted the charges", "admitted to lying"), or the impersonal "it was admitted"; not a
 * person let in ("were admitted to hospital", "admits students on merit").
 */
function admitsContent(
  ctx: Context,
  s: Sentence,
  g: number,
  vEnd: number,
  passive: boolean,
): boolean {
  const toks = ctx.tokens;
  if (passive) return toks[g - 1]?.lower === 'it';
  const n = toks[vEnd];
  if (!n || vEnd >= s.last || !isWord(n)) return true;
  if (PERSON_OBJECTS.has(n.lower)) return false;
  const np = phraseStartingAt(ctx, vEnd, s.last);
  if (!np || ctx.name[np.head]) return true;
  const cls = headClass(ctx, np.head);
  return !(
    cls === 'person' ||
    cls === 'role' ||
    cls === 'occupation' ||
    cls === 'nonAgent' ||
    cls === 'organisation'
  );
}

/** Clausal verbs of saying whose passive with an agent is a cue: `was repeated by the office`. */
const SAID_BY = ruleWords('saidBy');

/** Clausal verbs that, with a document as subject, report its content without a clause. */
const DOCUMENT_FINDINGS = ruleWords('documentFindings');

/** Plural nouns without an -s: "the data show", "police say". */
const IRREGULAR_PLURALS = ruleWords('irregularPlurals');

/** Whether tokens `a..b` are a participle and time words: "An audit released Friday found". */
function reducedRelativeGap(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  if (b - a < 2 || b - a > 4 || !isVerbLike(toks[a])) return false;
  for (let k = a + 1; k < b; k++) {
    const w = toks[k]!.lower;
    if (!TIME_WORDS.has(w) && w !== 'last' && w !== 'this' && w !== 'on') return false;
  }
  return true;
}

/** Outlook verbs: with a body as subject they state its expectation (`signalled a cut`). */
const OUTLOOK_VERBS = ruleWords('outlookVerbs');

/** Clausal verbs that also characterise a thing said or done: `questioned the decision`. */
const CONTENT_OBJECT_VERBS = ruleWords('contentObjectVerbs');

/**
 * Whether a content object follows a stance verb at `vEnd`: "questioned the decision" (not a
 * person: "questioned the suspect" is an interrogation).
 */
function contentObject(ctx: Context, s: Sentence, vEnd: number, lemma: string): boolean {
  if (!CONTENT_OBJECT_VERBS.has(lemma)) return false;
  const np = phraseStartingAt(ctx, vEnd, s.last);
  if (!np || ctx.name[np.head] || isPronounToken(ctx, np.start)) return false;
  const cls = headClass(ctx, np.head);
  return cls === 'other' || cls === 'document';
}

const BELIEF_ECM = ruleWords('beliefEcm');

const REDUCED_RELATIVE_NEXT = ruleWords('reducedRelativeNext');

const CLAUSE_PUNCT = ruleWords('clausePunct');

const TOPIC_PARTICLES = ruleWords('topicParticles');

const ASPECT_VERBS = ruleWords('aspectVerbs');

/** Whether the comma before `g` closes an aside (`X, who spoke ..., said`): then no inversion. */
function afterAside(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  let k = g - 1;
  if (!isPunct(toks[k], ',')) return false;
  for (k = g - 2; k >= s.first; k--) {
    const t = toks[k]!;
    if (isPunct(t, ',') || isQuote(t) || isPunct(t, '—')) break;
  }
  const first = toks[k + 1];
  if (!first) return false;
  // "Kelm's envoy, Arina Tosh, called": a name in apposition closes the subject, no inversion
  if (
    (ctx.name[g - 2] || isPunct(toks[g - 2], ')')) &&
    k >= s.first &&
    isPunct(toks[k], ',') &&
    isNameApposition(ctx, k + 1, g - 1)
  )
    return true;
  // "A key condition of the agreement, says the source, is": the clause's own subject
  if (k + 1 === s.first && DETERMINER_STARTERS.has(first.lower)) return false;
  return (
    ASIDE_STARTERS.has(first.lower) ||
    (first.kind === 'word' && /[a-z](?:ing|ed)$/.test(first.lower) && !ctx.name[k + 1])
  );
}

const DETERMINER_STARTERS = ruleWords('determinerStarters');
const ASIDE_STARTERS = ruleWords('asideStarters');

/**
 * After `that` at `k`: a complement clause starts with its own subject ("states that the
 * building must"), a relative clause with a verb ("forecasts that stretch").
 */
function complementAfterThat(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k];
  if (!w) return false;
  if (isDet(w) || isQuant(w) || ctx.name[k] || (isPronoun(w) && SUBJECT_PRONOUNS.has(w.lower)))
    return true;
  if (!isContent(w)) return false;
  const v = ctx.tokens[k + 1];
  return !!v && (isAux(v) || isVerbLike(v) || (v.f & F.REPORT) !== 0);
}

/** Whether a clause, quotation or parenthetical end follows the verb ending at `vEnd`. */
function clauseFollows(ctx: Context, s: Sentence, g: number, vEnd: number, lemma: string): boolean {
  const toks = ctx.tokens;
  let k = vEnd;
  while (
    k < s.last &&
    (isAdverb(toks[k]) ||
      TIME_WORDS.has(toks[k]!.lower) ||
      toks[k]!.lower === 'last' ||
      toks[k]!.lower === 'this')
  )
    k++;
  const n = toks[k];
  // discovery verbs in an infinitive state a purpose: "the aim is to prove how"
  if (DISCOVERY.has(lemma) && toks[g - 1]?.lower === 'to') return false;
  if (!n || k >= s.last)
    return parenthetical(ctx, s, g) || !!ctx.titleCase[ctx.sentenceOf[g]!] || headlineEnd(ctx, s);
  if (CLAUSE_STARTERS.has(n.lower)) return true;
  if ((isOpenQuote(n) || isPunct(n, ':')) && !DISCOVERY.has(lemma)) return true;
  if (isPunct(n) || (isQuote(n) && !isOpenQuote(n))) return parenthetical(ctx, s, g);
  if (lemma === 'claim' && n.lower === 'to') return true;
  // "expect the bank to raise rates", "believe him to be"
  if (BELIEF_ECM.has(lemma) && (isDet(n) || ctx.name[k] || isContent(n))) {
    const np = phraseStartingAt(ctx, k, s.last);
    if (np && toks[np.end]?.lower === 'to') return true;
  }
  // "maintained in a letter that", "told reporters on Tuesday that": a that-clause after a
  // prepositional phrase
  if (isPrep(n) && n.lower !== 'that' && n.lower !== 'of') {
    const np = phraseStartingAt(ctx, k + 1, s.last);
    if (np && toks[np.coreEnd]?.lower === 'that') return true;
  }
  // "what he claimed were rare coins": the clause's subject was extracted by `what`/`which`
  if (isAux(n) && whExtracted(ctx, s, g)) return true;
  // "claimed on November 1, via official media, that": a that-clause after adverbials
  for (let q = k; q < s.last && q <= k + 12; q++) {
    const w = toks[q]!;
    if (w.lower === 'that' && isPunct(toks[q - 1], ',')) return true;
    if (isAux(w) || (isPunct(w) && w.lower !== ',')) break;
  }
  // zero-that clause: "understands a second bid, worth around £45m, was submitted"
  if (isDet(n) || ctx.name[k] || (isPronoun(n) && SUBJECT_PRONOUNS.has(n.lower)) || isContent(n)) {
    let e = k + 1;
    if (!(isPronoun(n) && SUBJECT_PRONOUNS.has(n.lower))) {
      const np = phraseStartingAt(ctx, k, s.last);
      if (!np) return false;
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
    const v = toks[e];
    if (!v) return false;
    if (isAux(v) || (REPORTING_VERBS.get(v.lower)?.forms.has('past') ?? false)) return true;
    // after a pronoun subject any past verb: "claimed they traced the breaches"; after a
    // determiner phrase a past verb that is not a reduced relative: "claim the heating never
    // worked", not "claimed the money raised by"
    const past =
      isWord(v) &&
      (/[a-z]ed$/.test(v.lower) ||
        IRREGULAR_PARTICIPLES.has(v.lower) ||
        IRREGULAR_PAST.has(v.lower));
    if (past && e === k + 1) return true;
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

/** Head classes of phrases that can speak. */
const SPEAKER_CLASSES: ReadonlySet<string> = ruleWords('speakerClasses');

const CITE_SKIP = ruleWords('citeSkip');

/** Verbs that take an adjective: `look promising`, `sounds convincing`. */
const LINKING_VERBS = ruleWords('linkingVerbs');

const SAY_IDIOMS = ruleWords('sayIdioms');

/** Prepositions after `wrote` that introduce an addressee, topic or medium. */
const WRITE_PREPS = ruleWords('writePreps');

/**
 * `write` is a cue only when something is conveyed: a clause, a quotation, an addressee, a topic
 * or medium, or a text (`wrote a letter`); passive only with its writer (`written by`) or `it`.
 */
function writesContent(
  ctx: Context,
  s: Sentence,
  g: number,
  vEnd: number,
  passive: boolean,
): boolean {
  const toks = ctx.tokens;
  if (passive) return !!byAgent(ctx, s, vEnd) || toks[g - 1]?.lower === 'it';
  // `“...,” wrote Jennifer Light`: the quotation is what was written
  if (afterQuoteOrComma(ctx, g)) return true;
  let k = vEnd;
  while (k < s.last && (isAdverb(toks[k]) || TIME_WORDS.has(toks[k]!.lower))) k++;
  const n = toks[k];
  if (n && WRITE_PREPS.has(n.lower)) return true;
  if (clauseFollows(ctx, s, g, vEnd, 'write')) return true;
  if (!n || !(isDet(n) || isContent(n) || n.kind === 'num')) return false;
  const np = phraseStartingAt(ctx, k, s.last);
  if (!np) return false;
  const head = toks[np.head]!.lower;
  return DOCUMENT_NOUNS.has(head) || STATEMENT_NOUNS.has(head) || WRITTEN_TEXTS.has(head);
}

/** Texts one writes that convey something: `wrote a column`, `wrote an essay`. */
const WRITTEN_TEXTS = ruleWords('writtenTexts');

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

/** Verbs of finding out: a quotation after them is their object, not their content. */
const DISCOVERY = ruleWords('discovery');

/** The verb ends a headline line: "Crows pass warnings ..., study finds". */
function headlineEnd(ctx: Context, s: Sentence): boolean {
  const last = ctx.tokens[s.last - 1]!;
  return !isPunct(last, '.') && !isQuote(last);
}

/** The agent of a passive: `was disclosed last week by officials`. */
function byAgent(ctx: Context, s: Sentence, vEnd: number): SourcePhrase | null {
  const toks = ctx.tokens;
  let k = vEnd;
  for (let guard = 0; guard < 5 && k < s.last; guard++) {
    const w = toks[k]!;
    if (w.lower === 'by') {
      const first = toks[k + 1];
      if (!first || TIME_WORDS.has(first.lower) || first.kind === 'num') return null;
      if (first.lower === 'the' && toks[k + 2] && TIME_WORDS.has(toks[k + 2]!.lower)) return null;
      const np = phraseStartingAt(ctx, k + 1, s.last, true);
      if (!np) return null;
      // "accused by lawmakers of misleading parliament": the of-gerund is the charge
      for (let q = np.coreEnd; q + 1 < np.end; q++)
        if (
          toks[q]!.lower === 'of' &&
          /[a-z]{3}ing$/.test(toks[q + 1]!.lower) &&
          !ctx.name[q + 1]
        ) {
          np.end = q;
          break;
        }
      return { np, named: namedness(ctx, np) };
    }
    // "confirmed on Tuesday by", "reported in March by": a time phrase before the agent
    const n = toks[k + 1];
    if (
      (w.lower === 'on' || w.lower === 'in' || w.lower === 'at') &&
      n &&
      (TIME_WORDS.has(n.lower) || n.kind === 'num')
    ) {
      k += 2;
      continue;
    }
    if (
      isAdverb(w) ||
      TIME_WORDS.has(w.lower) ||
      w.lower === 'last' ||
      w.lower === 'this' ||
      w.lower === 'as' ||
      w.lower === 'early'
    ) {
      k++;
      continue;
    }
    break;
  }
  return null;
}

/** A cue noun with a clause or possessor attached: `the Spirits' claims that`, `its own estimates`. */
function nounCue(ctx: Context, s: Sentence, i: number): Cue | null {
  const toks = ctx.tokens;
  const t = toks[i]!;
  const n = toks[i + 1];
  const p = toks[i - 1];
  let source: SourcePhrase | null = null;
  let ok = false;
  // "in a secret assessment that ...": the container phrase, not a cue noun
  for (let k = i - 1; k >= s.first && k >= i - 3; k--)
    if (toks[k]!.lower === 'in' && isDet(toks[k + 1])) return null;
  // possessor: "the Spirits' claims", "the authority's own estimates"
  let posIdx = -1;
  if (p && p.kind === 'pos') posIdx = i - 1;
  else if (p && p.lower === 'own' && toks[i - 2]?.kind === 'pos') posIdx = i - 2;
  if (posIdx > s.first) {
    const np = phraseEndingAt(ctx, posIdx - 1, s.first);
    if (np) source = { np, named: namedness(ctx, np) };
  }
  // ("Finding that difficult, he": a demonstrative and a predicate, no clause)
  if (
    n &&
    n.lower === 'that' &&
    !isContentVerbAfterThat(ctx, i + 2) &&
    !(isContent(toks[i + 2]) && isPunct(toks[i + 3]))
  )
    ok = true;
  // "her warnings", "His testimony": a speech act with its owner
  if (p && POSSESSIVE_DETERMINERS.has(p.lower) && OWNED_CUE_NOUNS.has(t.lower)) ok = true;
  // "assertions by the ministry": the by-phrase names who made them
  if (n && n.lower === 'by' && OWNED_CUE_NOUNS.has(t.lower)) {
    const by = byAgent(ctx, s, i + 1);
    if (by && (by.named || headClass(ctx, by.np.head) !== 'other')) {
      ok = true;
      source = by;
    }
  }
  // "the assessment of the CIA and the NSA that"
  if (n && n.lower === 'of') {
    const np = phraseStartingAt(ctx, i + 2, s.last);
    if (np) {
      let e = np.end;
      if (toks[e]?.lower === 'and') {
        const np2 = phraseStartingAt(ctx, e + 1, s.last);
        if (np2) e = np2.end;
      }
      if (toks[e]?.lower === 'that') {
        ok = true;
        source = { np: { ...np, end: e, coreEnd: e }, named: namedness(ctx, np) };
      }
    }
  }
  if (posIdx > 0 && toks[i - 2]?.lower === 'own') ok = true;
  // "the union's warnings": a speech act with its owner
  if (posIdx > 0 && source && OWNED_CUE_NOUNS.has(t.lower)) ok = true;
  if (posIdx > 0 && p?.lower === 'own') ok = true;
  if (!ok) return null;
  return {
    start: i,
    end: i + 1,
    cue: DOUBT_NOUNS.has(t.lower) ? 'doubt' : 'neutral',
    label: t.lower,
    source,
    passive: false,
  };
}

const POSSESSIVE_DETERMINERS = ruleWords('possessiveDeterminers');

const DOUBT_NOUNS = ruleWords('doubtNouns');

/** `claims that ... `: a relative `that` ("the claims that referred") is followed by a verb. */
function isContentVerbAfterThat(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k];
  if (!w || !isWord(w) || ctx.name[k]) return false;
  // "the only finding that suggests ...": a relative clause
  return /ed$/.test(w.lower) || isAux(w) || (w.f & F.REPORT) !== 0;
}
