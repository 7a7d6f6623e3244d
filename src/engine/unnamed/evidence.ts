/**
 * Evidence with no issuer in the phrase (decisions 69, 94 and 105 of the labelled sets): tests
 * that find something ("early tests pointed to slurry", "Tests carried out last week found
 * cholera", "after new DNA tests linked the crime to"), and records the writer relies on to say
 * who someone is ("two men, described in court filings as a manager and a driver", "the firm,
 * identified by the paper through company records"). Whoever ran the tests or filed the records
 * is not in the phrase: an unnamed document, even where a named speaker tells of it.
 */
import type { Context } from '../context';
import { isPrep, isPunct, isVerbLike } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { IN_BE_FORMS, IN_RECORDINGS, listsOf } from './words';

/**
 * Heads of tests, examinations and what they yield: `tests`, `samples`, `autopsy`, `a scan`,
 * `an MRI`, `a post-mortem examination` (decision 142: a test, scan or check with no issuer).
 */
const TEST_HEADS: ReadonlySet<string> = new Set([
  'autopsies',
  'autopsy',
  'examination',
  'examinations',
  'mri',
  'mris',
  'scan',
  'scans',
  'test',
  'post-mortem',
  'post-mortems',
  'postmortem',
  'postmortems',
  'samples',
  'tests',
]);

/** Verbs by which evidence tells what happened: `found`, `showed`, `pointed to`, `linked`. */
const EVIDENTIAL_VERBS: ReadonlySet<string> = new Set([
  'confirm',
  'confirmed',
  'confirms',
  'detected',
  'detects',
  'establish',
  'established',
  'establishes',
  'find',
  'finds',
  'found',
  'identified',
  'identifies',
  'indicate',
  'indicated',
  'indicates',
  'link',
  'linked',
  'links',
  'matched',
  'point',
  'pointed',
  'points',
  'proved',
  'reveal',
  'revealed',
  'reveals',
  'show',
  'showed',
  'shown',
  'shows',
  'suggest',
  'suggested',
  'suggests',
  'tied',
  'traced',
]);

/** Words after which a clause's subject stands: `that`, `after`, `but`, a comma. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ',',
  'after',
  'and',
  'as',
  'because',
  'before',
  'but',
  'since',
  'that',
  'until',
  'when',
  'while',
]);

/** Determiners of a test met before or owned: `the tests`, `his autopsy`, `no tests`. */
const KNOWN_DETERMINERS: ReadonlySet<string> = new Set([
  'any',
  'her',
  'his',
  'its',
  'my',
  'no',
  'our',
  'such',
  'that',
  'the',
  'their',
  'these',
  'this',
  'those',
  'your',
]);

/**
 * Words that end a subject before its verb: a relative start, a `by` that names who did it, a
 * second verb ("Tests began on Monday and found").
 */
const SUBJECT_ENDS: ReadonlySet<string> = new Set([
  'and',
  'by',
  'or',
  'that',
  'which',
  'who',
  'whose',
]);

/** How many words a participle phrase after the tests may take: "carried out last week". */
const PARTICIPLE_REACH = 8;

/**
 * Whether `np` is new tests with no one named in them that find something as the subject of
 * their clause: "Early tests pointed to agricultural slurry", "said early tests pointed to",
 * "after new DNA tests linked the crime to a man". Not tests met before or owned ("the tests",
 * "his autopsy"), nor tests a `by` phrase gives a maker ("Tests carried out by the ministry").
 */
