/**
 * The reader's corrections applied to findings: each stored decision is found
 * again among this analysis's findings by its words and context (see
 * `shared/decisions.ts`), then the finding is hidden or given its new kind.
 * Pure: findings and text in, findings out.
 */
import type { Finding } from '../engine/types';
import {
  ANCHOR_CONTEXT,
  decisionKey,
  type Decision,
  type FindingAnchor,
} from '../shared/decisions';

/** A finding as shown, with the engine's original and the correction that changed it. */
export interface ShownFinding extends Finding {
  /** The finding as the engine (or the reader's phrase list) found it. */
  engine: Finding;
  /** The reader's decision on it, when there is one. */
  decision?: Decision;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** The words of a finding and the text around them, as a decision stores them. */
export function anchorOf(finding: Finding, text: string): FindingAnchor {
  // Twice the context is read so that collapsing whitespace still leaves enough.
  const before = squash(text.slice(Math.max(0, finding.start - 2 * ANCHOR_CONTEXT), finding.start));
  const after = squash(text.slice(finding.end, finding.end + 2 * ANCHOR_CONTEXT));
  return {
    kind: finding.kind,
    quote: squash(text.slice(finding.start, finding.end)).trim(),
    prefix: before.slice(-ANCHOR_CONTEXT),
    suffix: after.slice(0, ANCHOR_CONTEXT),
  };
}

/**
 * Context characters (both sides together) that must still agree for a
 * decision to follow its words. One side intact, or a few words either side,
 * is enough; a fresh sentence around a common word ("said") is not.
 */
export const MIN_CONTEXT = 10;
/**
 * Words this long that occur once (with their kind) are recognised without
 * context: a rewritten sentence around "sources familiar with the matter"
 * still holds the same flag.
 */
export const DISTINCT_QUOTE = 12;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Which finding each decision applies to (finding index to decision). Every
 * decision takes at most one finding and every finding at most one decision,
 * best agreeing context first; a decision whose words are gone, or whose
 * context no longer fits, applies to nothing.
 */
export function matchDecisions(
  findings: readonly Finding[],
  text: string,
  decisions: readonly Decision[],
): Map<number, Decision> {
  const matched = new Map<number, Decision>();
  if (decisions.length === 0) return matched;
  const wanted = new Set(decisions.map((d) => `${d.anchor.kind}\u0000${d.anchor.quote}`));
  const byWords = new Map<string, { index: number; anchor: FindingAnchor }[]>();
  findings.forEach((f, index) => {
    // Only findings whose kind and length could match are anchored (cheap on long articles).
    const words = `${f.kind}\u0000${squash(text.slice(f.start, f.end)).trim()}`;
    if (!wanted.has(words)) return;
    const list = byWords.get(words) ?? [];
    list.push({ index, anchor: anchorOf(f, text) });
    byWords.set(words, list);
  });
  const pairs: { index: number; decision: Decision; score: number }[] = [];
  for (const decision of decisions) {
    const { anchor } = decision;
    const candidates = byWords.get(`${anchor.kind}\u0000${anchor.quote}`) ?? [];
    const distinct = candidates.length === 1 && anchor.quote.length >= DISTINCT_QUOTE;
    for (const c of candidates) {
      const exact = decisionKey(c.anchor) === decision.key;
      const score = exact
        ? 2 * ANCHOR_CONTEXT + 1
        : commonSuffix(anchor.prefix, c.anchor.prefix) +
          commonPrefix(anchor.suffix, c.anchor.suffix);
      if (score >= MIN_CONTEXT || distinct) pairs.push({ index: c.index, decision, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.index - b.index);
  const used = new Set<string>();
  for (const { index, decision } of pairs) {
    if (matched.has(index) || used.has(decision.key)) continue;
    matched.set(index, decision);
    used.add(decision.key);
  }
  return matched;
}

/** Findings after the reader's corrections, and the decisions that found nothing to apply to. */
export interface Corrected {
  /** What the page shows: untouched findings and reclassified ones. */
  shown: ShownFinding[];
  /** Findings the reader dismissed or marked "not a finding". */
  hidden: ShownFinding[];
  /** Decisions whose words are no longer in the article. */
  unmatched: Decision[];
}

/** Applies `decisions` to `findings` (offsets into `text`). */
export function applyDecisions(
  findings: readonly Finding[],
  text: string,
  decisions: readonly Decision[],
): Corrected {
  const matched = matchDecisions(findings, text, decisions);
  const out: Corrected = { shown: [], hidden: [], unmatched: [] };
  const applied = new Set<Decision>();
  findings.forEach((f, index) => {
    const decision = matched.get(index);
    if (decision === undefined) {
      out.shown.push({ ...f, engine: f });
      return;
    }
    applied.add(decision);
    if (decision.action === 'dismiss' || decision.kind === 'none') {
      out.hidden.push({ ...f, engine: f, decision });
      return;
    }
    // A source and a cue belong to an attribution; any other kind has neither.
    const kept: Finding = { ...f };
    if (decision.kind !== 'attribution') {
      delete kept.source;
      delete kept.cue;
    }
    out.shown.push({ ...kept, kind: decision.kind, engine: f, decision });
  });
  out.unmatched = decisions.filter((d) => !applied.has(d));
  return out;
}
