/**
 * A body the story calls by a description, then by its name in the next sentence, then by the
 * description again (`..., the Norvish space agency said.` / `..., Astravel said in a statement.
 * It said ...` / `The Norvish space agency would not say ...`): the wire lede's habit of
 * describing a body before naming it, and the elegant variation that follows. One body, listed
 * once under its name; the sourcing ledgers showed it twice, once by its description.
 */
import type { Tracked } from '../registry';
import type { LinkState } from './state';

/**
 * Pairs of a description and the name the story gives it, each `[description, name]`: the
 * description is a named body's (an organisation known by its words, `the Norvish space agency`)
 * credited in one sentence; the next source the story credits, in the next sentence, is a name
 * first met there of no known kind that the story calls `it` (a name that does not say what it
 * is, which is why the description came first); and the description comes back after that name.
 * Not a name that says it is a body (`Harlow Ferries`): quoting two bodies in turn is as common.
 * Not when another source came in between, nor when the name came first (`Astravel said ... the
 * agency said` is ./descriptions.ts's).
 */
export function describedThenNamed(st: LinkState): [Tracked, Tracked][] {
  const out: [Tracked, Tracked][] = [];
  const { toks, tracked } = st;
  const sentenceOf = st.ctx.sentenceOf;
  for (let i = 0; i + 1 < tracked.length; i++) {
    const d = tracked[i]!;
    if (!describedBody(st, d, toks[i]!)) continue;
    // (the next mention of another source: the description's own repeats may come between)
    let j = i + 1;
    while (j < tracked.length && tracked[j] === d) j++;
    const n = tracked[j];
    if (!n || sentenceOf[toks[j]!] !== sentenceOf[toks[i]!]! + 1) continue;
    if (!bodyName(st, n, toks[j]!) || !comesBack(tracked, d, j) || !calledIt(st, n)) continue;
    out.push([d, n]);
  }
  return out;
}

/** Whether `t`, mentioned first at token `k`, is a named body known only by a description. */
function describedBody(st: LinkState, t: Tracked, k: number): boolean {
  const e = t.entity;
  return (
    !t.merged &&
    e.type === 'organisation' &&
    e.named === true &&
    !t.orgKey &&
    !!t.head &&
    t.first === st.ctx.tokens[k]!.start
  );
}

/**
 * Whether `t`, mentioned at token `k`, is a name of no known kind first met there (its entity may
 * be a body by now: an `it` after it made it one).
 */
function bodyName(st: LinkState, t: Tracked, k: number): boolean {
  const e = t.entity;
  if (t.merged || e.named !== true || t.outlet || !t.orgKey) return false;
  if (e.type !== 'organisation' && e.type !== 'unknown') return false;
  if (t.first !== st.ctx.tokens[k]!.start) return false;
  const r = st.names.runAt(k);
  return r >= 0 && st.names.kind(r) === 'unknown';
}

/** Whether `d` is mentioned again after mention `j`. */
function comesBack(tracked: readonly Tracked[], d: Tracked, j: number): boolean {
  for (let q = j + 1; q < tracked.length; q++) if (tracked[q] === d) return true;
  return false;
}

/** Whether the story calls `t` `it`: a body, not a person. */
function calledIt(st: LinkState, t: Tracked): boolean {
  const toks = st.ctx.tokens;
  for (let q = 0; q < st.tracked.length; q++) {
    if (st.tracked[q] !== t) continue;
    const w = toks[st.toks[q]!]!.lower;
    if (w === 'it' || w === 'its') return true;
  }
  return false;
}
