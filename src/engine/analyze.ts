import { findPassives } from './agentless';
import { findCues } from './cues/find-cues';
import type { Context } from './context';
import { buildContext } from './context';
import { findHedges } from './hedges';
import type { Token } from './tokenize';
import type { AnalyzeOptions, CueClass, Finding } from './types';
import { findUnnamed } from './unnamed';

const CUE_WHY: Record<CueClass, string> = {
  neutral: 'a neutral reporting verb',
  doubt: 'a verb that casts doubt on the claim',
  factive: 'presents the claim as established fact',
  guilt: 'a verb that colours the speaker',
  belief: 'an opinion or judgement, not a fact',
  phrase: 'a phrase that hands the claim to a source',
};

/**
 * Finds attribution cues (with their sources), unnamed actors, agentless passives and hedges in
 * `text`. Offsets are UTF-16 indices into `text`, `end` exclusive; findings are sorted by start.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const out: Finding[] = [];
  // Long texts go in parts that end at a line break (no sentence crosses one), so each part's
  // tokens are short-lived; a typical article is one part.
  // the previous part's tokens: nothing refers to them once its findings are out (findings hold
  // offsets and strings, never tokens), so the next part overwrites them (array and objects)
  let spent: Token[] = [];
  for (let from = 0; from < text.length;) {
    let to = from + PART;
    if (to >= text.length) to = text.length;
    else {
      const nl = text.indexOf('\n', to);
      to = nl < 0 ? text.length : nl + 1;
    }
    const ctx = buildContext(text, from, to, spent);
    analyzePart(ctx, out);
    spent = ctx.tokens;
    from = to;
  }
  const kinds = options.kinds;
  return kinds ? out.filter((f) => kinds.includes(f.kind)) : out;
}

/** Characters per part of a long text (a part may run on to the next line break). */
const PART = 32768;

function analyzePart(ctx: Context, out: Finding[]): void {
  const text = ctx.text;
  const toks = ctx.tokens;
  const sourceHeads = new Set<number>();
  const add = (a: number, b: number, kind: Finding['kind'], why: string): void => {
    out.push({ start: toks[a]!.start, end: toks[b - 1]!.end, kind, why });
  };
  for (const s of ctx.sentences) {
    const from = out.length;
    if (sourceHeads.size > 0) sourceHeads.clear();
    for (const cue of findCues(ctx, s)) {
      const start = toks[cue.start]!.start;
      const end = toks[cue.end - 1]!.end;
      const why = cueWhy(ctx, cue.label, cue.cue, cue.source, cue.passive);
      if (!cue.source) {
        out.push({ start, end, kind: 'attribution', why, cue: cue.cue });
        // a cue noun is itself relied on: "unconfirmed reports that ..."
        if (cue.cue !== 'phrase' && cue.end - cue.start === 1 && !cue.passive)
          sourceHeads.add(cue.start);
        continue;
      }
      const { np, named } = cue.source;
      // built whole, `source` included (fields in their usual order): adding a field later
      // would cost each finding a second allocation
      const source = { start: toks[np.start]!.start, end: toks[np.end - 1]!.end, named };
      out.push({ start, end, kind: 'attribution', why, cue: cue.cue, source });
      if (!named) sourceHeads.add(np.head);
      // remember how a first, indefinite mention was named, for later "the <head>"
      const first = toks[np.start]!.lower;
      if (first !== 'the' && np.head < toks.length) ctx.mentions.set(toks[np.head]!.lower, named);
    }
    for (const p of findPassives(ctx, s)) {
      const words = text.slice(toks[p.start]!.start, toks[p.end - 1]!.end);
      add(
        p.start,
        p.end,
        'agentless',
        p.impersonal
          ? `${words}: an impersonal passive; who holds this view is not said`
          : `${words}: a passive that does not say who acted`,
      );
    }
    for (const h of findHedges(ctx, s))
      add(h.start, h.end, 'hedge', `${h.label}: the writer keeps a distance from the claim`);
    for (const u of findUnnamed(ctx, s, sourceHeads)) add(u.start, u.end, 'unnamed', u.why);
    // sentences come in order; only each sentence's findings need sorting (a stable insertion
    // sort in place: a sentence has few findings, mostly in order already)
    for (let i = from + 1; i < out.length; i++) {
      const f = out[i]!;
      let j = i - 1;
      for (; j >= from; j--) {
        const g = out[j]!;
        if (g.start < f.start || (g.start === f.start && g.end <= f.end)) break;
        out[j + 1] = g;
      }
      out[j + 1] = f;
    }
  }
}

function cueWhy(
  ctx: Context,
  label: string,
  cue: CueClass,
  source: { np: { start: number; end: number }; named: unknown } | null,
  passive: boolean,
): string {
  // joined, not concatenated: one flat string instead of a tree of cons strings, so that each
  // finding, which outlives several young-generation GCs, is smaller to copy
  const parts = [label, ': ', CUE_WHY[cue]];
  if (source) {
    const who = ctx.text.slice(
      ctx.tokens[source.np.start]!.start,
      ctx.tokens[source.np.end - 1]!.end,
    );
    if (source.named) parts.push('; source: ', who);
    else parts.push('; the source, ', who, ', is not identified');
  } else if (passive) parts.push('; the passive hides who said it');
  return parts.join('');
}
