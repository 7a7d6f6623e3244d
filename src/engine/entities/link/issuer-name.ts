/**
 * Who issued a document, as its own words say: the name after `by` or `from` (`a report released
 * on Monday by the Harbour Audit Office`, `an email from Acme`) or the name whose possessive
 * opens it (`Hallam Council's annual audit`). The sourcing ledgers list such a document under
 * its issuer, who is the source a reader weighs (`SourceEntity.issuer`).
 */
import type { NounPhrase } from '../../phrase/noun-phrase';
import type { Tracked } from '../registry';
import type { LinkState } from './state';

/** An issuer's name as the document's words give it, and its entity when the story has one. */
export interface Issuer {
  name: string;
  by?: Tracked;
}

/**
 * The issuer named inside document phrase `np`: a person's or body's name (never a place: `a
 * report from Velmar`) after `by` or `from`, or opening the phrase in the possessive, with a
 * name it owns after it (`Stanford University's Center on Poverty`); `by` is its entity when
 * the story met the body before. Undefined when the phrase names no issuer.
 */
export function issuerInPhrase(st: LinkState, np: NounPhrase): Issuer | undefined {
  const toks = st.ctx.tokens;
  const det = toks[np.start]!.lower === 'the' ? 1 : 0;
  const opening = issuerRunAt(st, np.start + det, np.end);
  if (
    opening >= 0 &&
    toks[st.names.end[opening]!]?.kind === 'pos' &&
    st.names.end[opening]! < np.head
  )
    return issuerOf(st, opening, np.end);
  for (let k = np.head + 1; k < np.end - 1; k++) {
    const w = toks[k]!.lower;
    if (w !== 'by' && w !== 'from') continue;
    const r = issuerRunAt(st, k + (toks[k + 1]!.lower === 'the' ? 2 : 1), np.end);
    if (r >= 0) return issuerOf(st, r, np.end);
  }
  return undefined;
}

/** The name run at token `k` (before `end`) of a person, a body or a name of no known kind, or -1. */
function issuerRunAt(st: LinkState, k: number, end: number): number {
  if (k >= end || !st.ctx.name[k]) return -1;
  const r = st.names.runAt(k);
  if (r < 0 || st.names.start[r] !== k) return -1;
  const kind = st.names.kind(r);
  return kind === 'place' || kind === 'publication' ? -1 : r;
}

/** The issuer of name run `r`, with the name its possessive owns when one follows (before `end`). */
function issuerOf(st: LinkState, r: number, end: number): Issuer {
  const { ctx, names } = st;
  const toks = ctx.tokens;
  let last = names.end[r]! - 1;
  const e = names.end[r]!;
  if (toks[e]?.kind === 'pos' && e + 1 < end && ctx.name[e + 1]) {
    const owned = names.runAt(e + 1);
    if (owned >= 0 && names.end[owned]! <= end) last = names.end[owned]! - 1;
  }
  const name = ctx.text.slice(toks[names.start[r]!]!.start, toks[last]!.end);
  const known = last === e - 1 ? st.registry.org(names.key(r)) : undefined;
  return known ? { name, by: known } : { name };
}
