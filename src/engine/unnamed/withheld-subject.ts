/**
 * A definite phrase whose own clause says the story keeps its name back: "The supplier, a frozen
 * food company, has not been named by the chain", "The committee's members, who hold most of the
 * debt, have not been named", "The contractor remains unidentified", "the commission's contractor,
 * whom he did not name,". A definite body noun, or a body's people, mostly points back to a body
 * the story named (decision 15 of the labelled sets); one the sentence says is not named withholds
 * its identity as plainly as "The firm, which asked not to be named," does (withheld-body.ts;
 * decisions 137 and 163).
 */
import type { Context } from '../context';
import type { Sentence } from '../sentences';
import { isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';

/** Forms of `be` and `have` that carry a passive or a state: `has`, `were`, `remains`. */
const CARRIERS: ReadonlySet<string> = new Set([
  'are',
  'had',
  'has',
  'have',
  'is',
  'remain',
  'remained',
  'remains',
  'was',
  'were',
]);

/** Participles of giving a name, negated in a refusal: `named`, `identified`, `disclosed`. */
const NAMED: ReadonlySet<string> = new Set(['disclosed', 'identified', 'named', 'revealed']);

/** Adjectives of a name kept back: `unnamed`, `unidentified`, `undisclosed`. */
const UNNAMED: ReadonlySet<string> = new Set(['undisclosed', 'unidentified', 'unnamed']);

/** Words between the carrier and the participle: `not`, `been`, `yet`, `publicly`. */
const BETWEEN: ReadonlySet<string> = new Set([
  'been',
  'never',
  'not',
  'officially',
  'publicly',
  'still',
  'yet',
]);

/**
 * Words after the participle that end the refusal: the agent who keeps the name back (`by`), a
 * reason (`because`, `for legal reasons`, `under reporting rules`), `publicly`, `yet`, `so far`
 * (not `in`: "was not named in the lawsuit" says only where it is not named).
 */
const ENDS: ReadonlySet<string> = new Set([
  'because',
  'by',
  'due',
  'for',
  'publicly',
  'so',
  'under',
  'yet',
]);

/** Verbs of giving a name in a refusal's bare form: `name`, `identify`. */
const NAME_VERBS: ReadonlySet<string> = new Set(['identify', 'name']);

/** Refusals before `to name`: `declined`, `refused`. */
const REFUSALS: ReadonlySet<string> = new Set(['declined', 'declines', 'refused', 'refuses']);

/**
 * Whether `np`, a definite phrase, is the subject of a negated passive of naming or of `remains
 * unnamed` (past one parenthetical between commas), or takes a `whom` clause of a refusal to name:
 * "The supplier, a frozen food company in Castrel, has not been named by the chain", "the
 * contractor, whom he did not name,"; not "The firm was not named in the lawsuit", nor "The
 * official, who did not name the company,".
 */
export function withheldSubject(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  people: boolean,
): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  if (isPunct(toks[k], ',')) {
    if (toks[k + 1]?.lower === 'whom') return refusedName(ctx, s, k + 2);
    // past a parenthetical to its closing comma ("The supplier, a frozen food company in Castrel,")
    let q = k + 1;
    while (q < s.last && q <= k + 16 && !isPunct(toks[q])) q++;
    if (!isPunct(toks[q], ',')) return false;
    k = q + 1;
  }
  // ("hasn't been named", one token)
  const carrier = toks[k]?.lower ?? '';
  let negated = carrier.endsWith("n't");
  if (!CARRIERS.has(negated ? carrier.slice(0, -3) : carrier)) return false;
  for (k++; k < s.last && BETWEEN.has(toks[k]!.lower); k++)
    if (toks[k]!.lower === 'not' || toks[k]!.lower === 'never') negated = true;
  const w = toks[k]?.lower ?? '';
  if (UNNAMED.has(w)) return true;
  if (!negated || !NAMED.has(w)) return false;
  // (of people, one "has not been named" may be a post not yet filled: "The club's new manager
  // has not been named"; several people are named or not as holders of no one post)
  if (people && w === 'named' && !toks[np.head]!.lower.endsWith('s')) return false;
  const after = toks[k + 1];
  return !after || k + 1 >= s.last || isPunct(after) || ENDS.has(after.lower);
}

/**
 * Whether a `whom` clause from token `k` refuses a name: "whom he did not name", "whom the
 * company declined to identify".
 */
function refusedName(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q <= k + 6; q++) {
    const t = toks[q]!;
    if (isPunct(t)) return false;
    if (!NAME_VERBS.has(t.lower)) continue;
    const b = toks[q - 1]?.lower ?? '';
    if (b === 'not' || b === 'never') return true;
    return b === 'to' && REFUSALS.has(toks[q - 2]?.lower ?? '');
  }
  return false;
}
