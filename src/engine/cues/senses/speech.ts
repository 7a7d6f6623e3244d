/**
 * Senses of verbs of speaking and telling that report nothing: `the final say`, `That said,`,
 * `needless to say`, `answered the phone`, `comment sections`, `all told`, `tell apart`, `call
 * for`, `an account called “hinge_whisperer”`, `that explains our survival`.
 */
import type { Context } from '../../context';
import {
  isAdverb,
  isContent,
  isDet,
  isPronoun,
  isPunct,
  isQuote,
  isRelative,
  isWord,
} from '../../context';
import { F, lemmaBits, listedAgentive, ruleWords } from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import { isPronounSubject } from '../../subject/result';
import type { Token } from '../../tokenize';
import { byAgent } from '../by-agent';
import { reportingSubject } from '../frames/speakers';
import { endsContactClause } from './contact-clause';
import { hearerOnly } from './hearer-only';
import type { Verb } from '../verb-group';
import { subjectOf } from '../verb-group';
import type { SenseCheck } from './common';
import { afterVerb, beforeVerb, markedNotTalked, SPEAKER_CLASSES } from './common';

/** The checks of verbs of speaking and telling, by lemma (see `SENSES` in ../verb-senses.ts). */
export const SPEECH_SENSES: readonly (readonly [string, SenseCheck])[] = [
  ['ask', (ctx, s, v) => !publicAppeal(ctx, s, v) && !asksForThing(ctx, s, v)],
  [
    'say',
    (ctx, s, v) => {
      const p = beforeVerb(ctx, s, v);
      const toks = ctx.tokens;
      // "With Little Say", "the final say": after a quantity word "say" is a noun (a voice in a
      // decision)
      if (toks[v.i]!.lower === 'say' && p && SAY_NOUN_BEFORE.has(p.lower)) return false;
      // "That said, the cuts may not be the last", "Having said that,": a discourse marker
      // (decision 22 of the labelled sets)
      const n = toks[v.i + 1];
      if (
        toks[v.i]!.lower === 'said' &&
        p?.lower === 'that' &&
        opensSentence(ctx, s, v.i - 1) &&
        n?.lower === ','
      )
        return false;
      if (p?.lower === 'having' && n?.lower === 'that' && toks[v.i + 2]?.lower === ',')
        return false;
      // "and that says everything", "this says a lot about": a fact that tells, nobody speaks
      if (p && THING_SUBJECTS.has(p.lower) && saysMuch(ctx, s, v.end)) return false;
      // "one or two variables — say, the wind speed — changed", "a small town (say, 5,000
      // people)": `say` between commas after a break offers an example, nobody speaks
      if (toks[v.i]!.lower === 'say' && forExample(ctx, s, v)) return false;
      // "which is to say", "needless to say", "it is fair to say": idioms, not reports
      return !(p?.lower === 'to' && SAY_IDIOMS.has(toks[v.i - 2]?.lower ?? ''));
    },
  ],
  [
    'answer',
    // "a woman who answered the phone said": picking up, not replying to a claim
    (ctx, s, v) => {
      const np = phraseStartingAt(ctx, v.end, s.last);
      return !np || !ANSWERED_DEVICES.has(ctx.tokens[np.head]!.lower);
    },
  ],
  ['tell', tellsSomething],
  // ("Some parents KBN News spoke to said": a contact clause, contact-clause.ts)
  // ("without speaking to a pharmacist", "stopped speaking to her": only a hearer, hearer-only.ts)
  [
    'speak',
    (ctx, s, v) =>
      notAuthorisedTo(ctx, s, v) && !endsContactClause(ctx, s, v) && !hearerOnly(ctx, s, v),
  ],
  ['talk', (ctx, s, v) => !endsContactClause(ctx, s, v) && !hearerOnly(ctx, s, v)],
  ['discuss', (ctx, s, v) => notAuthorisedTo(ctx, s, v) && !markedNotTalked(ctx, s, v)],
  ['call', callsSomething],
  ['brand', brandsSomething],
  // ("Critics labelled the levy 'a stealth tax'", not "a box labelled 'Corrie Lane, 1994'": a
  // thing's written label, the participle after it with no one to judge)
  [
    'label',
    (ctx, s, v) => brandsSomething(ctx, s, v) && (v.passive || reportingSubject(ctx, s, v)),
  ],
  [
    'comment',
    // "commented on", "comment that"; not "comment sections" or "not authorized to comment"
    (ctx, s, v) => {
      const n = afterVerb(ctx, v);
      if (!notAuthorisedTo(ctx, s, v)) return false;
      return !(
        n &&
        isWord(n) &&
        !(n.lower === 'on' || n.lower === 'that' || n.lower === 'to' || n.lower === 'about')
      );
    },
  ],
  [
    'add',
    // "Open the panel to add, move or remove a button": a list of actions, not a statement
    (ctx, s, v) => {
      const p = beforeVerb(ctx, s, v);
      const n = afterVerb(ctx, v);
      return !(p?.lower === 'to' && n && isPunct(n, ','));
    },
  ],
  [
    'explain',
    // "that explains our survival", "Rents rose, which explains the protests": a fact explains
    // another, nobody explains anything (unlike "a report that explains the rules")
    (ctx, s, v) => {
      const toks = ctx.tokens;
      // "could be explained by other factors": a cause accounts for it, nobody speaks
      if (v.passive) {
        const agent = byAgent(ctx, s, v.end);
        const cls = agent && !agent.named ? headClass(ctx, agent.np.head) : causeAfterBy(ctx, s, v);
        if (cls === 'other' || cls === 'nonAgent') return false;
      }
      const p = toks[v.g - 1];
      if (!p || v.g - 1 < s.first || !DEMONSTRATIVES.has(p.lower)) return true;
      const pp = v.g - 2 >= s.first ? toks[v.g - 2] : undefined;
      if (!pp || !isContent(pp) || isPronoun(pp)) return false;
      return ctx.name[v.g - 2] !== 0 || headClass(ctx, v.g - 2) !== 'other';
    },
  ],
  ['email', messageVerb],
  ['tweet', messageVerb],
];

