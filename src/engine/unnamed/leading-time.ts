/**
 * A time that opens a sentence with no comma before its subject: "Last month Skelbrook fans booed
 * the side off", "On Saturday residents blocked the road", "In March farmers dumped manure". News
 * often leaves the comma out after a short time phrase; the subject after it opens the main clause
 * as much as one after "Last month," does.
 */
import type { Context } from '../context';
import { isTimeWord } from '../context';
import { F } from '../lexicon';
import type { Sentence } from '../sentences';

/** Words that lead a time phrase: `last`, `this`, `on`, `in`, `early`. */
const TIME_LEADS: ReadonlySet<string> = new Set([
  'earlier',
  'early',
  'in',
  'last',
  'late',
  'later',
  'next',
  'on',
  'that',
  'this',
]);

/**
 * Whether the words from the sentence's start to `at` are a short time phrase only: a time word
 * (`Yesterday`, `Saturday`), or a lead and one or two time words or a year (`Last month`, `On
 * Saturday night`, `In March`, `In 2019`).
 */
export function leadingTime(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  const n = at - s.first;
  if (n < 1 || n > 3) return false;
  let k = s.first;
  if (n > 1) {
    if (!TIME_LEADS.has(toks[k]!.lower)) return false;
    k++;
  }
  for (; k < at; k++) {
    const t = toks[k]!;
    if (!isTimeWord(t) && !(t.kind === 'num' && /^(1[89]|20)\d\d$/.test(t.lower))) return false;
  }
  return true;
}

/** Words that open a time phrase after a subject: `on Monday`, `last week`, `earlier this month`. */
const ASIDE_LEADS: ReadonlySet<string> = new Set(['earlier', 'last', 'late', 'on', 'this']);
/** Time words alone after a subject: `Residents yesterday blocked`, `Villagers overnight built`. */
const ASIDE_ALONE: ReadonlySet<string> = new Set(['overnight', 'today', 'yesterday']);
/** Time words that name no time of their own after `on`: `on time`, `on deadline`, `on end`. */
const NO_TIME: ReadonlySet<string> = new Set(['deadline', 'end', 'now', 'then', 'time']);

/**
 * The token after a short time phrase at `k` between a subject and its verb, as news wire style
 * puts it ("Residents on Monday blocked the road", "Two men on Tuesday robbed a jeweller", "Some
 * parents last week withdrew their children", "Villagers overnight built a barricade"), when a
 * past verb or an auxiliary follows; `k` itself otherwise ("residents on Monday evening's
 * programme", "fans last season": no verb after).
 */
export function timeAside(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  const t = toks[k];
  if (!t || t.kind !== 'word' || k + 1 >= s.last) return k;
  let q = k;
  if (ASIDE_ALONE.has(t.lower)) q = k + 1;
  else if (ASIDE_LEADS.has(t.lower)) {
    q = k + 1;
    // ("earlier this month", "late on Friday")
    if (
      (t.lower === 'earlier' || t.lower === 'late') &&
      (toks[q]?.lower === 'this' || toks[q]?.lower === 'on')
    )
      q++;
    let n = 0;
    while (q < s.last && n < 2 && isTimeWord(toks[q]) && !NO_TIME.has(toks[q]!.lower)) {
      q++;
      n++;
    }
    if (n === 0) return k;
  } else return k;
  const v = toks[q];
  if (!v || q >= s.last || v.kind !== 'word' || v.cap) return k;
  return (v.f & (F.AUX | F.BE)) !== 0 || (v.f & F.IRREGULAR) !== 0 || /[a-z]{2}ed$/.test(v.lower)
    ? q
    : k;
}
