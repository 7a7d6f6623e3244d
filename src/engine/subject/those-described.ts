/**
 * People named by whom they are related to, when those are `those` described by a participle or a
 * relative clause: "Relatives of those killed in the blast have criticised", "Lawyers for those
 * who lost their homes said", "Some of those detained told". The words after `those` are no
 * subject of their own; the source is the phrase before `of`/`for` with `those` and the start of what describes them.
 */
import type { Context } from '../context';
import { isPrep, isPunct, isQuant, isQuote } from '../context';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { isAuxAt, isParticipleWord } from './clause';

/** How far left of the subject's last word `those` may stand. */
const THOSE_REACH = 10;

/** Prepositions that tie people to `those`: `relatives of those`, `lawyers for those`. */
const TIES: ReadonlySet<string> = new Set(['for', 'of']);

/** Relative pronouns that open a clause about `those`: `those who died`. */
const THOSE_RELATIVES: ReadonlySet<string> = new Set(['that', 'who']);

/**
 * The phrase ending at `j` that is "PEOPLE of/for those" with `those` described by a participle
 * (`those killed`) or a relative clause (`those who died`), from the people to `j`; null when the
 * words before the verb are not such a phrase. The people must be persons, a body or a quantity
 * (`Some of those detained`), so that "the cost of those killed" is not taken for a speaker.
 */
export function thoseDescribed(ctx: Context, j: number, floor: number): NounPhrase | null {
  const toks = ctx.tokens;
  let k = j;
  for (; k > floor && k >= j - THOSE_REACH; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return null;
    if (t.lower === 'those') break;
  }
  if (k < floor || k < j - THOSE_REACH || toks[k]!.lower !== 'those' || k === j) return null;
  const next = toks[k + 1]!;
  const described =
    THOSE_RELATIVES.has(next.lower) || (isParticipleWord(next) && !isAuxAt(ctx, k + 1));
  if (!described) return null;
  const end = describedEnd(ctx, k, j);
  // "Those who voted to hold pointed to": the people themselves, at the head of their clause
  if (k === floor) return { start: k, end, head: k, coreEnd: k + 1 };
  if (k === floor + 1 || !TIES.has(toks[k - 1]!.lower)) return null;
  const people = phraseEndingAt(ctx, k - 2, floor);
  if (!people || people.end !== k - 1) return null;
  const cls = headClass(ctx, people.head);
  if (!isPersonClass(cls) && cls !== 'organisation' && !isQuant(toks[people.head])) return null;
  return { ...people, end };
}

/**
 * Where the words describing `those` at `k` stop being part of the source: before the first
 * preposition or name after its participle or relative pronoun, so that a place or a body in the
 * description ("those killed in the fire at Pell Street") does not name the people; else after `j`.
 */
function describedEnd(ctx: Context, k: number, j: number): number {
  for (let q = k + 2; q <= j; q++) if (isPrep(ctx.tokens[q]) || ctx.name[q]) return q;
  return j + 1;
}
