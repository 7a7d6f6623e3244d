/**
 * A month's name that is a person's forename: `Mar Hicks`, `Jun Park`, `April Ryan`. The lexicon
 * marks month words as time words (`F.TIME`), which the name pass passes over, so a source said
 * to be `Mar Hicks` was cut to `Hicks` and listed under the surname alone. A month is no date when
 * a capitalised word follows it directly (a date has a day's number or nothing after its month)
 * and nothing before it makes it a time (`in March Ortega said`, `last June Ortega`, `the March
 * Fair`, `3 Mar Ortega`).
 */
import { F } from './lexicon';
import type { Token } from './tokenize';

/** Month names and their abbreviations (`may` is a modal verb first: a function word, never a name here). */
const MONTHS: ReadonlySet<string> = new Set([
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
]);

/** What makes a word before a month read it as a time: a preposition, an article, a time word. */
const TIME_LEAD = F.PREP | F.DET | F.QUANT | F.TIME;

/** Words before a month that make it a time and carry none of `TIME_LEAD`'s flags (`last June`). */
const TIME_LEAD_WORDS: ReadonlySet<string> = new Set(['last', 'since', 'until', 'till', 'mid']);

/**
 * Whether token `i` is a month word that may be a forename: capitalised, a capitalised word that
 * is no time or function word after it (`Hicks`, not `Mar 3` or `March Monday`), and before it no
 * preposition, article, quantifier, time word or number (`in Mar Vista`, `every June Ortega`).
 * Only a candidate: the name pass keeps it when the word after it is a name too.
 */
export function monthForename(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.cap || !MONTHS.has(t.lower)) return false;
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || !next.cap || (next.f & (F.TIME | F.FUNC)) !== 0)
    return false;
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (prev.kind === 'num') return false;
  return prev.kind !== 'word' || ((prev.f & TIME_LEAD) === 0 && !TIME_LEAD_WORDS.has(prev.lower));
}
