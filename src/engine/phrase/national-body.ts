import type { Context } from '../context';
import { endsSingleS } from '../chars';
import { isContent } from '../context';
import { ruleWords } from '../lexicon';
import type { NounPhrase } from './noun-phrase';

/** Modifiers of a country's unique institutions: `the national statistics office`, `the central bank`. */
export const NATIONAL: ReadonlySet<string> = new Set(['central', 'federal', 'national']);

/**
 * Words that make a body or a record a country's or a region's one of its kind: `the national
 * property register`, `the regional tsunami warning centre`.
 */
const SCOPES: ReadonlySet<string> = new Set([...NATIONAL, 'regional']);

/**
 * Nouns of a body of a kind (`centre`, `agency`, `office`) and of a record a state keeps once
 * (`register`, `survey`, `census`).
 */
const HEADS: ReadonlySet<string> = new Set([
  ...ruleWords('kindAfterName'),
  ...ruleWords('uniqueInstruments'),
]);

/** How many lowercase words may stand between the scope and the head: `cyber security`. */
const MODIFIERS = 3;

/**
 * Whether `np` is a country's or region's one body or record of its kind under a common noun:
 * `the national cyber security centre`, `the national lobbying register`, `the regional ocean
 * forecasting centre`, `the national crime survey`. A reader can tell who it is as surely as by a
 * name, so it is named (decisions 66 and 164 of the labelled sets: "the national property
 * register", a unique national survey; the labelled sets' regional centres). Not an indefinite
 * ("a national survey of councils", one of many), a plural ("the national registers"), nor a
 * phrase with a name inside (the name decides then).
 */
export function nationalBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const h = np.head;
  if (toks[np.start]?.lower !== 'the' || h !== np.coreEnd - 1) return false;
  const scope = toks[np.start + 1];
  if (!scope || !SCOPES.has(scope.lower) || ctx.name[np.start + 1]) return false;
  const head = toks[h]!;
  if (ctx.name[h] || !HEADS.has(head.lower) || endsSingleS(head.lower)) return false;
  if (h - np.start - 2 > MODIFIERS) return false;
  for (let k = np.start + 2; k < h; k++) {
    const w = toks[k]!;
    if (w.kind !== 'word' || ctx.name[k] || !isContent(w)) return false;
  }
  return true;
}
