/**
 * Groups in the writer's general or hypothetical voice: a class the text speaks of as a kind
 * (`tools to fight militants`, `allows lawyers to work around`, `coders in general`) or people it
 * only imagines (`Lawmakers might feel compelled`, `if another bidder still wants it`). They
 * withhold no one: the guideline makes generic classes in general statements optional at most,
 * and an imagined actor did nothing the story tells of. Explainers, analysis and opinion pages
 * are full of both.
 */
import type { Context } from '../context';
import { isAdverb, isPunct, isWord } from '../context';
import { F, ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { pluralEnding } from './reason';
import { counted } from './words';

/** Modals of a possibility or a wish: what their subject would do has not happened. */
const POSSIBILITY_MODALS: ReadonlySet<string> = new Set([
  'can',
  "can't",
  'can’t',
  'cannot',
  'may',
  'might',
  'would',
  "wouldn't",
  'wouldn’t',
]);

/** Words that open a condition: its subject is imagined. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/** Indefinite determiners of one imagined actor: `a`, `another`, `any`. */
const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an', 'another', 'any']);

/** Words right after a group that make it the class as a whole: `coders in general`. */
const WHOLE_CLASS: ReadonlySet<string> = new Set(['alike', 'everywhere']);

/**
 * Verbs that let, make or need their object do something (`allows lawyers to`, `forces
 * companies to`), in the present: said of a class, not of people in a past event.
 */
const ENABLING_VERBS: ReadonlySet<string> = new Set([
  'allow',
  'allows',
  'enable',
  'enables',
  'encourage',
  'encourages',
  'force',
  'forces',
  'help',
  'helps',
  'let',
  'lets',
  'oblige',
  'obliges',
  'push',
  'pushes',
  'require',
  'requires',
]);

/** Prepositions of what a cue blames its object for: `criticise officers for failing`. */
const BLAME_PREPS: ReadonlySet<string> = new Set(['for', 'of', 'over']);

/** Adjective endings: `senior`, `federal`, `foreign`, `Asian` (not a verb: "to threaten"). */
const ADJECTIVE_SHAPE = /(?:al|ior|ic|ous|ary|ern|eign|ian|ese|ish)$/;

/** Whether `t` is a determiner, quantifier or number: the phrase is no bare class. */
function determined(t: Token): boolean {
  return (t.f & (F.DET | F.QUANT)) !== 0 || t.kind === 'num' || counted(t);
}

/**
 * Whether `np` is a bare plural: no determiner, count, possessive or name (`security forces`,
 * `sclerotic city regulators`).
 */
function barePlural(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (determined(toks[np.start]!) || !pluralEnding(toks[np.head]!.lower)) return false;
  for (let k = np.start; k < np.end; k++) if (toks[k]!.kind === 'pos' || ctx.name[k]) return false;
  return true;
}

/**
 * Whether a bare plural `np` is a class that the sentence speaks of in general where it stands as
 * an object: after an infinitive (`tools to fight militants`, `a bid to replace strikers`), after
 * a modal's verb (`We can streamline city regulators`), as the object of a present verb that lets
 * it act (`allows lawyers to work around`), or marked as the whole class (`coders in general`,
 * `investors and regulators alike`).
 */
export function generalClass(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  if (!barePlural(ctx, np)) return false;
  const toks = ctx.tokens;
  // (the phrase may have taken "in general" in as a post-modifier)
  const after = toks[np.coreEnd];
  if (after && np.coreEnd < s.last) {
    if (after.lower === 'in' && toks[np.coreEnd + 1]?.lower === 'general') return true;
    if (WHOLE_CLASS.has(after.lower)) return true;
  }
  if (generalSubject(ctx, s, np)) return true;
  const v = toks[np.start - 1];
  // (the word before must be a verb: not "to local authorities", "to senior ministers", where
  // the phrase left out an adjective after a preposition)
  if (
    np.start - 1 <= s.first ||
    !isWord(v) ||
    v.cap ||
    (v.f & (F.FUNC | F.ADV | F.PLACE)) !== 0 ||
    ADJECTIVE_SHAPE.test(v.lower)
  )
    return false;
  // ("appears to show soldiers firing": people depicted acting; "to criticise senior officers for
  // failing to act": people a claim is about)
  const next = toks[np.coreEnd];
  // ("to fight militants who had seized the town": a relative clause picks particular people out)
  if (
    next &&
    np.coreEnd < s.last &&
    ((next.kind === 'word' && next.lower.endsWith('ing')) ||
      BLAME_PREPS.has(next.lower) ||
      (next.f & F.REL) !== 0 ||
      next.lower === 'that')
  )
    return false;
  // "allows lawyers to sometimes work around these issues"
  if (ENABLING_VERBS.has(v.lower) && toks[np.end]?.lower === 'to') return true;
  // "giving managers time to sell", "by charging app developers fees": a gerund's object after a
  // preposition or a comma (not a progressive's, "were questioning suspects", nor a participle
  // after a noun, "the union representing nurses", nor an -ing modifier, "housing campaigners",
  // "leading media organisations")
  if (
    v.lower.length > 5 &&
    v.lower.endsWith('ing') &&
    !ING_MODIFIERS.has(v.lower) &&
    (toks[np.start - 2]!.kind !== 'word' || (toks[np.start - 2]!.f & (F.PREP | F.CONJ)) !== 0)
  )
    return true;
  // the verb's own auxiliary: `to` or a modal, past adverbs ("to quickly fight militants")
  let k = np.start - 2;
  while (k > s.first && isAdverb(toks[k])) k--;
  const aux = toks[k]!;
  return (
    (aux.lower === 'to' && toks[k - 1]?.lower !== 'according') || POSSIBILITY_MODALS.has(aux.lower)
  );
}

/** -ing words that modify a noun: `housing`, `banking`, `acting`, `leading`. */
const ING_MODIFIERS: ReadonlySet<string> = new Set([
  ...ruleWords('ingNouns'),
  ...ruleWords('industryIng'),
  ...ruleWords('titleIng'),
  'competing',
  'developing',
  'dissenting',
  'emerging',
  'existing',
  'growing',
  'leading',
  'neighboring',
  'neighbouring',
  'opposing',
  'participating',
  'protesting',
  'remaining',
  'rising',
  'striking',
  'warring',
]);

/** Words that open a clause of what happens in general: `a forum where scientists discuss`. */
const GENERAL_CLAUSES: ReadonlySet<string> = new Set(['how', 'where']);

/**
 * Whether a bare plural `np` is the subject of a `where` or `how` clause in the present: "a
 * website where scientists discuss published research", "how contractors are vetted".
 */
function generalSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.start <= s.first || !GENERAL_CLAUSES.has(toks[np.start - 1]!.lower)) return false;
  let k = np.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  // (not "where bosses are said to be rallying": particular people a hedge reports on)
  for (let q = k; q < s.last && q <= k + 2; q++)
    if ((toks[q]!.f & (F.HEDGE | F.RAISING | F.REPORT)) !== 0) return false;
  return (
    k < s.last &&
    isWord(v) &&
    !PAST_AUXILIARIES.has(v.lower) &&
    !/[a-z]ed$/.test(v.lower) &&
    (v.f & F.IRREGULAR) === 0 &&
    (v.f & (F.DET | F.PREP | F.QUANT)) === 0
  );
}

