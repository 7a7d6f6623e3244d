/**
 * A body known only by its rank among its owner's or its place's bodies: "Lismar's largest
 * private health insurer", "the region's biggest cannery", "Ambrosa's two biggest grain
 * exporters", "its main lender". The rank makes the body unique but does not give its identity:
 * the text withholds (or never gives) the name, as decision 229 of the labelled sets has it for
 * "the region's largest cannery" and decision 159 for a film's never-named distributor. The
 * possessive before the rank is the domain the body is ranked in (a country, a market, a
 * company's suppliers), not the body itself.
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import { ruleWords } from '../lexicon';
import type { NounPhrase } from './noun-phrase';

const POSSESSIVES = ruleWords('possessiveDeterminers');

/** Ranks that single a body out of its domain without naming it. */
const RANKS: ReadonlySet<string> = new Set([
  'biggest',
  'busiest',
  'largest',
  'leading',
  'main',
  'oldest',
  'richest',
  'smallest',
  'top',
  'wealthiest',
]);

/** Whether `w` is a rank, also after an ordinal ("second-largest", "third-biggest"). */
function isRank(w: string): boolean {
  if (RANKS.has(w)) return true;
  const dash = w.indexOf('-');
  return (
    dash > 0 &&
    RANKS.has(w.slice(dash + 1)) &&
    /^(?:second|third|fourth|fifth)$/.test(w.slice(0, dash))
  );
}

/**
 * Whether `np` is a possessive, then at most a count, then a rank before its head:
 * "Lismar's largest insurer", "the country's two biggest exporters", "its main lender", "Two of
 * the region's largest hospital groups" (the part after `of`). The caller asks it of bodies only.
 */
export function rankedBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // (not a name's own description or one a name follows: "Skylane, Meridia's second-largest
  // airline,", "the country's largest union, the NTU,": the apposition gives the identity)
  if (isPunct(toks[np.start - 1], ',') && ctx.name[np.start - 2]) return false;
  if (isPunct(toks[np.end], ',') || isPunct(toks[np.end], '(')) {
    const n = toks[np.end + 1]?.lower === 'the' ? np.end + 2 : np.end + 1;
    if (ctx.name[n]) return false;
  }
  for (let k = np.start; k < np.head; k++) {
    const t = toks[k]!;
    const possessive = t.kind === 'pos' || (k === np.start && POSSESSIVES.has(t.lower));
    if (!possessive) continue;
    let r = k + 1;
    if (
      r < np.head &&
      (toks[r]!.kind === 'num' || /^(?:two|three|four|five)$/.test(toks[r]!.lower))
    )
      r++;
    return r < np.head && isRank(toks[r]!.lower);
  }
  return false;
}
