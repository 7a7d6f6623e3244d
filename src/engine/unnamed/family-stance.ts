/**
 * A family's stance or plan in what someone tells of it: "told reporters the family felt some
 * relief", "tells ANX the family plans to sue", "said the family would not sell its stake
 * cheaply". A family known only by its tie to someone, relied on for its reaction or its intent,
 * is a group the story does not name (decisions 6 and 72 of the labelled sets), as much as one
 * that acted ("said the family had called the agency", relatives-acting.ts).
 */
import type { Context } from '../context';
import { isAdverb } from '../context';
import { F } from '../lexicon';
import type { Sentence } from '../sentences';

/** Present verbs of meaning to act, third person: `plans`, `intends`, `vows`. */
const INTENDS: ReadonlySet<string> = new Set([
  'hopes',
  'intends',
  'plans',
  'pledges',
  'threatens',
  'vows',
  'wants',
]);

/** Verbs of a feeling that take what is felt: `felt`, `feels`. */
const FEELS: ReadonlySet<string> = new Set(['feels', 'felt']);

/** Modals of what someone will or would do: `will`, `would`. */
const WILL: ReadonlySet<string> = new Set(['will', 'would', "won't", 'wouldn']);

/** Word flags of no verb. */
const NOT_VERB = F.DET | F.QUANT | F.PREP | F.PRON | F.AUX | F.ADV | F.TIME;

/**
 * Whether the verb group at `k` tells a stance or a plan of the subject before it: a verb of
 * intent with its infinitive (`plans to sue`), a feeling with what is felt (`felt some relief`,
 * not `felt that`, a belief a cue takes), or `will` / `would` (`not`) before a verb (`would not
 * sell`; not `would be`, a prospect).
 */
export function stanceOrPlan(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k]?.lower ?? '';
  if (INTENDS.has(v)) return toks[k + 1]?.lower === 'to' && verbAt(ctx, s, k + 2);
  if (FEELS.has(v)) {
    const n = toks[k + 1];
    // (what is felt may be quoted: `felt "some relief"`)
    return (
      !!n && (n.kind === 'word' || n.kind === 'quote') && n.lower !== 'that' && n.lower !== 'like'
    );
  }
  if (WILL.has(v)) {
    let q = k + 1;
    if (toks[q]?.lower === 'not' || toks[q]?.lower === "n't") q++;
    return toks[q]?.lower !== 'be' && toks[q]?.lower !== 'have' && verbAt(ctx, s, q);
  }
  return false;
}

/** Whether the word at `k` may be a plain verb: a word that is no name or function word. */
function verbAt(ctx: Context, s: Sentence, k: number): boolean {
  const w = ctx.tokens[k];
  return !!w && k < s.last && w.kind === 'word' && !ctx.name[k] && (w.f & NOT_VERB) === 0;
}
