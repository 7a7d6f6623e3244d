/**
 * `tsx scripts/audit-cues.ts [--kind attribution|agentless] [--list] [DIR ...]`: where the
 * engine loses each gold span it misses, and what makes each false one, over labelled sets
 * (default: the corpus and every eval/labelled set). For `attribution`, a missed cue's words are
 * tried family by family and a verb form step by step: not in the lexicon, refused as no verb
 * (verb-position.ts, which use), out of its frame (verb-frames.ts, which check), no reporting
 * sense (verb-senses.ts), no credited cue, or found but as another span (bounds). For
 * `agentless`, a missed passive's participle is run through findPassives' filters in their
 * order. Prints a table of cause -> misses and distinct sets (with `--list`, every miss too),
 * then the false spans by cue family or participle. Scores are score.mjs's matching (greatest
 * overlap first), so the counts are its FN and FP.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findPassives } from '../src/engine/agentless';
import type { Context } from '../src/engine/context';
import { buildContext, isAdverb } from '../src/engine/context';
import { findCues } from '../src/engine/cues/find-cues';
import { expressionCue } from '../src/engine/cues/expression-cue';
import { nounCue } from '../src/engine/cues/noun-cue';
import {
  anonymityCue,
  plainCue,
  sourceAfterCue,
  statementCue,
} from '../src/engine/cues/phrase-cues';
import { stanceAdjectiveCue } from '../src/engine/cues/stance-adjective';
import { frameRefusal } from '../src/engine/cues/verb-frames';
import { verbGroup } from '../src/engine/cues/verb-group';
import { positionRefusal } from '../src/engine/cues/verb-position';
import { senseRefusal } from '../src/engine/cues/verb-senses';
import { creditedCue } from '../src/engine/cues/verb-source';
import { analyze } from '../src/engine/index';
import {
  BE_FORMS,
  F,
  PARTICLE_VERBS,
  reportingVerb,
  STATIVE_PARTICIPLES,
} from '../src/engine/lexicon';
import { hasByAgent } from '../src/engine/passive/agent';
import { anonymityFormula } from '../src/engine/passive/anonymity';
import { compoundAdjective, isParticiple, unAdjective } from '../src/engine/passive/participle';
import {
  compelled,
  dividedOpinion,
  feelingOrWear,
  genericPresent,
  hitHard,
  kindToBe,
  likelihood,
  medicalStatus,
} from '../src/engine/passive/standing';
import {
  attributive,
  dateOfOrigin,
  existentialInfinitive,
  naturalHarm,
  presentStanding,
} from '../src/engine/passive/states';
import type { Sentence } from '../src/engine/sentences';
import type { Finding } from '../src/engine/types';
import { matchByOverlap, overlap } from './lib/score-match';

interface Span {
  start: number;
  end: number;
  kind: string;
  text?: string;
  optional?: boolean;
}

const args = process.argv.slice(2);
const kindAt = args.indexOf('--kind');
const KIND = kindAt >= 0 ? args[kindAt + 1]! : 'attribution';
const LIST = args.includes('--list');
const dirs = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--kind');
const ROOT = join(import.meta.dirname, '..');
const sets = dirs.length
  ? dirs
  : [
      join(ROOT, '../shared/corpus'),
      ...readdirSync(join(ROOT, 'eval/labelled'))
        .filter((d) => d.startsWith('set-'))
        .map((d) => join(ROOT, 'eval/labelled', d)),
    ];

type Finder = (ctx: Context, s: Sentence, i: number) => unknown;
const FAMILIES: readonly (readonly [number, string, Finder | null])[] = [
  [F.CUE_AFTER, 'after', sourceAfterCue],
  [F.CUE_ANON, 'anon', anonymityCue],
  [F.CUE_PLAIN, 'plain', plainCue],
  [F.CUE_STATEMENT, 'statement', statementCue],
  [F.CUE_EXPRESSION, 'expression', expressionCue],
  [F.REPORT | F.CUE_PARTICLE, 'verb', null],
  [F.CUE_NOUN, 'noun', nounCue],
  [F.CUE_ADJECTIVE, 'adjective', stanceAdjectiveCue],
];

/** Where a verb form at `i` is lost: position, frame, sense or credit. */
function verbLoss(ctx: Context, s: Sentence, i: number): string {
  const toks = ctx.tokens;
  const t = toks[i]!;
  const particle =
    (t.f & F.CUE_PARTICLE) !== 0
      ? PARTICLE_VERBS.get(t.lower)?.get(toks[i + 1]?.lower ?? '')
      : undefined;
  const entry = particle ?? ((t.f & F.REPORT) !== 0 ? reportingVerb(t) : undefined);
  if (!entry) return 'verb:no-entry';
  const pos = positionRefusal(ctx, s, i, entry);
  if (pos) return `position:${pos}`;
  const v = verbGroup(ctx, s, i, entry, particle ? 2 : 1);
  const frame = frameRefusal(ctx, s, v);
  if (frame) return `frame:${frame}`;
  const sense = senseRefusal(ctx, s, v);
  if (sense) return `sense:${sense}${sense === 'lemma' ? `-${v.lemma}` : ''}`;
  return creditedCue(ctx, s, v) ? 'verb:found-elsewhere' : 'verb:not-credited';
}