/**
 * The head class of a by-phrase that opens with an adverb after the participle (`explained by
 * exceptionally wet weather`), which `byAgent` does not read; '' when there is none.
 */
function causeAfterBy(ctx: Context, s: Sentence, v: Verb): string {
  const toks = ctx.tokens;
  let k = v.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (toks[k]?.lower !== 'by') return '';
  k++;
  while (k < s.last && isAdverb(toks[k])) k++;
  const np = phraseStartingAt(ctx, k, s.last);
  return np && !ctx.name[np.head] ? headClass(ctx, np.head) : '';
}

/**
 * `email`, `tweet` in a form that is also the noun (`emails`, `tweet`): a verb only after its
 * subject or an auxiliary (`She emails`, `will tweet`), not in a noun phrase (`email addresses`,
 * `Internal emails`, `the names, email addresses`).
 */
function messageVerb(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const w = toks[v.i]!.lower;
  if (w.endsWith('ed') || w.endsWith('ing') || v.sawAux) return true;
  const p = beforeVerb(ctx, s, v);
  if (messageColon(ctx, s, v, p)) return true;
  if (!p || !isWord(p)) return false;
  return (
    isPronoun(p) ||
    ctx.name[v.i - 1] !== 0 ||
    p.lower === 'to' ||
    isAdverb(p) ||
    (p.f & F.ACTOR) !== 0
  );
}

/**
 * A live page's message form that opens a quotation with a colon after an apposition: 'A
 * reader, Jan, emails: "..."' (the guideline's verb that introduces a quotation). Not the noun
 * a determiner or a possessive opens ("She showed us the emails:").
 */
