/**
 * People seen, heard or shown doing something: "footage showed a masked man entering the
 * building", "saw armed men in uniform going door to door", "heard a man shouting"; and the
 * subject of an absolute clause after `with`: "demand was tepid, with several large funds
 * declining to take part". The phrase before the -ing participle acts in the event the witness,
 * the recording or the sentence tells of, and the story does not say who it is.
 */
import { endsLetterEd } from '../chars';
import type { Context } from '../context';
import { isAdverb, isPrep, isPunct } from '../context';
import { F, IRREGULAR_PAST, isIrregularParticiple, ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { wordBits } from '../word-bits';

/** Verbs of seeing, hearing and recording: `saw`, `heard`, `filmed`, `shows`. */
const PERCEPTION_VERBS = ruleWords('perceptionVerbs');
/** Participles of a state or of being acted on, not an act: `lying`, `wearing`, `being`. */
const STATE_PARTICIPLES = ruleWords('stateParticiples');
/** Determiners and counts of someone not known before: `a`, `another`, `several`, `two`. */
const INDEFINITE = ruleWords('indefinite');
const NUMBER_WORDS = ruleWords('numberWords');
/** Market crowds and the public, optional at most (decisions 90, 99): `investors`, `consumers`. */
const CROWDS = ruleWords('stanceCrowds');
/** Plain descriptions that count as unnamed actors when they act: `men`, `gunmen`. */
const AGENT_PEOPLE = ruleWords('agentPeople');

/**
 * Whether `np`, a new mention of people (indefinite, counted, or a bare `men`, `gunmen`; after a
 * sighting, any bare plural), is the object of a verb of perception and an -ing participle follows
 * it, after a prepositional phrase at most: "shows two men carrying a safe", "saw a woman in a red
 * coat running", "filmed staff pulling jars".
 */
export function perceivedActing(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.start - 1 < s.first || (listsOf(toks[np.start - 1]) & IN_PERCEPTION) === 0) return false;
  // ("filmed staff pulling jars from the shelves", "had seen workers in protective suits loading
  // crates": a bare group a witness or a camera caught at an act, as a counted one; not what a
  // speaker describes or recalls of a class, "described students checking phones every ninety
  // seconds", a habit)
  return (
    (newPeople(ctx, np) || (sightingVerb(toks[np.start - 1]!) && barePlural(ctx, np))) &&
    actingAfter(ctx, s, np)
  );
}

/**
 * Whether a perception verb tells of one sighting a witness or a recording caught (`saw`,
 * `filmed`, `spotted`, `had seen`, "a video appeared to show"), not a speaker's description or
 * memory (`described`, `recalled`), nor a present habit of seeing (`parents see children
 * struggling`), which tell of a class as often as of an event.
 */
function sightingVerb(t: Token): boolean {
  return !DESCRIBED_OR_RECALLED.test(t.lower) && !PRESENT_SEEING.test(t.lower);
}

/** Perception verbs of a description or a memory: `described`, `recalls`, `remembered`. */
export const DESCRIBED_OR_RECALLED = /^(?:describ|recall|rememb)/;

/** Present perception verbs, a habit of seeing as often as an event: `see`, `hears`, `watch`. */
const PRESENT_SEEING = /^(?:sees?|hears?|watch(?:es)?)$/;

/**
 * Whether `np` is a new mention (indefinite, counted or a bare plural) opening an absolute clause
 * after a comma and `with`, with an -ing participle: ", with two councillors demanding a recount",
 * ", with fans chanting" (not "with one resident claiming": a cue's, nor "with prices rising": no
 * actor).
 */
export function absoluteActing(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'with' || !isPunct(toks[np.start - 2], ',')) return false;
  if (np.start - 2 < s.first) return false;
  return (newPeople(ctx, np) || barePlural(ctx, np)) && actingAfter(ctx, s, np);
}

/**
 * Whether `np`, a new mention of people or a body (indefinite, counted, or a bare plural), is
 * followed by an -ing participle of a deed with its own complement, in a sentence that tells of
 * a past event: "fired tear gas at students protesting tuition increases", "a recording in which
 * a person identifying himself as a member demands payment", "leaked messages show dozens of
 * workers comparing payslips", "a turf war between two criminal groups fighting over a route".
 * The reduced relative tells what those people were doing in the story, wherever the phrase
 * stands. Not a condition or a class ("a man facing ten years", "residents living nearby",
 * "people working in the sector", "customers using the app pay more": no past event), a victim
 * (`reason` has judged harm before), a definite or owned phrase (the entities' to judge), nor
 * the public or a market crowd.
 */
