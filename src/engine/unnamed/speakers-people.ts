/**
 * People known only through the speaker who tells of them: "A lawyer for one of the officers said
 * his client had acted within policy", "A hospital administrator said her staff had caught three
 * errors". The possessive points back to the source of the cue, so the phrase says whose they
 * are, never who they are, and they act in what the source tells.
 *
 * Two kinds, each kept narrow where the labelled sets are (decisions 20, 67, 101, 119, 123, 126):
 * - a representative's clients, when the speaker's own phrase gives the principal only by a count
 *   or an indefinite ("a lawyer for one of the women", "an agent who represents three players",
 *   "Two players' agents"): representatives of unnamed principals, whose clients are required
 *   when they act. A principal named anywhere in the phrase ("A lawyer for Havel") or given by a
 *   definite description is left alone, and so are clients who only undergo something ("her
 *   clients had been pressured", victims, decision 102; optional at most, decision 119);
 * - peers and sides ("her colleagues", "his backers", "their critics"), whoever the speaker is: a
 *   named person's allies are still known only by closeness (decisions 6, 67), so any active verb
 *   will do ("said her colleagues were not trying to bring anyone down");
 * - a relative or friend who got word to someone ("said her husband had called her from a borrowed
 *   phone and told her"): relatives who speak are sources, required whoever the speaker is
 *   (decisions 6, 91); relatives who only live their lives or undergo something are left alone;
 * - the speaker's workforce or fighters ("his officers", "her staff", "his men"), when the speaker
 *   is an indefinite person with no name in the phrase: the people of a body the story does not
 *   name, who did something (decisions 80, 123). A named speaker's own people ("Sam Liu said his
 *   staff had locked the doors") stay unflagged, as do relatives and households ("said his family
 *   had worked the land": people living their lives, decision 6 makes them unnamed only as sources).
 */
import type { Context } from '../context';
import { isAdverb, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import { isPlaceName } from '../phrase/places';
import type { Sentence } from '../sentences';
import { inContent, madeToAct, pastAct, pastDoing } from './content-subject';

/** The third-person possessives that can point back to a speaker (not `its`: a body's). */
const SPEAKER_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

const CLIENTS: ReadonlySet<string> = new Set(['client', 'clients']);

/** A speaker's workforce, crew or fighters: those who act at the speaker's word or beside him. */
const WORKFORCE: ReadonlySet<string> = new Set([
  'crew',
  'crews',
  'employees',
  'fighters',
  'men',
  'officers',
  'personnel',
  'soldiers',
  'staff',
  'staffers',
  'troops',
  'workers',
]);

/** Words that tie a representative to a principal: "a lawyer for", "an agent who represents". */
const REPRESENTING: ReadonlySet<string> = new Set([
  'for',
  'of',
  'represent',
  'represented',
  'representing',
  'represents',
]);

/**
 * Peers and sides, known by closeness or stance, never by office: "said her colleagues were not
 * trying to bring anyone down", "said his backers were serious people" (decisions 6, 67, 80).
 */
const PEERS: ReadonlySet<string> = new Set([
  'allies',
  'associates',
  'backers',
  'colleagues',
  'critics',
  'detractors',
  'donors',
  'loyalists',
  'opponents',
  'rivals',
  'supporters',
]);

/** Relatives, friends and neighbours: `husband`, `sister`, `flatmate`. */
const RELATION_HEADS = ruleWords('relationHeads');

/** Pasts of getting word to someone: a relative who did so is a source (decision 6). */
const COMMUNICATING: ReadonlySet<string> = new Set([
  'called',
  'emailed',
  'messaged',
  'phoned',
  'rang',
  'texted',
  'told',
  'warned',
  'wrote',
]);

/** Determiners and counts of someone not known before: `a`, `one`, `several`, `three`. */
const INDEFINITE = ruleWords('indefinite');
const NUMBER_WORDS = ruleWords('numberWords');

const MODALS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'will',
  'would',
]);

/** Whether `np` is a client or a workforce of the speaker, told of as acting (see the header). */
export function speakersPeople(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!SPEAKER_POSSESSIVES.has(toks[np.start]!.lower)) return false;
  const head = toks[np.head]!.lower;
  const clients = CLIENTS.has(head);
  const peers = PEERS.has(head);
  const relation = RELATION_HEADS.has(head);
  if (!clients && !peers && !relation && !WORKFORCE.has(head)) return false;
  // the head ends the phrase, nothing between but words ("his two clients", not "her
  // clients' families")
  if (np.head !== np.coreEnd - 1) return false;
  for (let k = np.start + 1; k < np.head; k++)
    if (toks[k]!.kind !== 'word' || ctx.name[k]) return false;
  if (!inContent(ctx, s, np.start)) return false;
  const cue = cueBefore(ctx, s, np.start);
  if (cue < 0) return false;
  if (clients) return unnamedPrincipal(ctx, s.first, cue) && activeVerb(ctx, s, np.end);
  if (peers) return activeVerb(ctx, s, np.end);
  if (relation) return communicated(ctx, s, np.end);
  return (
    indefiniteSpeaker(ctx, s.first, cue) &&
    (pastAct(ctx, s, np.end) ||
      pastDoing(ctx, s, np.end) ||
      madeToAct(ctx, s, np.end, true) ||
      directedBy(ctx, s, np.end))
  );
}

