import { findPassives } from './agentless';
import { findCues } from './attribution';
import type { Context } from './context';
import { buildContext } from './context';
import { findHedges } from './hedges';
import type { AnalyzeOptions, CueClass, Finding, SourceSpan } from './types';
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
  const ctx = buildContext(text);
  const out: Finding[] = [];
  const span = (a: number, b: number): { start: number; end: number } => ({
    start: ctx.tokens[a]!.start,
    end: ctx.tokens[b - 1]!.end,
  });
  for (const s of ctx.sentences) {
    const sourceHeads = new Set<number>();
    for (const cue of findCues(ctx, s)) {
      const finding: Finding = {
        ...span(cue.start, cue.end),
        kind: 'attribution',
        cue: cue.cue,
        why: cueWhy(ctx, cue.label, cue.cue, cue.source, cue.passive),
      };
      if (cue.source) {
        const src: SourceSpan = {
          ...span(cue.source.np.start, cue.source.np.end),
          named: cue.source.named,
        };
        finding.source = src;
        if (!cue.source.named) sourceHeads.add(cue.source.np.head);
      } else if (cue.cue !== 'phrase' && cue.end - cue.start === 1 && !cue.passive) {
        // a cue noun is itself relied on: "unconfirmed reports that ..."
        sourceHeads.add(cue.start);
      }
      out.push(finding);
    }
    for (const p of findPassives(ctx, s)) {
      const words = text.slice(ctx.tokens[p.start]!.start, ctx.tokens[p.end - 1]!.end);
      const why = p.impersonal
        ? `${words}: an impersonal passive; who holds this view is not said`
        : `${words}: a passive that does not say who acted`;
      out.push({ ...span(p.start, p.end), kind: 'agentless', why });
    }
    for (const h of findHedges(ctx, s)) {
      out.push({
        ...span(h.start, h.end),
        kind: 'hedge',
        why: `${h.label}: the writer keeps a distance from the claim`,
      });
    }
    for (const u of findUnnamed(ctx, s, sourceHeads)) {
      out.push({ ...span(u.start, u.end), kind: 'unnamed', why: u.why });
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  const kinds = options.kinds;
  return kinds ? out.filter((f) => kinds.includes(f.kind)) : out;
}

function cueWhy(
  ctx: Context,
  label: string,
  cue: CueClass,
  source: { np: { start: number; end: number }; named: unknown } | null,
  passive: boolean,
): string {
  const head = `${label}: ${CUE_WHY[cue]}`;
  if (source) {
    const who = ctx.text.slice(
      ctx.tokens[source.np.start]!.start,
      ctx.tokens[source.np.end - 1]!.end,
    );
    return source.named
      ? `${head}; source: ${who}`
      : `${head}; the source, ${who}, is not identified`;
  }
  return passive ? `${head}; the passive hides who said it` : head;
}
