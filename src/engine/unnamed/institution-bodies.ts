/**
 * A body of the country's one institution, given by its owner with no determiner: "Parliament's
 * intelligence committee", "Parliament's security office", "Treasury's debt office". The owner is
 * a country's unique institution (decision 21 of the labelled sets), and the body is the one of
 * its kind that institution has, as "the parliament's trade committee" is named (decision 66).
 * Not a body one of many owners has ("a rival army's commanders", "each council's committee"),
 * nor a possessive of a name, which the name decides.
 */
import type { Context } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import { IN_UNIQUE_INSTITUTIONS, listsOf } from './words';

/** Whether `np` opens with a unique institution's possessive, "Parliament's", before its head. */
export function institutionBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const owner = toks[np.start]!;
  return (
    np.head > np.start + 1 &&
    toks[np.start + 1]!.kind === 'pos' &&
    (listsOf(owner) & IN_UNIQUE_INSTITUTIONS) !== 0
  );
}
