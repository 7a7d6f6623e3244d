/**
 * A source phrase of two descriptions joined by `and` (`the agency and its partner agency`, `the
 * ministry and the police`): the two bodies or people it joins, each linked as a description of
 * its own, so that the ledgers credit the claim to each rather than to one entry for both.
 */
import { namedness } from '../../phrase/namedness';
import type { NounPhrase } from '../../phrase/noun-phrase';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { SourcePhrase } from '../../subject/result';
import type { Tracked } from '../registry';
import type { LinkState } from './state';

/** Words that open the second description after `and`: a determiner or a possessive. */
const SECOND_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'her',
  'his',
  'its',
  'the',
  'their',
]);

/**
 * The entities of the two descriptions phrase `np` joins (`the agency` and `its partner agency`),
 * each found by `describe`; null unless `np` is two such phrases, neither with a name (two names
 * are `personPair`'s) and each its own entity. The phrase's own entity, and so its finding's
 * source, is left as it is: only the ledgers list the two.
 */
export function describedPair(
  st: LinkState,
  np: NounPhrase,
  describe: (source: SourcePhrase) => Tracked,
): Tracked[] | null {
  const ctx = st.ctx;
  const toks = ctx.tokens;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return null;
  let and = -1;
  for (let k = np.start + 1; k < np.end - 1; k++)
    if (toks[k]!.lower === 'and' && SECOND_OPENERS.has(toks[k + 1]!.lower)) and = k;
  if (and < 0) return null;
  const first = phraseStartingAt(ctx, np.start, and);
  const second = phraseStartingAt(ctx, and + 1, np.end);
  if (!first || first.end !== and || !second || second.end !== np.end) return null;
  const a = describe({ np: first, named: namedness(ctx, first) });
  const b = describe({ np: second, named: namedness(ctx, second) });
  return a === b ? null : [a, b];
}
