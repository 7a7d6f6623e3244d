/**
 * "I" and "we" inside a quotation are its speaker's: in `"I told them we would not accept it,"
 * said Maria Delgado` the cue "told" is Delgado's, not an unnamed "I"'s (outside quotations "I"
 * is the writer: ./link.ts). The speaker is the source of the cue that closes the quotation (the
 * first cue after its closing mark, in that sentence) or, failing that, of the cue that opens it
 * (the last cue before its opening mark, in that sentence: `Delgado said: "We have said ..."`).
 */
import type { Context } from '../context';
import type { Finding } from '../types';

/** The first person, "I" and "we", bare or contracted with an auxiliary ("I’d", "we've"). */
const FIRST_PERSON = /^(?:i|we)(?:['\u2019](?:d|ll|m|re|ve))?$/;

/** Whether `word` (lower case) is the first person: `i`, `we`, `i’d`, `we've`. */
export function isFirstPerson(word: string): boolean {
  return FIRST_PERSON.test(word);
}

/** Gives the first-person sources inside quotations of `findings[from..]` their speaker's entity. */
export function creditQuotedFirstPerson(
  ctx: Context,
  findings: readonly Finding[],
  from: number,
): void {
  let attributions: Finding[] | null = null;
  for (let i = from; i < findings.length; i++) {
    const f = findings[i]!;
    const src = f.source;
    if (f.kind !== 'attribution' || !src || src.entity) continue;
    if (!isFirstPerson(ctx.text.slice(src.start, src.end).toLowerCase())) continue;
    const tok = tokenAt(ctx, src.start);
    if (tok < 0) continue;
    const quote = quotationAround(ctx, tok);
    if (!quote) continue;
    attributions ??= findings.slice(from).filter((g) => g.kind === 'attribution');
    const speaker = speakerOf(ctx, attributions, quote.open, quote.close);
    const e = speaker?.source?.entity;
    if (!e) continue;
    src.entity = e;
    src.named = e.named;
    src.type = e.type;
  }
}

/** The token that starts at character `offset`, or -1. */
function tokenAt(ctx: Context, offset: number): number {
  const toks = ctx.tokens;
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = toks[mid]!.start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The opening and closing marks (tokens) of the quotation token `k` stands in, within its
 * paragraph (a quotation may run over several sentences), or null when `k` is outside quotation
 * marks (straight quotes come from the tokenizer as curly ones, by their direction). An unclosed quotation (a quoted
 * paragraph runs on into the next) has no closing mark: `close` is -1.
 */
export function quotationAround(ctx: Context, k: number): { open: number; close: number } | null {
  if (ctx.quotes === null) {
    const near = walkedQuotation(ctx, k);
    if (near !== undefined) return near;
    ctx.quotes = quotationMarks(ctx);
  }
  const open = ctx.quotes.open[k] ?? -1;
  return open < 0 ? null : { open, close: ctx.quotes.close[k]! };
}

/** How far `walkedQuotation` walks either way before the part's index is built instead. */
const WALK = 200;

/**
 * `quotationAround` by a walk back to the paragraph's start and on to the closing mark, in a
 * paragraph of ordinary length; undefined when either walk would pass WALK tokens (a long
 * paragraph asked about at each cue, or a text with no line breaks, would make the walks
 * quadratic in its length: the index answers then).
 */
function walkedQuotation(
  ctx: Context,
  k: number,
): { open: number; close: number } | null | undefined {
  const toks = ctx.tokens;
  let first = k;
  while (first > 0 && toks[first - 1]!.kind !== 'newline') if (k - --first > WALK) return undefined;
  let open = -1;
  for (let q = first; q < k; q++) {
    const t = toks[q]!;
    if (t.kind !== 'quote') continue;
    if (t.lower === '“') open = q;
    else if (t.lower === '”') open = -1;
  }
  if (open < 0) return null;
  for (let q = k + 1; q < toks.length && toks[q]!.kind !== 'newline'; q++) {
    if (q - k > WALK) return undefined;
    const t = toks[q]!;
    if (t.kind === 'quote' && t.lower === '”') return { open, close: q };
  }
  return { open, close: -1 };
}

/**
 * For each token, the opening mark in effect before it in its paragraph (-1 when none, or when a
 * closing mark came after the last opening one) and the first closing mark after it before the
 * paragraph's end (-1 when none): two passes over the part, built the first time a walk is too
 * long. A newline token belongs to the paragraph it ends.
 */
function quotationMarks(ctx: Context): { open: Int32Array; close: Int32Array } {
  const toks = ctx.tokens;
  const n = toks.length;
  const open = new Int32Array(n);
  const close = new Int32Array(n);
  let o = -1;
  for (let q = 0; q < n; q++) {
    open[q] = o;
    const t = toks[q]!;
    if (t.kind === 'newline') o = -1;
    else if (t.kind === 'quote') {
      if (t.lower === '“') o = q;
      else if (t.lower === '”') o = -1;
    }
  }
  let c = -1;
  for (let q = n - 1; q >= 0; q--) {
    close[q] = c;
    const t = toks[q]!;
    if (t.kind === 'newline') c = -1;
    else if (t.kind === 'quote' && t.lower === '”') c = q;
  }
  return { open, close };
}

/**
 * The cue that hands the quotation `[open, close]` to its speaker: one of its sentence, or else
 * the latest of the two sentences before whose source is a person or body the text identifies.
 */
function speakerOf(
  ctx: Context,
  attributions: readonly Finding[],
  open: number,
  close: number,
): Finding | null {
  const toks = ctx.tokens;
  if (close >= 0) {
    const after = toks[close]!.end;
    const sentence = ctx.sentences[ctx.sentenceOf[close]!]!;
    for (const g of attributions) {
      if (g.start < after) continue;
      if (g.start >= sentence.end) break;
      return g;
    }
  }
  const before = toks[open]!.start;
  const at = ctx.sentenceOf[open]!;
  const sentence = ctx.sentences[at]!;
  // ("“We have nothing to fear,” he said of himself. “We believe the ministry should ...”"): a
  // quotation with no cue of its own goes on the speaker credited in the two sentences before
  // it, the latest one whose source is known (the newsroom's way of running on a quotation)
  const from = ctx.sentences[Math.max(0, at - 2)]!.start;
  let last: Finding | null = null;
  let earlier: Finding | null = null;
  for (const g of attributions) {
    if (g.end > before) break;
    if (g.start >= sentence.start) last = g;
    else if (g.start >= from && ranOn(ctx, g)) earlier = g;
  }
  return last ?? earlier;
}

/**
 * Whether cue `g` credits a speaker a quotation can run on from: a person or body linked to an
 * entity (not a document, not a first person: the writer's "I asked him" is no speaker's).
 */
function ranOn(ctx: Context, g: Finding): boolean {
  const src = g.source;
  if (!src?.entity || src.entity.type === 'document') return false;
  return !isFirstPerson(ctx.text.slice(src.start, src.end).toLowerCase());
}
