import type { Context } from '../context';
import { ruleWords } from '../lexicon';
import type { NounPhrase } from './noun-phrase';
import { isPlaceName } from './places';

/**
 * Whether `np` is a place's possessive before one of a state's unique bodies: `Germany's foreign
 * ministry`, `Russia's defence ministry`, `France's government`, `Spain's central bank`, or the
 * relative `whose` right after a country's name (`brokered by Orrin, whose foreign ministry
 * said`). A country has one foreign ministry, one government, one central bank, so the body is
 * named through the country, as `Morvania's foreign ministry` is when the engine does not know
 * Morvania for a place (decisions 21 and 62 of the labelled sets: a country's unique
 * institutions are named). Not a force (`Kelm's police`, decision 60: police qualified by a place
 * stay unnamed), not people (`Germany's diplomats`, qualified by a country only), nor a
 * possessive that is no proper place name (`the city's fire department`).
 */
export function countryBody(ctx: Context, np: NounPhrase): boolean {
  const from = bodyWordsAfterCountry(ctx, np.start);
  if (from < 0) return false;
  const toks = ctx.tokens;
  const h = np.head;
  if (h !== np.coreEnd - 1 || h < from) return false;
  const head = toks[h]!.lower;
  if (!STATE_BODIES.has(head)) return false;
  // "Spain's central bank", "Italy's air force": a bank or a force only with its one word before
  if (head === 'bank' || head === 'force')
    return h === from + 1 && toks[from]!.lower === (head === 'bank' ? 'central' : 'air');
  // at most two lowercase modifiers between: "Germany's foreign ministry", "China's commerce
  // ministry"
  for (let k = from; k < h; k++) {
    const w = toks[k]!;
    if (w.kind !== 'word' || w.cap || k < h - 2) return false;
  }
  return true;
}

/**
 * The first token after a country's possessive that opens a phrase at token `p` (`Germany's`,
 * `South Korea's`, a place name of at most three words, not one whose words run on before it) or
 * after a relative `whose` that follows a proper name and a comma (`Orrin, whose`); -1 when the
 * phrase opens with neither.
 */
function bodyWordsAfterCountry(ctx: Context, p: number): number {
  const toks = ctx.tokens;
  if (toks[p]!.lower === 'whose')
    return toks[p - 1]?.lower === ',' && p >= 2 && ctx.name[p - 2] && !ctx.name[p + 1] ? p + 1 : -1;
  let q = p;
  while (q < p + 3 && ctx.name[q] && toks[q + 1]?.kind !== 'pos') q++;
  if (!ctx.name[q] || toks[q + 1]?.kind !== 'pos' || ctx.name[q + 2]) return -1;
  if (!isPlaceName(ctx, q) && !isPlaceName(ctx, p)) return -1;
  return p > 0 && ctx.name[p - 1] ? -1 : q + 2;
}

/** A state's one body of its kind, under a common noun: `ministry`, `government`, `navy`. */
const STATE_BODIES: ReadonlySet<string> = new Set([
  ...ruleWords('uniqueInstitutions'),
  'bank',
  'force',
  'ministry',
]);