function messageColon(ctx: Context, s: Sentence, v: Verb, p: Token | undefined): boolean {
  const toks = ctx.tokens;
  if (!p || isDet(p) || p.kind === 'pos' || v.i + 2 >= s.last) return false;
  return isPunct(toks[v.i + 1], ':') && isQuote(toks[v.i + 2]);
}

/** Words that stand for a fact before `explains`: `that`, `this`, `which`. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'which']);

/**
 * The reporter's question set off before the answer's own verb: "Asked about the video, a
 * spokesman said", "Prael, asked whether a deal was close, insisted": a participle aside after
 * the sentence start or a comma, its question, then a comma. The question is a cue of its own,
 * with no source: the asker is not in the clause, and the subject after it is the one asked
 * (decisions 131 and 149 of the labelled sets); the answer's verb is a second cue.
 */
export function questionAside(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.sawAux || v.i !== v.g || toks[v.i]!.lower !== 'asked') return false;
  if (v.i !== s.first && !isPunct(toks[v.i - 1], ',')) return false;
  if (!QUESTION_OPENERS.has(v.next?.lower ?? '')) return false;
  for (let k = v.end + 1; k < s.last; k++) if (isPunct(toks[k], ',')) return true;
  return false;
}

/**
 * "Anyone with information is asked to call police": an appeal to the public, in the passive
 * with a subject of anyone at all, asks nothing of anyone in the story.
 */
function publicAppeal(ctx: Context, s: Sentence, v: Verb): boolean {
  if (!v.passive || ctx.tokens[v.end]?.lower !== 'to') return false;
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  return ANYONE.has(ctx.tokens[subject.np.start]!.lower);
}

/**
 * "had asked for almost twice the sum", "was asking for 40,000 euros", "asked the club for £2m":
 * asking a price, a sum for a thing, which carries no content (the asking price; the guideline's
 * requests are optional at most). Up to three words of whom it is asked may come before `for`;
 * a request for anything else ("asked for privacy", "asked for its money back") stays the
 * optional cue that shows its asker acting.
 */
function asksForThing(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  for (let k = v.end; k < s.last && k <= v.end + 3; k++) {
    const t = toks[k]!;
    if (t.lower === 'for') return sumAt(ctx, s, k + 1);
    if (!isWord(t) || isPunct(t) || QUESTION_OPENERS.has(t.lower) || t.lower === 'to') return false;
  }
  return false;
}

/** Whether a sum starts at `k`, past words of approximation: `40,000`, `£2m`, `almost twice`. */
function sumAt(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && APPROXIMATIONS.has(toks[k]!.lower)) k++;
  const t = toks[k];
  if (!t || k >= s.last) return false;
  return (
    t.kind === 'num' ||
    CURRENCIES.has(t.lower) ||
    MULTIPLES.has(t.lower) ||
    NUMBER_WORDS.has(t.lower)
  );
}

/** Numbers in words: `three` times the rent, `ten` thousand. */
const NUMBER_WORDS = ruleWords('numberWords');

/** Words before a sum: `almost`, `nearly`, `about`, `more than`, `up to`. */
const APPROXIMATIONS: ReadonlySet<string> = new Set([
  'about',
  'almost',
  'around',
  'at',
  'least',
  'more',
  'nearly',
  'over',
  'roughly',
  'some',
  'than',
  'to',
  'up',
]);

/** Currency signs that open a sum: `$`, `£`, `€`. */
const CURRENCIES: ReadonlySet<string> = new Set(['$', '£', '€']);

/** Multiples of a sum: `twice` what was budgeted, `double` the fee. */
const MULTIPLES: ReadonlySet<string> = new Set(['double', 'half', 'treble', 'triple', 'twice']);

/** Subjects of an appeal to the public: `anyone`, `anybody`. */
const ANYONE: ReadonlySet<string> = new Set(['anybody', 'anyone', 'whoever']);

