/**
 * The client of a lawyer who acts for an unnamed party: "A lawyer for three of the officers said
 * his clients had been held", "The subcontractor's lawyer said his client was cooperating",
 * "Lawyers for the players said their clients had been coerced". The possessive points to the
 * party the lawyer acts for, and the sentence describes that party without naming it, so the
 * client is that unnamed principal again (decisions 81, 101 and 119 of the labelled sets:
 * required when it acts or speaks, optional when it only undergoes something). A named principal
 * ("Crowe's barrister said his client") makes the client named (namedness.ts, `clientOfNamed`).
 */
import { endsSingleS } from '../chars';
import type { Context } from '../context';
import { isPunct } from '../context';
import { ruleWords } from '../lexicon';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';

/** Possessive pronouns of a lawyer: `his client`, `their clients`. */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Those who act for a client in law: `lawyer`, `attorney`, `barrister` (not a spokesperson). */
const LAWYERS: ReadonlySet<string> = new Set(
  [...ruleWords('representatives')].filter((w) => !w.startsWith('spokes') && w !== 'publicist'),
);

/** Words between a lawyer and the party it acts for: `for`, `representing`. */
const ACTING_FOR: ReadonlySet<string> = new Set(['for', 'representing']);

/** How far back in its sentence the lawyer may stand. */
const REACH = 30;

/**
 * Whether `np` is `his client` (`her clients`, `their client`) after, in its sentence, a lawyer
 * for a party the sentence only describes: "a lawyer for one of the drivers", "the tenant's
 * solicitor". The nearest lawyer decides; one with no party given ("The lawyer, Ana Ruiz, said her
 * client") leaves the client to the story, which may have named it.
 */
export function unnamedClient(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if ((head !== 'client' && head !== 'clients') || np.head !== np.start + 1) return false;
  if (!OWNERS.has(toks[np.start]!.lower)) return false;
  for (let k = np.start - 1; k >= s.first && k >= np.start - REACH; k--) {
    const t = toks[k]!;
    if (isPunct(t, ';')) return false;
    if (!LAWYERS.has(t.lower)) continue;
    // "the subcontractor's lawyer": the genitive owner before it
    if (toks[k - 1]?.kind === 'pos') {
      const owner = phraseEndingAt(ctx, k - 2, s.first, false);
      return owner !== null && describedOnly(ctx, owner);
    }
    // "a lawyer for three of the officers", "lawyers representing the families"
    if (ACTING_FOR.has(toks[k + 1]?.lower ?? '')) {
      const party = phraseStartingAt(ctx, k + 2, np.start);
      return party !== null && describedOnly(ctx, party) && !apposedName(ctx, party);
    }
    return false;
  }
  return false;
}

/**
 * Whether a singular definite party has a name in apposition: "a lawyer for the former finance
 * chief, Brett Lyle," names the finance chief (after a plural, "a lawyer for three of the
 * families, Marta Ilescu,", the name is the lawyer's).
 */
function apposedName(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!isPunct(toks[np.end], ',') || !ctx.name[np.end + 1]) return false;
  return toks[np.start]!.lower === 'the' && !endsSingleS(toks[np.head]!.lower);
}

/** Whether `np` has no name in it and the engine judges it unnamed. */
function describedOnly(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  return namedness(ctx, np) === false;
}