export function findingTests(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!TEST_HEADS.has(toks[np.head]!.lower)) return false;
  const first = toks[np.start]!;
  if (KNOWN_DETERMINERS.has(first.lower) || first.kind === 'pos') return false;
  // (a body's own regular checks: "routine tests detected E. coli, the utility said", "in-house
  // tests turned up nothing", the team manager said)
  for (let k = np.start - MODIFIER_REACH; k < np.head; k++)
    if (k >= s.first && OWN_CHECKS.has(toks[k]!.lower)) return false;
  for (let k = np.start; k < np.coreEnd; k++)
    if ((ctx.name[k] && !acronym(ctx, k)) || toks[k]!.kind === 'pos') return false;
  // the subject of its clause: at the sentence's start, after a reporting verb or an opener,
  // past its adjectives and an acronym ("early tests", "new DNA tests")
  let b = np.start - 1;
  for (let n = 0; n < MODIFIER_REACH && b >= s.first && modifier(ctx, b); n++) b--;
  while (b >= s.first && toks[b]!.kind === 'quote') b--;
  const before = b >= s.first ? toks[b]! : undefined;
  if (before && !CLAUSE_OPENERS.has(before.lower) && (before.f & F.REPORT) === 0) return false;
  // past a participle phrase that names no one ("carried out last week"), auxiliaries and
  // adverbs ("have since confirmed"), the verb of finding
  let k = np.coreEnd;
  const limit = Math.min(s.last, np.coreEnd + PARTICIPLE_REACH);
  for (; k < limit; k++) {
    const t = toks[k]!;
    // (not a noun after a count or a determiner: "taken at eleven points")
    if (EVIDENTIAL_VERBS.has(t.lower)) return !nounSlot(toks[k - 1]!);
    if (isPunct(t) || t.kind === 'quote' || ctx.name[k] || SUBJECT_ENDS.has(t.lower)) return false;
    // (a passive says what was done to them: "Samples were taken at eleven points")
    if ((listsOf(t) & IN_BE_FORMS) !== 0) return false;
  }
  return false;
}

/** Modifiers of a body's own regular checks: `routine`, `internal`, `in-house`. */
const OWN_CHECKS: ReadonlySet<string> = new Set([
  'in-house',
  'internal',
  'own',
  'regular',
  'routine',
]);

/** Whether a word after token `t` is a noun: `t` is a count, a determiner or a preposition. */
function nounSlot(t: Token): boolean {
  return t.kind === 'num' || (t.f & (F.DET | F.QUANT)) !== 0 || isPrep(t);
}

/** How many modifiers may stand before the head outside its phrase: "new DNA tests". */
const MODIFIER_REACH = 3;

/** Word classes no modifier of a test has: determiners, verbs, pronouns. */
const NOT_MODIFIER = F.DET | F.QUANT | F.REPORT | F.AUX | F.PRON | F.PREP;

/**
 * Whether token `k` is a modifier of the head after it: a lowercase word of no other class
 * ("early", "further", "independent") or an acronym ("DNA", "PCR"), not a name.
 */
function modifier(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.kind !== 'word' || (t.f & NOT_MODIFIER) !== 0 || CLAUSE_OPENERS.has(t.lower)) return false;
  if (KNOWN_DETERMINERS.has(t.lower) || isVerbLike(t)) return false;
  if (!ctx.name[k]) return !t.cap || k === ctx.sentences[ctx.sentenceOf[k]!]!.first;
  return acronym(ctx, k);
}

/**
 * Whether token `k` is the acronym of a kind of test ("DNA", "PCR", "MRI"), capitalised like a
 * name but naming no one (not a body's: "BBC tests").
 */
function acronym(ctx: Context, k: number): boolean {
  return TEST_KINDS.has(ctx.tokens[k]!.lower);
}

/** Acronyms of kinds of test: `DNA`, `PCR`, `MRI`. */
const TEST_KINDS: ReadonlySet<string> = new Set([
  'ct',
  'dna',
  'ecg',
  'eeg',
  'hiv',
  'mri',
  'pcr',
  'rna',
]);

/** Verbs that say who or what someone is: `identified`, `described`, `named`, `listed`. */
const IDENTIFYING: ReadonlySet<string> = new Set([
  'characterised',
  'characterized',
  'described',
  'designated',
  'identified',
  'labeled',
  'labelled',
  'listed',
  'named',
  'referred',
]);