/** Words that open the question after `asked`: `about`, `whether`, `why`. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'about',
  'how',
  'if',
  'what',
  'when',
  'whether',
  'who',
  'why',
]);

/**
 * A rule about speaking, not speech: a verb of talk under a ban ("not authorised to talk to the
 * press", "have been warned not to speak to the media", "barred from speaking to journalists",
 * "their contracts bar them from talking to reporters", "were instructed not to discuss the plans
 * with patients"), or the verb that lays the ban down ("have been told not to talk to the
 * press"). Nothing is said by anyone: it is how newsrooms state why a source is anonymous
 * (decisions 13, 97: no span), and an order at most (decision 73: optional).
 */
export function silenced(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const lists = silencingOf(v.entry);
  if ((lists & TALK_LEMMA) !== 0) return !notAuthorisedTo(ctx, s, v) || banned(ctx, s, v.g);
  if ((lists & BANNING_LEMMA) === 0) return false;
  // "told not to talk", "warned last month not to speak": the ban's verb before `not to` + talk
  for (let k = v.end; k < s.last && k <= v.end + 4; k++) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return false;
    if (t.lower === 'not' && toks[k + 1]?.lower === 'to') return TALK.has(toks[k + 2]?.lower ?? '');
  }
  return false;
}

/**
 * Whether the talk verb group starting at `g` is banned: `warned not to`, `told last month not
 * to`, `barred from`, `bar them from`, `forbidden from`.
 */
function banned(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  const p = toks[g - 1];
  if (!p || g - 1 <= s.first) return false;
  if (p.lower === 'from') {
    let k = g - 2;
    if (OBJECT_PRONOUNS.has(toks[k]?.lower ?? '')) k--;
    return BARRING.has(toks[k]?.lower ?? '');
  }
  if (p.lower !== 'to' || toks[g - 2]?.lower !== 'not') return false;
  for (let k = g - 3; k >= s.first && k >= g - 6; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return false;
    if (BANS.has(t.lower)) return true;
    if ((t.f & F.REPORT) !== 0 || BARRING.has(t.lower)) return false;
  }
  return false;
}

/**
 * Lemmas of talk that a ban can govern (their base forms follow `not to`): `speak`, `talk`,
 * `discuss`, `comment`, `mention`.
 */
const TALK: ReadonlySet<string> = new Set(['comment', 'discuss', 'mention', 'speak', 'talk']);

/** Lemmas of laying down a ban on talk: `told not to`, `warned not to`, `instructed not to`. */
const BANNING: ReadonlySet<string> = new Set([
  'advise',
  'caution',
  'instruct',
  'order',
  'remind',
  'tell',
  'warn',
]);

/**
 * `TALK` and `BANNING` of a verb's lemma, kept by the lemma (lexicon.ts's `lemmaBits`): `silenced` asks
 * them of every verb cue, a Set probe each.
 */
const silencingOf = lemmaBits(() => [TALK, BANNING]);
const TALK_LEMMA = 1 << 0;
const BANNING_LEMMA = 1 << 1;

/** Words of a ban before `not to` + talk: `told`, `warned`, `instructed`, `ordered`. */
const BANS: ReadonlySet<string> = new Set([
  'advised',
  'cautioned',
  'instructed',
  'ordered',
  'reminded',
  'told',
  'warned',
]);

/** Words of barring before `from` + talk: `barred from speaking`, `bar them from talking`. */
const BARRING: ReadonlySet<string> = new Set([
  'ban',
  'banned',
  'bar',
  'barred',
  'bars',
  'forbid',
  'forbidden',
  'forbids',
  'prohibited',
]);

/** Objects between a bar and its `from`: `bar them from talking`. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us']);

/**
 * "who was not authorized to speak publicly", "not permitted to discuss the case": the reason a
 * source is anonymous, not something said.
 */