/** Where a missed attribution cue over `span` is lost, word by word, the first that says. */
function cueLoss(ctx: Context, span: Span): string {
  const toks = ctx.tokens;
  const reasons: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.end <= span.start || t.start >= span.end) continue;
    const s = ctx.sentences[ctx.sentenceOf[i]!];
    if (!s) continue;
    const cover = findCues(ctx, s).find((c) => c.start <= i && c.end > i);
    if (cover) return `bounds:found-as-other-span`;
    if ((t.f & (F.REPORT | F.CUE_START | F.CUE_PARTICLE)) === 0) {
      if (t.kind === 'word') reasons.push(`lexicon:none`);
      continue;
    }
    for (const [flag, name, fn] of FAMILIES) {
      if ((t.f & flag) === 0) continue;
      if (name === 'verb') {
        reasons.push(verbLoss(ctx, s, i));
        continue;
      }
      const got = fn!(ctx, s, i);
      reasons.push(`${name}:${got === undefined ? 'absent' : got === null ? 'refused' : 'found?'}`);
    }
  }
  // a reason other than "no lexicon word" names the loss; else the cue's words are unknown
  return reasons.find((r) => r !== 'lexicon:none') ?? 'lexicon:none';
}

/** Where a missed agentless passive over `span` is lost: its be-form and participle, the first filter that refuses. */
function passiveLoss(ctx: Context, span: Span): string {
  const toks = ctx.tokens;
  let k = -1;
  for (let q = 0; q < toks.length; q++) {
    const t = toks[q]!;
    if (t.end <= span.start || t.start >= span.end) continue;
    if (t.kind === 'word' && isParticiple(t.lower)) k = q;
  }
  if (k < 0) return 'participle:none';
  const s = ctx.sentences[ctx.sentenceOf[k]!]!;
  if (findPassives(ctx, s).some((p) => p.start <= k && p.end > k))
    return 'bounds:found-as-other-span';
  let i = k - 1;
  while (i >= s.first && (isAdverb(toks[i]) || toks[i]!.lower === 'not')) i--;
  const be = toks[i];
  if (!be || i < s.first || !BE_FORMS.has(be.lower)) {
    const w = be?.lower ?? '';
    if (w === 'get' || w === 'got' || w === 'gets' || w === 'getting') return 'no-be:get';
    if (w === 'left' || w === 'leave' || w === 'have' || w === 'had') return `no-be:${w}`;
    return 'no-be:reduced';
  }
  const p = toks[k]!;
  const checks: readonly (readonly [string, () => boolean])[] = [
    ['stative', () => STATIVE_PARTICIPLES.has(p.lower)],
    ['feeling-or-wear', () => feelingOrWear(ctx, k)],
    ['present-standing', () => presentStanding(ctx, i, k)],
    ['anonymity', () => anonymityFormula(ctx, s, i, k, p.lower)],
    ['existential', () => existentialInfinitive(ctx, s, i)],
    ['natural-harm', () => naturalHarm(ctx, s, k)],
    ['hit-hard', () => hitHard(ctx, k)],
    ['medical', () => medicalStatus(ctx, s, k)],
    ['compelled', () => compelled(ctx, k)],
    ['divided', () => dividedOpinion(ctx, s, k)],
    ['likelihood', () => likelihood(ctx, i)],
    ['kind-to-be', () => kindToBe(ctx, s, i)],
    ['generic-present', () => genericPresent(ctx, s, i, k)],
    ['attributive', () => attributive(ctx, s, k)],
    ['compound-adjective', () => compoundAdjective(p.lower)],
    ['un-adjective', () => unAdjective(p.lower)],
    ['date-of-origin', () => dateOfOrigin(ctx, i, k)],
    ['raising', () => toks[k + 1]?.lower === 'to' && (p.f & F.RAISING) !== 0],
    ['by-agent', () => hasByAgent(ctx, s, k + 1)],
  ];
  for (const [name, check] of checks) if (check()) return `filter:${name}`;
  return 'filter:other';
}