export function participleActing(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const k = np.end;
  if (k !== np.coreEnd || k + 1 >= s.last || !participle(ctx, k)) return false;
  const v = toks[k]!.lower;
  if ((listsOf(toks[k]) & IN_STATE) !== 0 || CONDITION_ING.has(v)) return false;
  // (a complement of its own: an object, a preposition's phrase or a particle; not "Residents
  // protesting, the council relented", a participle alone)
  // ("a tribunal finding that": a noun of content; "staff during briefings": a preposition)
  const c = toks[k + 1]!;
  if ((c.kind !== 'word' && c.kind !== 'num') || c.lower === 'that') return false;
  if ((toks[k]!.f & (F.PREP | F.FUNC)) !== 0) return false;
  // (a name the participle gives identifies them: "A crew calling itself Grey Harbour")
  if (REFLEXIVES.has(c.lower) && (ctx.name[k + 2] || ctx.name[k + 3])) return false;
  if (!(newPeople(ctx, np) || barePlural(ctx, np))) return false;
  if (toks[np.head]!.lower === 'people' && np.start === np.head) return false;
  // (not whom a speaker describes or recalls at a habit, "described \"a service running\"", nor
  // an infinitive's aim, "to convey a person speaking slowly", nor a wish or a supposition)
  let j = np.start - 1;
  while (j >= s.first && toks[j]!.kind === 'quote') j--;
  const b = toks[j];
  if (b && DESCRIBED_OR_RECALLED.test(b.lower)) return false;
  // (after `to`, the phrase and its participle are a fact a cause is laid at: "linked the slump
  // to workers retiring early", "due to staff leaving")
  if (b && b.lower === 'to') return false;
  if (b && b.kind === 'word' && toks[j - 1]?.lower === 'to' && (b.f & F.FUNC) === 0) return false;
  for (let q = j; q >= s.first && q > j - 12; q--) {
    const t = toks[q]!;
    if (isPunct(t)) break;
    if (UNREAL.has(t.lower) || (t.lower === 'as' && AS_IF.has(toks[q + 1]?.lower ?? '')))
      return false;
  }
  // (a body the sentence names next: "a political action committee backing Tilden, Wexmoor
  // Forward, sent")
  for (let q = k + 1; q < s.last && q <= k + 12; q++)
    if (isPunct(toks[q], ',')) {
      if (ctx.name[q + 1]) return false;
      break;
    }
  return pastInSentence(ctx, s, np.start, k);
}

/** Reflexive pronouns after a participle of naming: `calling itself`. */
export const REFLEXIVES: ReadonlySet<string> = new Set([
  'herself',
  'himself',
  'itself',
  'themselves',
]);
/** Words of a wish, a plan or a supposition: `if`, `would`, `hopes`, `could`. */
const UNREAL = ruleWords('unrealWords');
/** Words after `as` that make a likeness, not an event: `as if`, `as though`. */
const AS_IF: ReadonlySet<string> = new Set(['if', 'though']);

/**
 * -ing forms of a condition, a placement or a class rather than a deed of the story: `facing`
 * (a charge), `living`, `working` (in a sector), `using`, `waiting`, `seeking`.
 */
const CONDITION_ING: ReadonlySet<string> = new Set([
  'attending',
  'arriving',
  'belonging',
  'coming',
  'facing',
  'feeling',
  'hoping',
  'including',
  'involving',
  'leaving',
  'living',
  'looking',
  'needing',
  'owning',
  'paying',
  'remaining',
  'representing',
  'seeking',
  'serving',
  'staying',
  'suffering',
  'travelling',
  'traveling',
  'trying',
  'using',
  'waiting',
  'wanting',
  'willing',
  'working',
]);

/**
 * Whether the sentence has a finite past or perfect outside the phrase and its participle
 * (`from` to `to`): "fired", "had been", "were", "has filed".
 */