/** Words that may stand between the verb and the document: "identified only in". */
const BETWEEN: ReadonlySet<string> = new Set(['only', 'publicly', 'simply', 'to']);

/** How many words a `by` phrase between the verb and the document may take: "by the Courier". */
const BY_REACH = 6;

/**
 * Whether `np`, a document with no determiner, name or owner, is what the writer relies on to say
 * who someone is: "described in court filings as a logistics manager", "is identified in court
 * papers only as", "which was identified by the Courier through company records". Not one that
 * only fails to name ("who is not named in court filings": no `as`, no `through`).
 */
export function identifyingRecords(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((first.f & (F.DET | F.QUANT)) !== 0 || first.kind === 'pos' || first.kind === 'num')
    return false;
  for (let k = np.start; k < np.coreEnd; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  const prep = toks[np.start - 1]?.lower;
  if (prep !== 'in' && prep !== 'through') return false;
  // `as` after the document ("in court filings as", "in court papers only as"), or `through`
  let after = np.coreEnd;
  if (toks[after]?.lower === 'only') after++;
  if (prep === 'in' && toks[after]?.lower !== 'as') return false;
  // the verb of identifying before the preposition, past "only" or a `by` phrase
  let v = np.start - 2;
  while (v > s.first && BETWEEN.has(toks[v]!.lower)) v--;
  if (!IDENTIFYING.has(toks[v]?.lower ?? '')) {
    let by = v;
    while (by > s.first && by > v - BY_REACH && toks[by]!.lower !== 'by' && !isPunct(toks[by]))
      by--;
    if (toks[by]?.lower !== 'by') return false;
    v = by - 1;
    while (v > s.first && BETWEEN.has(toks[v]!.lower)) v--;
    if (!IDENTIFYING.has(toks[v]?.lower ?? '')) return false;
  }
  // (not negated: "is not named in court filings as")
  const n = toks[v - 1]?.lower;
  return n !== 'not' && n !== "n't" && n !== 'never';
}

/** Determiners of a recording met before, or one of several: `the footage`, `One video`. */
const RECORDING_DETERMINERS: ReadonlySet<string> = new Set([
  'one',
  'that',
  'the',
  'these',
  'this',
  'those',
]);

/** Adverbs by which the writer weighs what a recording shows: `allegedly`, `apparently`. */
const WEIGHING_ADVERBS: ReadonlySet<string> = new Set([
  'allegedly',
  'apparently',
  'purportedly',
  'reportedly',
  'seemingly',
]);

/** Verbs of seeming before `to show`: `appear`, `seem`, `purport`. */
const SEEMING: ReadonlySet<string> = new Set([
  'appear',
  'appeared',
  'appears',
  'purport',
  'purported',
  'purports',
  'seem',
  'seemed',
  'seems',
]);

/** Verbs by which a recording shows: `show`, `depict`. */
const SHOWING: ReadonlySet<string> = new Set([
  'depict',
  'depicted',
  'depicts',
  'show',
  'showed',
  'shows',
]);

/** Auxiliaries of a negated `show`: "does not show". */
const DO_FORMS: ReadonlySet<string> = new Set(['did', 'do', 'does']);

/** Words after `by` that give a poster a name: `called`, `named`. */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named']);

/**
 * Whether `np`, a recording mentioned again at the start of its sentence ("The images", "The
 * footage", "One video"), is weighed as evidence for what it shows: "The images, which were
 * shared thousands of times, allegedly show", "One video, which the paper has geolocated, appears
 * to show", "The footage does not show the moment of impact" (decision 95 of the labelled sets: a
 * video relied on for what it appears to show). A plain "The photo showed a newborn" only depicts;
 * a poster the aside names ("first shared by an account called ...") is its issuer.
 */
export function weighedRecording(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if ((listsOf(toks[np.head]) & IN_RECORDINGS) === 0) return false;
  if (!RECORDING_DETERMINERS.has(toks[np.start]!.lower)) return false;
  let open = s.first;
  while (open < np.start && toks[open]!.kind === 'quote') open++;
  if (open !== np.start) return false;
  for (let k = np.start; k < np.coreEnd; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  let k = np.coreEnd;
  // past an aside ("The images, which were posted to the forum by a user,"), whose `by` names
  // no poster
  if (isPunct(toks[k], ',')) {
    k++;
    while (k < s.last && !isPunct(toks[k], ',')) {
      if (toks[k]!.lower === 'by' && namedPoster(ctx, k + 1)) return false;
      k++;
    }
    if (k >= s.last) return false;
    k++;
  } else if (k !== np.end) return false;
  // weighed: "allegedly show", "appear to show", "does not show"
  let weighed = false;
  if (WEIGHING_ADVERBS.has(toks[k]?.lower ?? '')) {
    weighed = true;
    k++;
  }
  if (SEEMING.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'to') {
    weighed = true;
    k += 2;
  } else if (DO_FORMS.has(toks[k]?.lower ?? '') && NEGATIONS.has(toks[k + 1]?.lower ?? '')) {
    weighed = true;
    k += 2;
  }
  return weighed && SHOWING.has(toks[k]?.lower ?? '');
}

/** Negations of `do`: `not`, `n't`. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't"]);

/**
 * Whether the poster after `by` at `k` is named: a name, a quotation or "called" within three
 * words past a determiner ("by an account called", "by Ana Ruiz"; not "by a user with a history").
 */
function namedPoster(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if ((toks[k]?.f ?? 0) & F.DET) k++;
  for (let q = k; q < k + 3 && q < toks.length; q++) {
    const t = toks[q]!;
    if (ctx.name[q] || t.kind === 'quote' || NAMING_WORDS.has(t.lower)) return true;
    if (isPunct(t)) return false;
  }
  return false;
}

/** Plural heads of measurements a finding may stand in: `polls`, `studies`, `tests`. */
const MEASUREMENTS: ReadonlySet<string> = new Set([
  'polls',
  'studies',
  'surveys',
  'tests',
  'trials',
]);

/**
 * Words that leave measurements unspecified, by count or by time: `most`, `several`, `earlier`.
 */
const UNSPECIFIED: ReadonlySet<string> = new Set([
  'earlier',
  'many',
  'most',
  'multiple',
  'numerous',
  'previous',
  'prior',
  'recent',
  'several',
  'some',
  'various',
]);

/** Words before `in` of taking part in measurements, not finding in them: `took part in`. */
const TAKING_PART: ReadonlySet<string> = new Set([
  'enrolled',
  'included',
  'involved',
  'part',
  'participants',
  'participate',
  'participated',
  'participating',
  'published',
  'used',
]);

/**
 * Whether `np` is unspecified measurements that a finding stands in: "which is ahead in most
 * polls", "has been linked to lower blood pressure in earlier small studies", "trailing its rival
 * in several tests". No one issued them in the phrase, and the writer relies on them (decisions
 * 69 and 105 of the labelled sets); not "took part in several trials".
 */
export function findingIn(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!MEASUREMENTS.has(toks[np.head]!.lower) || np.end !== np.coreEnd) return false;
  for (let k = np.start; k < np.coreEnd; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  let b = np.start - 1;
  for (let n = 0; n < MODIFIER_REACH && b > s.first; n++) {
    const w = toks[b]!.lower;
    if (!UNSPECIFIED.has(w) && !modifier(ctx, b)) break;
    b--;
  }
  let unspecified = false;
  for (let k = b + 1; k < np.head; k++) if (UNSPECIFIED.has(toks[k]!.lower)) unspecified = true;
  return unspecified && toks[b]?.lower === 'in' && !TAKING_PART.has(toks[b - 1]?.lower ?? '');
}
