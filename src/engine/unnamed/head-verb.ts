/**
 * Where a singular actor noun is followed by its own verb, a post-modifying adjective or a
 * measure of time, not by the rest of a noun compound: "the family plans to sue", "a manager
 * appears to urge", "the driver responsible", "a manager available for comment", "opened by an
 * administrator weeks earlier". `findUnnamed` would otherwise take the word after the head for
 * the compound's last noun ("a rebel enclave") and pass the head over as a modifier.
 *
 * Left to the compound reading: a plural-looking word followed by anything but `to` ("nurse
 * shifts as", "killer apps,", "the author draws a parallel"): a plural noun ends compounds as
 * often as a verb in `-s` follows its subject, and only `to` tells them apart.
 */
import type { Context } from '../context';

/** Time measures that, before `earlier`, `later` or `ago`, follow a noun as an adverbial. */
const TIME_MEASURES: ReadonlySet<string> = new Set([
  'days',
  'hours',
  'minutes',
  'months',
  'weeks',
  'years',
]);

/** Words that turn a time measure into an adverbial: "weeks earlier", "days ago". */
const TIME_RELATIONS: ReadonlySet<string> = new Set(['ago', 'earlier', 'later']);

/**
 * Whether word `k`, right after a singular head and known to no noun list, is no part of a
 * compound with it: the head's verb in `-s` before `to` ("plans to", "appears to", "wants to"),
 * an `-ible`/`-able` adjective after it ("responsible", "available", "accountable") or a measure
 * of time ("weeks earlier").
 */
export function headVerbOrAdjective(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!;
  const w = t.lower;
  if (w.length > 5 && (w.endsWith('ible') || w.endsWith('able'))) return true;
  const after = ctx.tokens[k + 1]?.lower ?? '';
  if (TIME_MEASURES.has(w)) return TIME_RELATIONS.has(after);
  if (w.length < 4 || w.charCodeAt(w.length - 1) !== 115 || t.cap) return false;
  // (not -ss, -us, -is: "a chess", "a census", "analysis")
  const c = w.charCodeAt(w.length - 2);
  return c !== 115 && c !== 117 && c !== 105 && after === 'to';
}
