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
import { ruleWords } from '../lexicon';
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

/**
 * Adjectives of a name kept back: `unnamed`, `unidentified`, `undisclosed`, `anonymous`,
 * `unknown` (the unnamed rules' words of a withheld identity).
 */
const UNNAMED = ruleWords('anonAdjectives');

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
  // "The boy cannot be named for legal reasons": a bar on naming (withheldByBar)
  if (withheldByBar(ctx, s, k)) return true;
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

/** Modals of a bar on naming: `cannot`, `can't` ("cannot be named", "can't be identified"). */
const BARS: ReadonlySet<string> = new Set(['cannot', "can't"]);

/** Words after the participle that give the bar's ground: `for`, `because`, `under`, `to`. */
const GROUNDS: ReadonlySet<string> = new Set(['because', 'due', 'for', 'to', 'under', 'until']);

/**
 * Whether the predicate at token `k` says the subject cannot be named or identified, and why or
 * under what: "cannot be named for legal reasons", "can't be identified because of his age",
 * "cannot be named to protect her identity", "cannot be named under the federation's rules" (a
 * bar that withholds a particular person or body, whatever holds it: the anon sets' writers
 * require such a subject, like decision 107's withheld names); not a bare "cannot be named" with
 * nothing after, nor "cannot be named as a defendant" (a role, not the name).
 */
function withheldByBar(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (!BARS.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'be') return false;
  const w = toks[k + 2]?.lower ?? '';
  if (w !== 'named' && w !== 'identified') return false;
  const after = toks[k + 3];
  return !!after && k + 3 < s.last && (GROUNDS.has(after.lower) || isPunct(after, ','));
}

/** Relative pronouns that open a clause about the subject: `who`, `which`. */
const RELATIVES: ReadonlySet<string> = new Set(['which', 'who']);

/**
 * Whether `np` is the subject of a bar on naming, in its own predicate or in a `who` clause,
 * past up to two asides: "The man cannot be named for legal reasons", "The woman, 34, who cannot
 * be named for legal reasons,", "Her attacker, who was convicted last week, cannot be named to
 * protect her identity".
 */
export function barredSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  for (let n = 0; n < 3 && isPunct(toks[k], ','); n++) {
    if (RELATIVES.has(toks[k + 1]?.lower ?? '') && withheldByBar(ctx, s, k + 2)) return true;
    // past an aside to its closing comma ("The woman, 34,"), which opens the predicate or the
    // next aside
    let q = k + 1;
    while (q < s.last && q <= k + 16 && !isPunct(toks[q])) q++;
    if (!isPunct(toks[q], ',')) return false;
    k = q;
    if (!RELATIVES.has(toks[q + 1]?.lower ?? '')) {
      k = q + 1;
      break;
    }
  }
  return withheldByBar(ctx, s, k);
}
