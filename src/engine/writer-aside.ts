/**
 * The writer's own aside in an impersonal passive of duty: "it has to be admitted", "It must be
 * said that", "it should be noted". Nobody in the story is credited and nobody hidden acts: the
 * writer speaks (point 300's columnist's "it has to be admitted"), so it is no cue and no
 * `agentless`. "It was said that", "it is admitted that" and "the evidence must be admitted"
 * stay what they are.
 */
import type { Context } from './context';
import { isAdverb } from './context';

/** Verbs of the writer's aside: `said`, `admitted`, `noted`, `conceded`. */
const ASIDE_VERBS: ReadonlySet<string> = new Set([
  'acknowledged',
  'admitted',
  'conceded',
  'emphasised',
  'emphasized',
  'noted',
  'recognised',
  'recognized',
  'said',
  'stressed',
]);

/** Modals of duty right before `be`: `must be`, `should be`. */
const DUTY_MODALS: ReadonlySet<string> = new Set(['must', 'should']);

/** Verbs of duty before `to be`: `has to be`, `needs to be`. */
const DUTY_VERBS: ReadonlySet<string> = new Set(['had', 'has', 'have', 'need', 'needs']);

/** Whether the participle at `k` closes the writer's aside "it must be said", "it has to be admitted". */
export function writerAside(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (!ASIDE_VERBS.has(toks[k]?.lower ?? '') || toks[k - 1]?.lower !== 'be') return false;
  let q = k - 2;
  while (q > 0 && isAdverb(toks[q])) q--;
  const m = toks[q]?.lower ?? '';
  if (m === 'to' && DUTY_VERBS.has(toks[q - 1]?.lower ?? '')) q--;
  else if (!DUTY_MODALS.has(m)) return false;
  q--;
  while (q > 0 && isAdverb(toks[q])) q--;
  return toks[q]?.lower === 'it';
}
