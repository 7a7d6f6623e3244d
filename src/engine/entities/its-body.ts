/**
 * The body an `its` opening a source phrase stands for, and so whether the phrase is a named
 * body's people or things: "its organisers", "its own geologists", "its gauges", "its published
 * decisions" (decision 122 of the labelled sets: a possessive that picks the story's one body
 * names the person; decision 127's "its gauges" and the filer's "its latest entry" on a register).
 *
 * The pronoun look-up (link/pronouns.ts) knows the part's sources and the names of a known kind.
 * A story's body is often neither: a name of no known kind that opens the story ("The Bramwell
 * Riverside Festival will not go ahead, its organisers announced"), a definite description that
 * credits nothing ("the company had been told by its own geologists"), or a body behind a nearer
 * document ("The Lanterna Network said the report confirmed what its volunteers had said": a
 * report has no volunteers). Reading back from `its` through its sentence and the one before, the
 * nearest body is the one in view; an indefinite one ("a local charity") is a body the story does
 * not name.
 */
import { ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { isPlaceName } from '../phrase/places';
import type { Named } from '../types';
import type { ReferenceView } from './reference';

/**
 * How named the body is that `its` at token `k` stands for: unnamed when the nearest body before
 * `k` in its sentence and the one before is an indefinite one (`bodyInView`), else the pronoun
 * look-up's body when it finds one (a source of no known kind that is a name counts), else that
 * nearest body; null when neither finds a body.
 */
export function itsOwnerNamed(view: ReferenceView, k: number): Named | null {
  // ("The board said a local charity had cut staff and its volunteers said": the indefinite body
  // nearer than any source the look-up would find)
  const near = bodyInView(view, k);
  if (near === false) return false;
  const owner = view.pronoun(k, view.ctx.sentenceOf[k]!, 'it');
  if (owner) {
    const { type, named } = owner.entity;
    if (type === 'organisation') return named;
    // ("StarTally says it verifies every review. Its own help pages tell a different story")
    if (type === 'unknown' && named === true) return true;
  }
  return near;
}

/**
 * The nearest body before token `k`, back to the first token of the sentence before: true for a
 * body's name, or a name of no known kind of two words or more that is no place (`the Carrow Wool
 * Exchange`: a person's name has its kind) or an event's (`the Bramwell Riverside Festival`); for a definite
 * description of a body (`the company`), what it refers back to; false for an indefinite one (`a
 * local charity`). Null when none stands there, or another `it` or `its` comes first (the chain
 * is the look-up's).
 */
function bodyInView(view: ReferenceView, k: number): Named | null {
  const ctx = view.ctx;
  const toks = ctx.tokens;
  const names = view.names;
  const floor = ctx.sentences[Math.max(0, ctx.sentenceOf[k]! - 1)]!.first;
  for (let q = k - 1; q >= floor; q--) {
    const w = toks[q]!.lower;
    if (ctx.name[q]) {
      const r = names.runAt(q);
      if (r < 0) continue;
      const from = names.start[r]!;
      const kind = names.kind(r);
      if (kind === 'organisation' || kind === 'publication') return true;
      const last = names.end[r]! - 1;
      if (kind === 'unknown' && last > from && !isPlaceName(ctx, last)) return true;
      // ("The Bramwell Riverside Festival", "the Harbour Festival": an event's name, which the
      // kinds may take for a person's or a place's)
      if (last > from && EVENTS.has(toks[last]!.lower)) return true;
      q = Math.min(q, from);
      continue;
    }
    if (w === 'it' || w === 'its') return null;
    if (w !== 'the' && w !== 'a' && w !== 'an') continue;
    const np = phraseStartingAt(ctx, q, k);
    if (!np || np.end > k || np.head !== np.coreEnd - 1) continue;
    if (headClass(ctx, np.head) !== 'organisation') continue;
    if (w !== 'the') return false;
    const back = view.body(np, toks[np.head]!.lower);
    return back ? back.entity.named : null;
  }
  return null;
}

/** Words that end an event's name: `Festival`, `Marathon`, `Show` (their organisers are its people). */
const EVENTS = ruleWords('eventNames');
