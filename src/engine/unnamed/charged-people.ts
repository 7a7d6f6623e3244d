/**
 * People a story has arrested, charged, sentenced or sought, new to it and not named: "prosecutors
 * have charged a former deputy interior minister with taking bribes", "charged six players and
 * two referees in a match-fixing case", "preparing charges against a former forestry inspector",
 * "sought the extradition of a second suspect". People held or sought on suspicion of an act are
 * withheld actors, required at every mention (decision 102 of the labelled sets), whatever noun
 * describes them: a title, a trade or a role as much as "two men".
 */
import type { Context } from '../context';
import { isAdverb } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { counted, IN_INDEFINITE, moreListsOf } from './words';

/** Verbs whose object is held or tried: `arrested`, `detained`, `sentenced`. */
const HOLDING: ReadonlySet<string> = new Set([
  'arrest',
  'arrested',
  'arresting',
  'convicted',
  'detain',
  'detained',
  'detaining',
  'extradite',
  'extradited',
  'indict',
  'indicted',
  'indicting',
  'jailed',
  'sentenced',
]);

/** Forms of `charge`, which also bills ("charged customers twice"): only with the charge after. */
const CHARGING: ReadonlySet<string> = new Set(['charge', 'charged', 'charges', 'charging']);

/** Words after a charged person that give the charge or the case: `with`, `over`, `in`. */
const CHARGE_AFTER: ReadonlySet<string> = new Set(['in', 'over', 'with']);

/** Nouns of a step against someone, before `of` or `against`: `extradition of`, `charges against`. */
const STEP_NOUNS: ReadonlySet<string> = new Set([
  'arrest',
  'charges',
  'extradition',
  'indictment',
  'prosecution',
]);

/**
 * Whether `np`, a new mention of people (`a`, `another`, a count), is whom a verb or a noun of
 * holding, charging or seeking puts under suspicion: its object, or a conjunct after it ("charged
 * six players and two referees"). Not a charge for money ("charged customers twice"), nor a
 * definite phrase, whose antecedent a single sentence may not give (decision 102's optional "the
 * suspect").
 */
export function chargedPeople(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((moreListsOf(first) & IN_INDEFINITE) === 0 && !counted(first)) return false;
  let b = np.start - 1;
  // ("charged six players and two referees": the second conjunct of the object)
  if (toks[b]?.lower === 'and') {
    b--;
    while (b > s.first && toks[b]!.kind === 'word' && !isHolding(toks[b]!.lower)) {
      if (b < np.start - 8) return false;
      b--;
    }
  }
  while (b > s.first && isAdverb(toks[b])) b--;
  const v = toks[b]?.lower ?? '';
  if (HOLDING.has(v)) return true;
  if (CHARGING.has(v)) return chargeAfter(ctx, s, np.coreEnd);
  // "charges against a former inspector", "the extradition of a second suspect"
  if ((v === 'of' || v === 'against') && STEP_NOUNS.has(toks[b - 1]?.lower ?? '')) return true;
  return false;
}

function isHolding(w: string): boolean {
  return HOLDING.has(w) || CHARGING.has(w);
}

/** Whether the charge or the case follows at `k`: `with fraud`, `over the deaths`, `in a case`. */
function chargeAfter(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  // (past a conjunct: "six players and two referees in a match-fixing case")
  for (let q = k; q < s.last && q < k + 8; q++) {
    const w = toks[q]!.lower;
    if (CHARGE_AFTER.has(w)) return true;
    if (toks[q]!.kind !== 'word' && toks[q]!.kind !== 'num') return false;
  }
  return false;
}

/**
 * Whether `np`'s post-modifier is the charge, not part of the person ("charged a local
 * councillor with fraud": the phrase ends at "councillor").
 */
export function chargeInPhrase(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const w = ctx.tokens[np.coreEnd]?.lower;
  return np.end > np.coreEnd && (w === 'with' || w === 'over') && chargedPeople(ctx, s, np);
}
