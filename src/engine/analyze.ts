import { findPassives } from './agentless';
import type { Context } from './context';
import { buildContext } from './context';
import type { Cue } from './cues/cue';
import { findCues } from './cues/find-cues';
import { CONTENT_PREPS } from './cues/noun-cue';
import { Linker } from './entities/link';
import { creditQuotedFirstPerson } from './entities/quoted-speaker';
import { findHedges } from './hedges';
import { listedAgentive } from './lexicon';
import { headClass, isPersonClass } from './phrase/head-class';
import type { Token } from './tokenize';
import type { AnalyzeOptions, CueClass, Finding, FindingKind } from './types';
import { findUnnamed } from './unnamed/find-unnamed';
import { unheld } from './unnamed/unheld-actors';
import type { EntityView } from './unnamed/entity-view';

/**
 * Finds attribution cues (with their sources), unnamed actors, agentless passives and hedges in
 * `text`. Offsets are UTF-16 indices into `text`, `end` exclusive; findings are sorted by start.
 * Every source links to an entity (`source.entity`), shared by the findings that credit it.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  let out = findingArray();
  // Long texts go in parts that end at a line break (no sentence crosses one), so each part's
  // tokens are short-lived; a typical article is one part. A part keeps nothing from the one
  // before (entities included), so the content script may analyse parts alone, in any order
  // (src/content/parts.ts), and get these findings.
  // the previous part's tokens: nothing refers to them once its findings are out (findings hold
  // offsets and strings, never tokens), so the next part overwrites them (array and objects)
  let spent = spare;
  // (taken while this call uses it: a nested call, which nothing makes, would start afresh)
  spare = [];
  for (let from = 0; from < text.length;) {
    let to = from + PART;
    if (to >= text.length) to = text.length;
    else {
      const nl = text.indexOf('\n', to);
      to = nl < 0 ? text.length : nl + 1;
    }
    const ctx = buildContext(text, from, to, spent);
    const linker = new Linker(from);
    const first = out.length;
    analyzePart(ctx, out, linker);
    linker.registry.renumber();
    out = linker.registry.withdraw(out, first);
    spent = ctx.tokens;
    from = to;
  }
  // (not a very long part's: its tokens would stay in memory)
  if (spent.length <= MAX_SPARE) spare = spent;
  const kinds = options.kinds;
  return kinds ? out.filter((f) => kinds.includes(f.kind)) : out;
}

/**
 * A new, empty array for findings, made as an array of objects (as `tokenArray` in tokenize.ts
 * makes one for tokens): an empty literal `[]` starts as an array of small integers, and the
 * first finding pushed changes its kind; `analyzePart`, compiled for the arrays of later parts
 * (which hold findings), was thrown away and compiled again at `out.length` and `out.push`.
 */
function findingArray(): Finding[] {
  const a: Finding[] = [NO_FINDING];
  a.length = 0;
  return a;
}

const NO_FINDING: Finding = { start: 0, end: 0, kind: 'hedge', why: '' };

/**
 * The tokens of the last part of the latest call, which nothing refers to once its findings are
 * out: the next call overwrites them as a part does its predecessor's, instead of making a first
 * part's tokens anew (most of a short text's garbage).
 */
let spare: Token[] = [];
const MAX_SPARE = 16384;

/** Characters per part of a long text (a part may run on to the next line break). */
const PART = 32768;

