/**
 * What an unnamed source tells of a body's people, whatever the verb: "A nurse who asked not to be
 * named said staff had been instructed not to discuss the case", "An insider said crews were
 * exhausted", "a guard said staff "just shrugged"". The source tells of a particular time, and a
 * bare group it places there, made to act, described or acting, is one the story does not name
 * (decisions 79 and 104 of the labelled sets: "staff were instructed to" and "staff" in an
 * anonymous doctor's account are required). Not a forecast, a duty or a habit ("would be paid",
 * "must wear masks", "want more pay": no past), nor what befell them ("staff were injured",
 * "crews died": victims who only undergo something stay unlabelled, the guideline).
 */
import type { Context } from '../context';
import { isAdverb } from '../context';
import { F, ruleWords } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { wordBits } from '../word-bits';

/** Past verbs of what befalls someone: `died`, `collapsed` (rule words). */
const UNDERGOING = ruleWords('undergoingVerbs');
/** Participles of harm or loss after `were`: `injured`, `killed`, `sacked`. */
const HARMED: ReadonlySet<string> = new Set([
  'attacked',
  'burned',
  'dismissed',
  'evacuated',
  'fired',
  'hit',
  'hospitalised',
  'hospitalized',
  'hurt',
  'injured',
  'killed',
  'laid',
  'made',
  'rescued',
  'sacked',
  'shot',
  'stabbed',
  'suspended',
  'trapped',
  'wounded',
]);
/**
 * Participles of being told or given something: the audience of a cue or a recipient, not
 * `unnamed` (decisions 71, 90: "staff had been told", "were given notice", "were shown").
 * Orders are acts asked of them and stay: `instructed`, `ordered`, `warned`, `asked`.
 */
const TOLD: ReadonlySet<string> = new Set([
  'briefed',
  'given',
  'informed',
  'notified',
  'offered',
  'paid',
  'promised',
  'sent',
  'shown',
  'told',
]);
/** Past forms of `be` and the perfect's `have`: the verb group tells of a past time. */
const PAST_BE: ReadonlySet<string> = new Set(['was', 'were', "wasn't", "weren't"]);
const PERFECT: ReadonlySet<string> = new Set(['had', 'has', 'have', "hadn't", "hasn't", "haven't"]);

const IN_UNDERGOING = 1 << 0;
const IN_HARMED = 1 << 1;
const IN_TOLD = 1 << 2;
const listsOf = wordBits(() => [UNDERGOING, HARMED, TOLD]);

/**
 * Whether the verb group at `k` (past adverbs, `not` and an opening quotation mark) is in the past
 * or the perfect and tells of no harm: `had been instructed`, `were exhausted`, `had appeared to
 * be overwhelmed`, `didn't know`, `seemed overwhelmed`; not `would work`, `are paid`, `were
 * injured`, `have a point`.
 */
export function pastReport(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const skip = (q: number): number => {
    while (
      q < s.last &&
      (isAdverb(toks[q]) || toks[q]!.kind === 'quote' || toks[q]!.lower === 'not')
    )
      q++;
    return q;
  };
  k = skip(k);
  const v = toks[k];
  if (!v || k >= s.last || v.kind !== 'word') return false;
  const w = v.lower;
  if (PAST_BE.has(w) || PERFECT.has(w)) {
    let p = skip(k + 1);
    if (toks[p]?.lower === 'been') p = skip(p + 1);
    // (a perfect needs its participle: not the present "have a point", "had a row")
    else if (!PAST_BE.has(w) && !participle(toks[p])) return false;
    return p < s.last && (listsOf(toks[p]) & (IN_HARMED | IN_UNDERGOING | IN_TOLD)) === 0;
  }
  if (w === 'did' || w === "didn't") return true;
  // (a past of its own, after a quotation mark too: `"just shrugged"`, `seemed`; not `died`)
  return participle(v) && (listsOf(v) & IN_UNDERGOING) === 0;
}

/** Whether `t` is shaped as a past participle: `-ed` or an irregular form (`told`, `gone`). */
function participle(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (/[a-z]ed$/.test(t.lower) || (t.f & F.IRREGULAR) !== 0);
}