function notAuthorisedTo(ctx: Context, s: Sentence, v: Verb): boolean {
  const p = beforeVerb(ctx, s, v);
  return !(p?.lower === 'to' && AUTHORISATION.has(ctx.tokens[v.i - 2]?.lower ?? ''));
}

/** `tell`: not `all told`, `telling the difference`, `tell apart`, or a generic `will tell you`. */
function tellsSomething(ctx: Context, s: Sentence, v: Verb): boolean {
  const p = beforeVerb(ctx, s, v);
  const n = afterVerb(ctx, v);
  const toks = ctx.tokens;
  const i = v.i;
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
    toks[i - 2]?.lower !== 'i' &&
    !campTells(ctx, s, v)
  )
    return false;
  for (let k = i + 1; k <= i + 3 && k < s.last; k++) if (toks[k]!.lower === 'apart') return false;
  return true;
}

/**
 * "Pollsters will tell you that", "The bank's defenders will tell you that": a plural group noun
 * as the subject is a camp whose line the writer predicts because they hold it (points 240 and
 * 261: required), not the generic "any banker will tell you" or "they'd tell you".
 */
function campTells(ctx: Context, s: Sentence, v: Verb): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  const toks = ctx.tokens;
  const { start, head } = subject.np;
  const first = toks[start]!.lower;
  return (
    !GENERIC_OPENERS.has(first) && toks[head]!.lower.endsWith('s') && toks[head]!.kind === 'word'
  );
}

/** Words that make a subject anyone at all: `any banker`, `every parent`, `anyone`. */
const GENERIC_OPENERS: ReadonlySet<string> = new Set([
  'any',
  'anybody',
  'anyone',
  'every',
  'everybody',
  'everyone',
  'most',
  'no',
]);

/** `call`: not `call for`, `call off`, or naming (`an account called “hinge_whisperer”`). */
function callsSomething(ctx: Context, s: Sentence, v: Verb): boolean {
  const p = beforeVerb(ctx, s, v);
  const n = afterVerb(ctx, v);
  if (n && (n.lower === 'for' || n.lower === 'off' || n.lower === 'on' || n.lower === 'up'))
    return false;
  return !(
    ctx.tokens[v.i]!.lower === 'called' &&
    p &&
    isContent(p) &&
    !ctx.name[v.i - 1] &&
    !isAdverb(p) &&
    // "one former official called it": a speaker is no thing being named; nor is a listed
    // person noun of no class of its own ("a former minister called it"), unless a name follows
    // ("a pal called Dex", "a figure called 'the Fixer'")
    !SPEAKER_CLASSES.has(headClass(ctx, v.i - 1)) &&
    !(listedAgentive(p.lower) && !nameFollows(ctx, s, v.i + 1))
  );
}

/**
 * `brand`: giving someone or something a label ("branded the plans “a disgrace”", "was branded a
 * liar", "branded him as reckless"), not marking goods or cattle ("branded goods", "the cattle
 * were branded").
 */
function brandsSomething(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let k = v.i + 1;
  if (labelStarts(toks[k])) return true;
  if (isPronoun(toks[k])) k++;
  else {
    const np = phraseStartingAt(ctx, k, s.last);
    if (!np) return false;
    k = np.end;
  }
  return k < s.last && (labelStarts(toks[k]) || quotedLabelAhead(ctx, s, k));
}

/**
 * Whether a quoted label or `as` comes a few words on, past the rest of a long object ("branded
 * the decision to close three libraries and a pool “a disgrace”") or a relative clause between
 * commas ("labelled the plan, which a panel drafted over two years, as"), before other punctuation.
 */
