/**
 * People of a named body whom the story accuses on their own account: "prosecutors accused a
 * former trader at Pellmore Securities of hiding losses", "charged two employees of the Port
 * Authority with fraud", "is investigating whether executives at Corran Insurance misled
 * regulators". A person of a named body who speaks or acts for it is named through it (`unnamed`
 * optional, decision 5 of the labelled sets); one accused, arrested or investigated for his or her
 * own acts and never named is a withheld actor at every mention (decision 81, over decisions 5 and
 * 23).
 */
import type { Context } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** Verbs that accuse or charge the person right after them: `accused`, `charged`, `sued`. */
const ACCUSING: ReadonlySet<string> = new Set([
  'accuse',
  'accused',
  'accuses',
  'accusing',
  'arrest',
  'arrested',
  'arresting',
  'arrests',
  'charge',
  'charged',
  'charges',
  'charging',
  'indict',
  'indicted',
  'indicting',
  'indicts',
  'prosecute',
  'prosecuted',
  'prosecuting',
  'sue',
  'sued',
  'sues',
  'suing',
]);

/** Verbs of an inquiry that a `whether` clause about the accused follows: `investigating whether`. */
const INQUIRING: ReadonlySet<string> = new Set([
  'examine',
  'examines',
  'examining',
  'investigate',
  'investigates',
  'investigating',
  'probe',
  'probes',
  'probing',
  'examined',
  'investigated',
  'probed',
  'review',
  'reviewing',
  'looking',
]);

/**
 * Whether `np` is the object of a verb that accuses, charges, arrests or sues it ("accused a
 * former trader at X of", "charged two employees of X with"), or the subject of a `whether` clause
 * an inquiry opens ("is investigating whether executives at X misled").
 */
export function accusedOfBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // ("accused Carrow's advisers of underestimating the regulator": a body's own advisers or
  // lawyers, owned by it, act in its name)
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  const before = toks[np.start - 1];
  if (!before || np.start - 1 < s.first) return false;
  if (ACCUSING.has(before.lower)) return true;
  if (before.lower !== 'whether') return false;
  // the inquiry's verb at most three words before `whether` ("is examining whether", "are looking
  // into whether")
  for (let k = np.start - 2; k >= s.first && k >= np.start - 4; k--)
    if (INQUIRING.has(toks[k]!.lower)) return true;
  return false;
}