function analyzePart(ctx: Context, out: Finding[], linker: Linker): void {
  const toks = ctx.tokens;
  const part = linker.part(ctx);
  const first = out.length;
  /**
   * Head tokens of the sentence's sources (a handful: an array is faster than a Set; a new one
   * for each sentence that had any, since shortening an array is slower than making one).
   */
  let sourceHeads: number[] = [];
  const view: EntityView = { sources: part, registry: linker.registry };
  const sentences = ctx.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const from = out.length;
    if (sourceHeads.length > 0) sourceHeads = [];
    const cues = findCues(ctx, s);
    // (indexed loops over the detectors' results: a for-of here kept an iterator object per
    // sentence and detector)
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k]!;
      // built whole, `source` included (the entities pass fills it): adding a field later
      // would give findings two shapes
      const finding: Finding = {
        start: toks[cue.start]!.start,
        end: toks[cue.end - 1]!.end,
        kind: 'attribution',
        why: cueWhy(cue),
        cue: cue.cue,
        source: undefined,
      };
      out.push(finding);
      const src = cue.source;
      if (!src) {
        // a cue noun is itself relied on: "unconfirmed reports that ..." (not "reports of a
        // stampede", a rumour told)
        if (
          cue.cue !== 'phrase' &&
          cue.end - cue.start === 1 &&
          !cue.passive &&
          cue.pronoun < 0 &&
          !CONTENT_PREPS.has(toks[cue.end]?.lower ?? '')
        )
          sourceHeads.push(cue.start);
        continue;
      }
      // a participle's source is its clause's: the unnamed detector hears of it from that cue,
      // if the clause has one ("Others were skeptical, noting that" credits no one)
      if (cue.shares) continue;
      if (!spokenMedium(cues, k)) {
        if (!src.named) sourceHeads.push(src.np.head);
        // "A senior minister and a second person said": a person noun before each `and` is
        // credited too (not "a hammer and sickle"); in a source the entities pass names, only
        // an unnamed one ("two defense officials and a Defense Ministry official said": each
        // member is judged by its own head)
        for (let q = src.np.start + 1; q < src.np.head; q++)
          if (
            toks[q]!.lower === 'and' &&
            (!src.named || !ctx.name[q - 1]) &&
            personBefore(ctx, q - 1)
          )
            sourceHeads.push(q - 1);
      }
      // remember how a first, indefinite mention was named, for later "the <head>"
      if (toks[src.np.start]!.lower !== 'the' && src.np.head < toks.length)
        ctx.mentions.set(toks[src.np.head]!.lower, src.named);
    }
    // (the cues' findings are the sentence's first, in the same order)
    if (cues.length > 0) {
      part.link(cues, out, from, si);
      // "A spokesman for the chipmaker said": a person whom the phrase's words place in a named
      // body, but whose body the entities pass found unnamed, is an unnamed source
      // (entities/link/body-antecedent.ts)
      for (let k = 0; k < cues.length; k++) {
        const src = cues[k]!.source;
        if (src?.named === 'partial' && !cues[k]!.shares && out[from + k]!.source?.named === false)
          sourceHeads.push(src.np.head);
      }
    } else part.anonymityOnly(si);
    const passives = findPassives(ctx, s);
    for (let k = 0; k < passives.length; k++) {
      const p = passives[k]!;
      add(out, toks, p.start, p.end, 'agentless', p.impersonal ? WHY_IMPERSONAL : WHY_PASSIVE);
    }
    const hedges = findHedges(ctx, s);
    for (let k = 0; k < hedges.length; k++)
      add(out, toks, hedges[k]!.start, hedges[k]!.end, 'hedge', WHY_HEDGE);
    const unnamed = findUnnamed(ctx, s, sourceHeads, view);
    for (let k = 0; k < unnamed.length; k++) {
      const u = unnamed[k]!;
      // whom an act helps, an imagined actor, a name that starts with a digit (unheld-actors.ts)
      if (unheld(ctx, s, u.start, u.end, sourceHeads)) continue;
      add(out, toks, u.start, beforeCue(cues, u.start, u.end), 'unnamed', u.why);
    }
    // sentences come in order; only each sentence's findings need sorting (a stable insertion
    // sort in place: a sentence has few findings, mostly in order already)
    for (let i = from + 1, n = out.length; i < n; i++) {
      const f = out[i]!;
      const start = f.start;
      const end = f.end;
      let j = i - 1;
      for (; j >= from; j--) {
        const g = out[j]!;
        if (g.start < start || (g.start === start && g.end <= end)) break;
        out[j + 1] = g;
      }
      // (a finding already in place is not written back: each store into the long-lived array
      // of findings goes through the collector's write barrier)
      if (j + 1 !== i) out[j + 1] = f;
    }
  }
  // descriptions the story names later ("the defence minister ... Defence Minister Harald Steen")
  part.finish(out, first);
  // "I" and "we" in a quotation: its speaker's ('"I told them," said Maria Delgado')
  creditQuotedFirstPerson(ctx, out, first);
}