function quotedLabelAhead(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  let most = k + 10;
  for (let q = k; q < s.last && q <= most; q++) {
    const t = toks[q]!;
    if (isQuote(t) || t.lower === 'as') return true;
    if (isPunct(t, ',') && isRelative(toks[q + 1]) && most === k + 10) {
      // (past the clause to its closing comma, the label right after it)
      q++;
      while (q < s.last && q <= k + 30 && !isPunct(toks[q])) q++;
      if (!isPunct(toks[q], ',')) return false;
      most = q + 1;
      continue;
    }
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** Whether a label starts at `t`: a quotation, `a`/`an`, or `as`. */
export function labelStarts(t: Token | undefined): boolean {
  return !!t && (isQuote(t) || t.lower === 'a' || t.lower === 'an' || t.lower === 'as');
}

/** Whether a capitalised word comes within two words of `k`, past quotation marks. */
function nameFollows(ctx: Context, s: Sentence, k: number): boolean {
  let words = 0;
  for (let q = k; q < s.last && words < 2; q++) {
    const t = ctx.tokens[q]!;
    if (isQuote(t)) continue;
    if (t.kind !== 'word') return false;
    if (t.cap || ctx.name[q]) return true;
    words++;
  }
  return false;
}

/** Words before which `say` is the noun (a voice in a decision): `little say`, `the final say`. */
const SAY_NOUN_BEFORE = ruleWords('sayNounBefore');

const SAY_IDIOMS = ruleWords('sayIdioms');

/**
 * Whether the words from `k` are how much a fact says, ending there or going on to `about`:
 * "says everything,", "says a lot about", "says it all." (not "says much of the funding was").
 */
function saysMuch(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.lower ?? '';
  if (w === 'a' && toks[k + 1]?.lower === 'lot') k += 2;
  else if (w === 'it' && toks[k + 1]?.lower === 'all') k += 2;
  else if (SAYS_MUCH.has(w)) k++;
  else return false;
  const e = toks[k];
  return !e || k >= s.last || isPunct(e) || isQuote(e) || e.lower === 'about';
}

/** What a fact says: `says everything`, `says volumes`. */
const SAYS_MUCH: ReadonlySet<string> = new Set([
  'everything',
  'little',
  'much',
  'nothing',
  'plenty',
  'something',
  'volumes',
]);

/** Subjects that are facts, not speakers, right before `says`: `that`, `this`. */
const THING_SUBJECTS: ReadonlySet<string> = new Set(['that', 'this']);

/** Modals of a generic `tell you`: `any banker will tell you`, `they'd tell you`. */
const GENERIC_MODALS = ruleWords('genericModals');

/** What is answered by picking it up or opening it: `the phone`, `the door`. */
const ANSWERED_DEVICES = ruleWords('answeredDevices');

/** Participles of permission: `not authorized to speak`, `not permitted to discuss`. */
const AUTHORISATION = ruleWords('authorisation');

/** Words before an example's `say,`: a break in the sentence or `or`. */
const EXAMPLE_BREAKS: ReadonlySet<string> = new Set(['(', ',', '-', '--', 'or', '–', '—']);

/**
 * Whether bare `say` offers an example: a break or `or` before it, a comma after it and no
 * quotation next ("variables — say, the latitude of the winds —", "a few years or, say, a
 * decade"; not "and say, 'Let's try this'").
 */
function forExample(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const p = toks[v.i - 1];
  if (v.sawAux || v.i === s.first || !p || !EXAMPLE_BREAKS.has(p.lower)) return false;
  if (toks[v.end]?.lower !== ',') return false;
  const n = toks[v.end + 1];
  return !!n && !isQuote(n);
}

/**
 * Whether token `i` opens sentence `s`, past opening quotes, brackets and dashes: `“That said,`
 * inside a quotation is the discourse marker as much as `That said,` at the start.
 */
function opensSentence(ctx: Context, s: Sentence, i: number): boolean {
  for (let k = s.first; k < i; k++) {
    const t = ctx.tokens[k]!;
    if (!isQuote(t) && !(isPunct(t) && OPENERS.has(t.lower))) return false;
  }
  return true;
}

/** Punctuation that may stand before a sentence's first word: `(`, `[`, a dash. */
const OPENERS: ReadonlySet<string> = new Set(['(', '[', '—', '–', '-']);
