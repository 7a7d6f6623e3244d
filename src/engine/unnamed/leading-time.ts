/**
 * A time that opens a sentence with no comma before its subject: "Last month Skelbrook fans booed
 * the side off", "On Saturday residents blocked the road", "In March farmers dumped manure". News
 * often leaves the comma out after a short time phrase; the subject after it opens the main clause
 * as much as one after "Last month," does.
 */
import type { Context } from '../context';
import { isTimeWord } from '../context';
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
