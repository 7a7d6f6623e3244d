import type { Context } from '../context';
import { isPlaceName } from './places';

/**
 * A state's armed services as common nouns: `navy`, `army`, `coastguard` (not `military`, all of
 * a state's services together: "Two US military officials" stay unnamed, anon ad127, like
 * "defence officials", decision 122).
 */
const SERVICE_WORDS: ReadonlySet<string> = new Set(['army', 'coastguard', 'navy']);

/**
 * Whether the modifier at token `k` of a phrase starting at `start` is a country's armed service
 * named through the country right before it: `a Tellish navy spokeswoman`, `a British army
 * official`, `a French air force spokesman`. A country has one navy, as it has one foreign
 * ministry, so the person speaks for a named body (decisions 21, 62, 160 and 174 of the labelled
 * sets: "a US Navy official" and "a Tellish navy spokeswoman" are named through the country),
 * while the service with no country ("A Navy spokesman", "a military source") stays a sector of
 * the state (decisions 62 and 174). The caller checks the head is a voice of the body.
 */
export function nationalService(ctx: Context, k: number, start: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!.lower;
  let before = k - 1;
  if (airForce(ctx, k)) before = k - 2;
  else if (!SERVICE_WORDS.has(w)) return false;
  return before >= start && ctx.name[before] !== 0 && isPlaceName(ctx, before);
}

/** Whether token `k` is the `force` of `air force`: a country's one service in two words. */
export function airForce(ctx: Context, k: number): boolean {
  return ctx.tokens[k]!.lower === 'force' && ctx.tokens[k - 1]?.lower === 'air';
}