/** Past forms of the auxiliaries: `had`, `were`. */
const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'had', 'was', 'were']);

/**
 * Whether `np`, a bare plural or an indefinite (`Lawmakers`, `A ride-sharing service`, `another
 * bidder`), is the subject of a clause that only imagines it acting, in the writer's own words: a
 * modal of possibility after it (`Lawmakers might, in fact, feel compelled`, `publishers can simply
 * deny`; not `may have used`, a guess at what happened), or a condition before it (`if another
 * bidder still wants`). A cue before it makes the clause someone's account (`said lawmakers would
 * attempt an override`), which may tell of a plan.
 */
export function imaginedActor(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (!(INDEFINITES.has(first.lower) || barePlural(ctx, np))) return false;
  return (conditionSubject(ctx, s, np) || modalSubject(ctx, s, np)) && !cueBefore(ctx, s, np);
}

/** Whether a condition opens right before `np`: "if another bidder still wants to acquire it". */
function conditionSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let b = np.start - 1;
  while (b > s.first && isAdverb(toks[b])) b--;
  return b >= s.first && CONDITIONS.has(toks[b]!.lower);
}

/** Whether a modal of possibility and its verb follow `np`: "Lawmakers might, in fact, feel". */
function modalSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // past adverbs and a comma-enclosed aside
  let k = np.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (!POSSIBILITY_MODALS.has(toks[k]?.lower ?? '')) return false;
  let q = k + 1;
  while (q < s.last && (isAdverb(toks[q]) || toks[q]!.lower === 'not')) q++;
  if (isPunct(toks[q], ',')) {
    const close = asideClose(ctx, s, q);
    if (close < 0) return false;
    q = close + 1;
  }
  // "may have used it": a guess at a past act; "can be heard shouting": one depicted; "consumer
  // groups can comment": a cue speaks for the class (not "feel compelled", a linking verb)
  const v = toks[q];
  return (
    q < s.last &&
    isWord(v) &&
    v.lower !== 'have' &&
    (v.f & F.BE) === 0 &&
    ((v.f & F.REPORT) === 0 || /[a-z]ed$/.test(toks[q + 1]?.lower ?? ''))
  );
}

/** Whether a cue stands before `np` in its sentence: the clause is someone's account. */
function cueBefore(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  for (let k = s.first; k < np.start; k++) if ((ctx.tokens[k]!.f & F.REPORT) !== 0) return true;
  return false;
}

/** The comma that closes a short aside opened by the comma at `k`, or -1. */
function asideClose(ctx: Context, s: Sentence, k: number): number {
  for (let q = k + 1; q < s.last && q <= k + 5; q++) if (isPunct(ctx.tokens[q], ',')) return q;
  return -1;
}
