/**
 * Occupations a sentence only counts, describes or speaks of in general, whatever their count: "Some
 * shopkeepers can now book appointments online", "Several neighbours will pay more", "Dozens of
 * nurses are expected to benefit", "Two farmers need help", "Several pensioners suffered minor
 * injuries", "Some teachers lost their homes". A subject position alone makes no actor: ANNOTATION.md's
 * unnamed actor "acts ... in the story", and eval/labelled/DECISIONS.md leaves people who are only
 * described, counted, harmed or spoken of in general optional or unlabelled (decisions 17, 99, 102,
 * 103, 125, 158, 162, 176), while those who act are required.
 *
 * What is no act, in the writer's own clause (not what a cue reports, not a headline, whose present
 * is its past): an ability, possibility or advice (`can`, `might`, `should`); a future or a
 * forecast of a cost, a benefit or a state (`will pay`, `are expected to benefit`, `will be
 * eligible`; but "Lecturers are expected to vote next month" is a group's own act, decision 125);
 * a harm (`suffered injuries`, `died`, `lost their homes`); and the generic present (`need help`,
 * `face long waits`). A group act of gate27's list (group-acts.ts) stays an act in any form.
 */
import type { Context } from '../context';
import { isAdverb, isHeadline, isWord } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { opensClause } from './content-subject';
import { DEFINITE, groupActSubject } from './group-acts';
import { pastPickingClause } from './position';
import { befallenFuture, imaginedSubject } from './unheld-actors';

/**
 * Modals of an ability, a possibility or advice: their subject does nothing the story tells of
 * (`must` is obligedClass's: "Two landlords must now repay the deposits" are particular people).
 */
const MAY_MODALS: ReadonlySet<string> = new Set([
  'can',
  "can't",
  'cannot',
  'could',
  "couldn't",
  'may',
  'might',
  'should',
  "shouldn't",
]);

/** Modals of a future: a cost or a state ahead is no act, a group's own act ahead may be. */
const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', "won't", 'would', "wouldn't", "'ll"]);

/** Participles of a forecast before `to`: `are expected to`, `are set to`. */
const FORECASTS: ReadonlySet<string> = new Set(['due', 'expected', 'likely', 'poised', 'set']);

/**
 * Verbs of a cost, a benefit or a state that lies ahead: `pay`, `benefit`, `be` (a hardship ahead,
 * `will face`, is befallenFuture's, which keeps a suspect's charges).
 */
const COSTS: ReadonlySet<string> = new Set([
  'be',
  'benefit',
  'gain',
  'get',
  'have',
  'miss',
  'need',
  'pay',
  'qualify',
  'receive',
  'save',
  'see',
  'want',
]);

/** Past verbs of a harm undergone: `suffered`, `sustained`, `died`. */
const HARMS: ReadonlySet<string> = new Set([
  'died',
  'drowned',
  'perished',
  'suffered',
  'sustained',
]);

/** Determiners of one's own things, after `lost`: `lost their homes`. */
const OWN: ReadonlySet<string> = new Set(['her', 'his', 'its', 'my', 'our', 'their', 'your']);

/** Present verbs of an intended act before `to`: `plan to`, `vow to`. */
const INTENDING: ReadonlySet<string> = new Set([
  'aim',
  'aims',
  'intend',
  'intends',
  'plan',
  'plans',
  'prepare',
  'prepares',
  'threaten',
  'threatens',
  'vow',
  'vows',
]);

const BE: ReadonlySet<string> = new Set(['are', 'is', 'was', 'were']);
const HAVE: ReadonlySet<string> = new Set(['had', 'has', 'have']);

/**
 * Whether `np`, an occupation phrase in subject position that is not definite (bare, counted,
 * quantified or indefinite), opens a clause of the writer's own whose verb tells of no act (see
 * the top of this file).
 */
