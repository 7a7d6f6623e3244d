/**
 * A body a deed or a suspect is laid at by a link: "has linked the intrusions to a group it tracks
 * as Pale Heron", "tools previously associated with a group", "is believed to have links to an
 * organised crime group", "attributed the attack to a state-backed unit". Tying an act or a person
 * to an indefinite body tells that such a body acted, without naming it (the guideline's "a
 * foreign intelligence agency"; decisions 120 and 137 of the labelled sets: a withheld party
 * that acts is required), as `blamedBody`'s "a foreign state was behind the attack" does.
 *
 * Not a definite body (the branch drops those first), a link of things ("linked to a rise in
 * prices": no body), nor a link in another clause ("linked to the case, and sold it to a dealer").
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { counted } from './words';

/**
 * Words that lay something at a body with `to`, `with` or `on`: `linked`, `attributed`, `blamed`
 * (not `ties` or `connected`, mostly a firm's business ties: "has ties to a bank in Geneva").
 */
const LINKING: ReadonlySet<string> = new Set([
  'associated',
  'attributed',
  'blamed',
  'link',
  'linked',
  'links',
]);

/** How far back, in words, the linking word may stand: "linked a string of intrusions to". */
const REACH = 8;

/** Whether `np`, an indefinite or counted body after `to`, `with` or `on`, has a deed linked to it. */
export function linkedBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const prep = toks[np.start - 1]?.lower;
  if (prep !== 'to' && prep !== 'with' && prep !== 'on') return false;
  const first = toks[np.start]!;
  if (first.lower !== 'a' && first.lower !== 'an' && !counted(first)) return false;
  for (let k = np.start - 2; k >= s.first && k >= np.start - 1 - REACH; k--) {
    const t = toks[k]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if (LINKING.has(t.lower)) return prep !== 'on' || t.lower === 'blamed';
  }
  return false;
}