/**
 * Adds the finding of tokens `[a, b)`. (A function, not a closure in `analyzePart`: one there kept
 * `out` and `toks` in a context object, read from memory at each use.)
 */
function add(
  out: Finding[],
  toks: readonly Token[],
  a: number,
  b: number,
  kind: FindingKind,
  why: string,
): void {
  out.push({ start: toks[a]!.start, end: toks[b - 1]!.end, kind, why });
}

/**
 * Whether the source of cue `k` is the medium of another cue of the sentence that has a source
 * of its own: "Sen. Maria Okonkwo said in a statement that she would call the director to
 * testify", where `testify` took "a statement" for its source. The statement is the speaker's
 * (a person's own medium, decisions 89 and 105 of the labelled sets), not a document the story
 * relies on apart from its speaker, so it is not credited as an unnamed source.
 */
function spokenMedium(cues: readonly Cue[], k: number): boolean {
  const np = cues[k]!.source!.np;
  for (let j = 0; j < cues.length; j++) {
    const c = cues[j]!;
    if (j !== k && c.cue === 'phrase' && c.source && c.start <= np.start && np.end <= c.end)
      return true;
  }
  return false;
}

/**
 * The end of the unnamed phrase `[a, b)` (tokens), cut before a verb cue of the sentence whose
 * subject stands before it: "Emails from a council officer show the deal was agreed", "or so
 * people familiar with the inquiry believe" (the phrase had run on over the verb, which also
 * reads as a noun). A noun cue inside the phrase ("Unconfirmed reports") stays in it.
 */
function beforeCue(cues: readonly Cue[], a: number, b: number): number {
  let end = b;
  for (const c of cues) {
    const src = c.source;
    if (src && src.np.end <= c.start && c.start > a && c.start < end) end = c.start;
  }
  return end;
}

const CUE_WHY: Record<CueClass, string> = {
  neutral: 'a neutral reporting verb',
  doubt: 'a verb that casts doubt on the claim',
  factive: 'presents the claim as established fact',
  guilt: 'a verb that colours the speaker',
  belief: 'an opinion or judgement, not a fact',
  stance: 'a stance: criticism, praise or a feeling the speaker voices',
  phrase: 'a phrase that hands the claim to a source',
  question: 'the question put to a source: the answer that follows is the claim',
};

const HIDDEN = '; the passive hides who said it';

/**
 * The reader-facing reason of a cue: one shared string per cue class (the cue's words and its
 * source are data of the finding), so no finding costs a string of its own.
 */
function cueWhy(cue: Cue): string {
  if (cue.passive && !cue.source && cue.pronoun < 0) return PASSIVE_WHY[cue.cue];
  return CUE_WHY[cue.cue];
}

const PASSIVE_WHY = Object.fromEntries(
  Object.entries(CUE_WHY).map(([k, v]) => [k, v + HIDDEN]),
) as Record<CueClass, string>;

const WHY_PASSIVE = 'a passive that does not say who acted';
const WHY_IMPERSONAL = 'an impersonal passive: who holds this view is not said';
const WHY_HEDGE = 'the writer keeps a distance from the claim';

/** Whether token `i` is a person noun: a role, occupation or person, or one no class lists. */
function personBefore(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  return !!t && t.kind === 'word' && (isPersonClass(headClass(ctx, i)) || listedAgentive(t.lower));
}
