/**
 * The reader's corrections applied to findings: each stored decision is found
 * again among this analysis's findings by its words and context (see
 * `shared/decisions.ts`), then the finding is hidden or given its new kind.
 * Pure: findings and text in, findings out.
 */
import type { Finding } from '../engine/types';
import { ANCHOR_CONTEXT, type Decision, type FindingAnchor } from '../shared/decisions';
import { squash } from '../shared/squash';
import { isSpace as isSpaceUnit } from './article';

/** A finding as shown, with the engine's original and the correction that changed it. */
export interface ShownFinding extends Finding {
  /** The finding as the engine (or the reader's phrase list) found it. */
  engine: Finding;
  /** The reader's decision on it, when there is one. */
  decision?: Decision;
}

/** The words of a finding and the text around them, as a decision stores them. */
export function anchorOf(finding: Finding, text: string): FindingAnchor {
  // Twice the context is read so that collapsing whitespace still leaves enough.
  const before = squash(
    text.slice(Math.max(0, finding.start - 2 * ANCHOR_CONTEXT), finding.start),
    true,
  );
  const after = squash(text.slice(finding.end, finding.end + 2 * ANCHOR_CONTEXT), true);
  return {
    kind: finding.kind,
    quote: squash(text.slice(finding.start, finding.end)),
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

/** Whitespace as `\s` has it, tested without a regular expression (this runs per character). */
const isSpace = (ch: string | undefined): boolean =>
  ch !== undefined && isSpaceUnit(ch.charCodeAt(0));

/**
 * How many characters of `prefix`, counted from its end, the text before
 * `at` repeats (a whitespace run reads as one space, as in an anchor). Walks
 * the text itself: no anchor is built for a candidate that disagrees at once.
 */
function agreeBefore(text: string, at: number, prefix: string): number {
  let i = at - 1;
  let j = prefix.length - 1;
  let n = 0;
  while (i >= 0 && j >= 0) {
    let ch = text[i];
    if (isSpace(ch)) {
      while (isSpace(text[i - 1])) i--;
      ch = ' ';
    }
    if (ch !== prefix[j]) break;
    i--;
    j--;
    n++;
  }
  return n;
}

/** How many characters of `suffix`, from its start, the text from `at` on repeats. */
function agreeAfter(text: string, at: number, suffix: string): number {
  let i = at;
  let n = 0;
  while (i < text.length && n < suffix.length) {
    let ch = text[i];
    if (isSpace(ch)) {
      while (isSpace(text[i + 1])) i++;
      ch = ' ';
    }
    if (ch !== suffix[n]) break;
    i++;
    n++;
  }
  return n;
}

/** Characters of context that sort candidates into groups before any is compared in full. */
const NEAR = 4;

/** The last `n` characters before `at`, whitespace runs read as one space. */
function nearBefore(text: string, at: number, n: number): string {
  let out = '';
  for (let i = at - 1; i >= 0 && out.length < n; i--) {
    if (isSpace(text[i])) {
      while (isSpace(text[i - 1])) i--;
      out = ` ${out}`;
    } else {
      out = `${text[i]}${out}`;
    }
  }
  return out;
}

/** The first `n` characters from `at` on, whitespace runs read as one space. */
function nearAfter(text: string, at: number, n: number): string {
  let out = '';
  for (let i = at; i < text.length && out.length < n; i++) {
    if (isSpace(text[i])) {
      while (isSpace(text[i + 1])) i++;
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
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
  const byWords = new Map<string, number[]>();
  // The same words with the same few characters around them: where a decision on an
  // unchanged page finds its finding without comparing every other "said".
  const byNear = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, index: number): void => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  findings.forEach((f, index) => {
    // Only findings whose kind and words some decision has are candidates.
    const words = `${f.kind}\u0000${squash(text.slice(f.start, f.end))}`;
    if (!wanted.has(words)) return;
    push(byWords, words, index);
    push(
      byNear,
      `${words}\u0000${nearBefore(text, f.start, NEAR)}\u0000${nearAfter(text, f.end, NEAR)}`,
      index,
    );
  });
  const pairs: { index: number; decision: Decision; score: number }[] = [];
  const score = (decision: Decision, index: number): number => {
    const { anchor } = decision;
    const f = findings[index] as Finding;
    const before = agreeBefore(text, f.start, anchor.prefix);
    const after = agreeAfter(text, f.end, anchor.suffix);
    // All of the stored context still there: nothing can agree better.
    const whole = before === anchor.prefix.length && after === anchor.suffix.length;
    return whole ? 2 * ANCHOR_CONTEXT + 1 : before + after;
  };
  for (const decision of decisions) {
    const { anchor } = decision;
    const words = `${anchor.kind}\u0000${anchor.quote}`;
    const near = `${words}\u0000${anchor.prefix.slice(-NEAR)}\u0000${anchor.suffix.slice(0, NEAR)}`;
    const wholes = (byNear.get(near) ?? []).filter(
      (index) => score(decision, index) === 2 * ANCHOR_CONTEXT + 1,
    );
    if (wholes.length > 0) {
      for (const index of wholes) pairs.push({ index, decision, score: 2 * ANCHOR_CONTEXT + 1 });
      continue;
    }
    // The page changed around the words: every candidate with the same words is weighed.
    const candidates = byWords.get(words) ?? [];
    const distinct = candidates.length === 1 && anchor.quote.length >= DISTINCT_QUOTE;
    for (const index of candidates) {
      const s = score(decision, index);
      if (s >= MIN_CONTEXT || distinct) pairs.push({ index, decision, score: s });
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