export function countedState(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (DEFINITE.has(toks[np.start]!.lower)) return false;
  for (let k = np.start; k <= np.head; k++) if (toks[k]!.kind === 'pos') return false;
  if (!opensClause(ctx, s, np.start) || isHeadline(ctx, s)) return false;
  if (groupActSubject(ctx, s, np)) return false;
  // what pages27's last look asks of bare plurals and indefinites: an imagined actor, a hardship ahead
  if (imaginedSubject(ctx, s, np.start, np.end) || befallenFuture(ctx, s, np.end)) return true;
  const picked = pastPickingClause(ctx, s, np, np.end);
  // ("Officers who attended the scene are due to be called": people a past act of theirs picks
  // out are the story's own)
  for (let q = np.end + 1; q < picked; q++) if (pastForm(toks[q]!)) return false;
  let k = skipAdverbs(ctx, s, picked);
  const v = toks[k];
  if (!isWord(v) || k >= s.last) return false;
  const w = v.lower;
  if (MAY_MODALS.has(w)) {
    const j = skipAdverbs(ctx, s, k + 1);
    const n = toks[j];
    // ("could have warned": a guess at the past; "could not say": a refusal the story reports)
    const refusal =
      (n?.f ?? 0) & F.REPORT && (w.endsWith("n't") || w === 'cannot' || negation(ctx, k, j));
    // ("could be seen throwing stones": an act depicted)
    if (n?.lower === 'be' && toks[j + 2]?.lower.endsWith('ing')) return false;
    return isWord(n) && n.lower !== 'have' && !refusal;
  }
  if (FUTURE_MODALS.has(w)) return cost(toks[skipAdverbs(ctx, s, k + 1)]?.lower);
  if (BE.has(w)) {
    // "are expected to benefit", "are set to pay more"
    const p = toks[(k = skipAdverbs(ctx, s, k + 1))];
    if (!p || !FORECASTS.has(p.lower) || toks[k + 1]?.lower !== 'to') return false;
    return cost(toks[skipAdverbs(ctx, s, k + 2)]?.lower);
  }
  if (HAVE.has(w)) {
    const p = toks[(k = skipAdverbs(ctx, s, k + 1))];
    return !!p && harm(p.lower, toks[k + 1]?.lower);
  }
  if (harm(w, toks[k + 1]?.lower)) return true;
  return genericPresent(v, toks[k + 1]?.lower ?? '', toks[np.head]!.lower);
}

/** Whether token `t` is a past form: an `-ed` word (not `need`) or an irregular past. */
function pastForm(t: { lower: string; f: number; kind: string }): boolean {
  if (t.kind !== 'word') return false;
  return (t.lower.endsWith('ed') && t.lower !== 'need') || (t.f & F.IRREGULAR) !== 0;
}

/** Whether a `not` stands among tokens `(a, b)`. */
function negation(ctx: Context, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (ctx.tokens[k]!.lower === 'not') return true;
  return false;
}

/** Whether `w` is a verb of a cost, a benefit or a state ahead. */
function cost(w: string | undefined): boolean {
  return !!w && COSTS.has(w);
}

/** Whether `w` (before `next`) is a harm undergone: `suffered`, `died`, `lost their`. */
function harm(w: string, next: string | undefined): boolean {
  return HARMS.has(w) || (w === 'lost' && OWN.has(next ?? ''));
}

/**
 * Whether `v`, the word after the subject, is a verb in the present that agrees with it (`need`
 * after a plural, `needs` after one): no past (`-ed`, an irregular form), no function word, no
 * verb of saying (a generic voice is generic-voice.ts's).
 */
function genericPresent(v: { lower: string; f: number }, next: string, head: string): boolean {
  const w = v.lower;
  if ((v.f & (F.FUNC | F.DET | F.PREP | F.AUX | F.BE | F.IRREGULAR | F.REPORT | F.ADV)) !== 0)
    return false;
  // (`need` is no past)
  if ((w.endsWith('ed') && w !== 'need') || w.endsWith('ing') || w.endsWith('ly')) return false;
  // ("activists plan to blockade the port": a group's own act ahead, decision 125)
  if (INTENDING.has(w) && next === 'to') return false;
  const single = !head.endsWith('s') && !/(?:men|people|ren)$/.test(head);
  return single ? /[^s]s$/.test(w) : !/[^s]s$/.test(w);
}

/** The index of the first word at or after `k` that is no adverb and no `not`. */
function skipAdverbs(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  while (k < s.last && (isAdverb(toks[k]) || toks[k]!.lower === 'not')) k++;
  return k;
}