/** The reporting verb whose content opens at `at` (past `that` and whom it tells), or -1. */
export function cueBefore(ctx: Context, s: Sentence, at: number): number {
  const toks = ctx.tokens;
  for (let k = at - 1; k >= s.first && k >= at - 6; k--) {
    const t = toks[k]!;
    if ((t.f & F.REPORT) !== 0 && !t.cap) return k;
    if (t.kind === 'punct') return -1;
  }
  return -1;
}

/**
 * Whether the words before the cue give the principal only by a count or an indefinite after a
 * word of representing ("for one of the officers", "representing three of the athletes", "of one
 * shortlisted writer"), or as a bare plural's possessive ("Two players' agents"). A name elsewhere
 * is the representative's own ("Jo Vell, a lawyer for one of them,"); a named principal ("a lawyer
 * for Havel") has no count after the word of representing.
 */
function unnamedPrincipal(ctx: Context, first: number, cue: number): boolean {
  const toks = ctx.tokens;
  for (let k = first; k < cue; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    if (REPRESENTING.has(t.lower) && next && k + 1 < cue && indefinite(next.lower)) return true;
    // ("Two players' agents": a plural principal with no determiner of its own)
    if (
      t.kind === 'pos' &&
      k - 1 > first &&
      /[a-z]s$/.test(toks[k - 1]!.lower) &&
      indefinite(toks[k - 2]!.lower)
    )
      return true;
  }
  return false;
}

/** Prepositions before a name that place a speaker rather than name one: "A nurse in Ostby". */
const PLACING: ReadonlySet<string> = new Set(['at', 'from', 'in', 'near', 'outside']);

/**
 * Whether the words before the cue open with an indefinite person and name no one (a name after
 * `in` or `at` places the speaker: "A hospital administrator in Ostby"; at a named body, its staff
 * are that body's, optional, decision 123).
 */
function indefiniteSpeaker(ctx: Context, first: number, cue: number): boolean {
  const toks = ctx.tokens;
  let k = first;
  while (k < cue && toks[k]!.kind === 'quote') k++;
  if (!indefinite(toks[k]?.lower ?? '') || toks[k]!.lower === 'some') return false;
  let placed = false;
  for (; k < cue; k++) {
    if (!ctx.name[k]) placed = PLACING.has(toks[k]!.lower);
    else if (!placed && !isPlaceName(ctx, k)) return false;
  }
  return true;
}

/** Whether `w` is an indefinite determiner or a number word: `a`, `one`, `several`, `two`. */
export function indefinite(w: string): boolean {
  return INDEFINITE.has(w) || NUMBER_WORDS.has(w);
}

/**
 * Whether the verb group at `k` is finite and active: "had acted", "would appeal", "was
 * considering", "was a mechanic"; not a passive ("had been pressured", "were not consulted").
 */
function activeVerb(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  if (!v || k >= s.last || v.kind !== 'word') return false;
  let q = k;
  if (MODALS.has(v.lower) || v.lower === 'has' || v.lower === 'have' || v.lower === 'had') q++;
  while (q < s.last && isAdverb(toks[q])) q++;
  const w = toks[q];
  if (!w || isPunct(w, ',')) return false;
  if (w.lower === 'be' || w.lower === 'been' || (w.f & F.BE) !== 0) {
    // (past a quotation mark: "had been 'kept in the dark'")
    let p = q + 1;
    while (p < s.last && (isAdverb(toks[p]) || toks[p]!.kind === 'quote')) p++;
    const part = toks[p];
    return !(
      part?.kind === 'word' &&
      (/[a-z]ed$/.test(part.lower) || (part.f & F.IRREGULAR) !== 0)
    );
  }
  return (
    q > k ||
    /[a-z]ed$/.test(w.lower) ||
    (w.f & F.IRREGULAR) !== 0 ||
    (w.f & F.AUX) !== 0 ||
    /[a-z]s$/.test(w.lower)
  );
}

/**
 * Whether the verb group at `k` is a past of getting word to someone: "had called her from a
 * borrowed phone", "texted her", "had warned them" (not "was told", a passive).
 */
function communicated(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (toks[k]?.lower === 'had') k++;
  while (k < s.last && isAdverb(toks[k])) k++;
  return k < s.last && COMMUNICATING.has(toks[k]!.lower);
}

/** Participles of an order given: `ordered`, `told`, `instructed`. */
const ORDERED: ReadonlySet<string> = new Set(['instructed', 'ordered', 'told']);

/**
 * Whether the verb group at `k` is a past passive of an order with its giver before the
 * infinitive: "had been told by superiors not to interfere", "were ordered by commanders to hold"
 * (`madeToAct` reads the order with the infinitive right after it).
 */
function directedBy(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const v = toks[k]?.lower;
  if (v === 'had' && toks[k + 1]?.lower === 'been') k += 2;
  else if (v === 'was' || v === 'were') k++;
  else return false;
  if (!ORDERED.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'by') return false;
  for (let q = k + 2; q < s.last && q <= k + 6; q++) {
    const t = toks[q]!;
    if (t.lower === 'to' || (t.lower === 'not' && toks[q + 1]?.lower === 'to')) return q > k + 2;
    if (t.kind !== 'word') return false;
  }
  return false;
}
