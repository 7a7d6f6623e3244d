/**
 * People placed by where they come from or live, not by a body: "a 58-year-old man from Tilden",
 * "a woman in Kessby", "two teenagers from Orlow", "a retired bus driver from Kessby". A name right
 * after `from` or `in` with no determiner, after a plain noun for a person or a retired one, says
 * where the person is from; it does not make the person one of a body's people (decisions 5 and 80
 * of the labelled sets: a body counts only for those who work for it), so the phrase stays unnamed
 * whatever the name turns out to be.
 */
import type { Context } from '../context';
import { ruleWords } from '../lexicon';
import type { NounPhrase } from './noun-phrase';

/** Plain nouns for a person, of no trade or tie: `man`, `woman`, `teenager`. */
const PLAIN_PEOPLE: ReadonlySet<string> = new Set([
  ...ruleWords('plainPeople'),
  'pensioner',
  'pensioners',
]);

/**
 * Whether `np` is a plain person noun placed by a bare name after `from` or `in`, or a retired
 * one of any trade: "a retired teacher from Osby", "a retired tram driver from Salt Quay" (who has
 * left the work holds no post at a body, so the name is where the person lives).
 */
export function placedByOrigin(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.end <= np.coreEnd + 1) return false;
  if (!PLAIN_PEOPLE.has(toks[np.head]!.lower) && !retired(ctx, np)) return false;
  const prep = toks[np.coreEnd]!.lower;
  return (prep === 'from' || prep === 'in') && ctx.name[np.coreEnd + 1] !== 0;
}

/** Whether a modifier of `np` says its person has left work: `retired`. */
function retired(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.head; k++) if (ctx.tokens[k]!.lower === 'retired') return true;
  return false;
}

/** Nouns of a party or a political grouping its members belong to: `party`, `caucus`. */
const PARTY_BODIES: ReadonlySet<string> = new Set(['caucus', 'faction', 'parties', 'party']);
/** Adjectives that make a `group` a party's group in a chamber: `the ruling group`. */
const CHAMBER_GROUPS: ReadonlySet<string> = new Set([
  'governing',
  'opposition',
  'parliamentary',
  'ruling',
]);

/**
 * Whether the phrase ending before token `end` is a party or a party's group in a chamber:
 * "in the Progressive Party", "of the ruling party's parliamentary group", "in the ruling group".
 * Its members are only placed by it, as by a party's name before them ("Senior Progressive Party
 * figures"; decisions 5 and 80 of the labelled sets); its staff speak for it.
 */
export function partyBodyEnds(ctx: Context, end: number): boolean {
  const toks = ctx.tokens;
  const last = toks[end - 1]?.lower ?? '';
  if (PARTY_BODIES.has(last)) return true;
  return last === 'group' && CHAMBER_GROUPS.has(toks[end - 2]?.lower ?? '');
}