/**
 * The construction of a false passive: the form of its auxiliaries (present, past, perfect, a
 * modal or `to be`, impersonal `it`, none in a headline), then its participle.
 */
function passiveFalse(ctx: Context, span: Span): string {
  const toks = ctx.tokens;
  const words = toks.filter((t) => t.start >= span.start && t.end <= span.end).map((t) => t.lower);
  const p = words[words.length - 1] ?? '';
  const has = (w: readonly string[]): boolean => words.some((x) => w.includes(x));
  const form = has(['it'])
    ? 'impersonal'
    : has(['have', 'has', 'had', 'been'])
      ? 'perfect'
      : has(['be', 'being']) ||
          has(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might'])
        ? 'modal-or-infinitive'
        : has(['is', 'are', 'am', "'re", "'m"])
          ? 'present'
          : has(['was', 'were'])
            ? 'past'
            : 'no-be';
  return `${form}:${p}`;
}

/** The family of a false cue: the lemma of a verb, or the words of a phrase or a noun. */
function falseCue(ctx: Context, f: Finding): string {
  const t = ctx.tokens.filter((w) => w.start >= f.start && w.end <= f.end);
  const last = t[t.length - 1];
  const entry = last ? reportingVerb(last) : undefined;
  return entry ? `verb:${entry.lemma}` : `other:${t.map((w) => w.lower).join(' ')}`;
}

const causes = new Map<string, { n: number; sets: Set<string>; rows: string[] }>();
const falses = new Map<string, { n: number; sets: Set<string>; rows: string[] }>();
const tally = (into: typeof causes, cause: string, set: string, row: string): void => {
  const c = into.get(cause) ?? { n: 0, sets: new Set(), rows: [] };
  c.n++;
  c.sets.add(set);
  c.rows.push(row);
  into.set(cause, c);
};

for (const dir of sets) {
  const set = basename(dir);
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    const gold = (
      JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.json')), 'utf8')) as {
        spans: Span[];
      }
    ).spans.filter((g) => g.kind === KIND);
    const pred = analyze(text).filter((f: Finding) => f.kind === KIND);
    const { gold: gUsed, found: pUsed } = matchByOverlap(gold, pred);
    let ctx: Context | undefined;
    const sentenceAt = (c: Context, at: number): string => {
      const k = c.tokens.findIndex((t) => t.end > at);
      const s = c.sentences[c.sentenceOf[k]!];
      return s
        ? text.slice(c.tokens[s.first]!.start, c.tokens[s.last - 1]!.end).replace(/\s+/g, ' ')
        : '';
    };
    gold.forEach((g, gi) => {
      if (gUsed.has(gi) || g.optional) return;
      ctx ??= buildContext(text);
      const cause = KIND === 'agentless' ? passiveLoss(ctx, g) : cueLoss(ctx, g);
      tally(
        causes,
        cause,
        set,
        `${set}\t${name}\t${text.slice(g.start, g.end)}\t${sentenceAt(ctx, g.start).slice(0, 240)}`,
      );
    });
    pred.forEach((p, pi) => {
      if (pUsed.has(pi) || gold.some((g) => g.optional && overlap(g, p) > 0)) return;
      ctx ??= buildContext(text);
      const cause = KIND === 'agentless' ? passiveFalse(ctx, p).split(':')[0]! : falseCue(ctx, p);
      tally(
        falses,
        cause,
        set,
        `${set}\t${name}\t${text.slice(p.start, p.end)}\t${sentenceAt(ctx, p.start).slice(0, 240)}`,
      );
    });
  }
}

const print = (title: string, into: typeof causes): void => {
  const rows = [...into.entries()].sort((a, b) => b[1].n - a[1].n);
  const total = rows.reduce((a, [, c]) => a + c.n, 0);
  console.log(`\n${title} (${total})\ncause\tspans\tsets`);
  for (const [cause, c] of rows) {
    console.log(`${cause}\t${c.n}\t${c.sets.size}`);
    if (LIST) for (const r of c.rows) console.log(`    ${r}`);
  }
};
print(`missed ${KIND}`, causes);
print(`false ${KIND}`, falses);