function pastInSentence(ctx: Context, s: Sentence, from: number, to: number): boolean {
  const toks = ctx.tokens;
  // (in the same stretch of quotation or of narrative: "One user wrote: \"Two grown women
  // fighting over a party.\"" is no event the story tells)
  let quotes = 0;
  for (let q = s.first; q < from; q++) if (toks[q]!.kind === 'quote') quotes++;
  for (let q = s.first; q < s.last; q++) {
    if (toks[q]!.kind === 'quote' && q < from) quotes--;
    if (toks[q]!.kind === 'quote' && q > to) quotes++;
    if (q >= from && q <= to) continue;
    const t = toks[q]!;
    if (t.kind !== 'word' || t.cap || quotes % 2 !== 0) continue;
    if (t.lower === 'had' || t.lower === 'was' || t.lower === 'were') return true;
    // (a perfect, not "has 25 crews": a possession in the present)
    if (t.lower === 'has' || t.lower === 'have') {
      const p = toks[q + 1]?.lower ?? '';
      if (p === 'been' || endsLetterEd(p) || isIrregularParticiple(p)) return true;
      continue;
    }
    if ((t.f & F.AUX) !== 0 || ((toks[q - 1]?.f ?? 0) & (F.DET | F.AUX)) !== 0) continue;
    const w = t.lower;
    // (an irregular participle that is no present too: "said", "sold", not "put", "cut")
    if (
      endsLetterEd(w) ||
      IRREGULAR_PAST.has(w) ||
      (isIrregularParticiple(w) && !SAME_AS_PRESENT.has(w))
    )
      return true;
  }
  return false;
}

/** Irregular pasts spelt as their present: `put`, `set`, `cut`, `let`, `read`. */
const SAME_AS_PRESENT: ReadonlySet<string> = new Set([
  'bet',
  'cast',
  'cost',
  'cut',
  'hit',
  'hurt',
  'let',
  'put',
  'quit',
  'read',
  'set',
  'shut',
  'split',
  'spread',
]);

/**
 * Whether `np` is a bare plural of no determiner, count or owner: ", with fans chanting for his
 * dismissal", ", with volunteers serving hot meals" (a group the absolute clause shows acting,
 * decisions 146 and 147; `reason` asks it only of people and bodies).
 */
function barePlural(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((first.f & (F.DET | F.QUANT)) !== 0 || first.kind === 'num') return false;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  const head = toks[np.head]!.lower;
  // (not a market or the public: ", with consumers seeking out fresh fish", decisions 90, 99;
  // a workforce's collective noun is plural without an -s: ", with staff writing orders by hand")
  return (/[^s]s$/.test(head) || COLLECTIVES.has(head)) && !ctx.name[np.head] && !CROWDS.has(head);
}

/** Collective nouns of a workforce, plural without an -s: `staff`, `crew`, `personnel`. */
const COLLECTIVES: ReadonlySet<string> = new Set(['crew', 'personnel', 'staff']);

/** Whether the phrase is a new mention: indefinite, counted, or a bare `men`, `gunmen`. */
function newPeople(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  const head = toks[np.head]!;
  const bare = (first.f & (F.DET | F.QUANT)) === 0 && first.kind !== 'num';
  return (
    (listsOf(first) & (IN_INDEFINITE | IN_NUMBER_WORDS)) !== 0 ||
    first.kind === 'num' ||
    (bare && head.lower.endsWith('men') && (listsOf(head) & IN_AGENT_PEOPLE) !== 0)
  );
}

/** Whether an -ing participle of an act follows the head of `np`. */
function actingAfter(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // the participle right after the head, or after a prepositional phrase the phrase may have
  // taken in with it ("a woman in a red coat running")
  let k = np.coreEnd;
  if (isPrep(toks[k])) {
    k++;
    while (k < s.last && k < np.coreEnd + 8 && !participle(ctx, k) && !isPunct(toks[k])) k++;
  }
  while (k < s.last && isAdverb(toks[k])) k++;
  return k < s.last && participle(ctx, k) && (listsOf(toks[k]) & IN_STATE) === 0;
}

/** Whether token `k` is an -ing participle: lowercase, and not a noun after a determiner. */
function participle(ctx: Context, k: number): boolean {
  const v = ctx.tokens[k];
  if (!v || v.kind !== 'word' || v.cap || !/[a-z]{2}ing$/.test(v.lower)) return false;
  return ((ctx.tokens[k - 1]?.f ?? 0) & F.DET) === 0;
}

/** The fixed lists this file asks of tokens, as bits of one answer (word-bits.ts). */
const listsOf = wordBits(() => [
  PERCEPTION_VERBS,
  STATE_PARTICIPLES,
  INDEFINITE,
  NUMBER_WORDS,
  AGENT_PEOPLE,
]);
const IN_PERCEPTION = 1 << 0;
const IN_STATE = 1 << 1;
const IN_INDEFINITE = 1 << 2;
const IN_NUMBER_WORDS = 1 << 3;
const IN_AGENT_PEOPLE = 1 << 4;
