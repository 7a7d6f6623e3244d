/**
 * `tsx scripts/learned/experiment.ts [--add P] [--drop P]`: the leave-one-group-out test of the
 * learned unnamed-phrase scorer (docs/learned-unnamed.md). For each held-out group, trains the
 * add model (candidates the engine does not flag) and the drop model (the engine's own
 * findings) on every other text, then scores the group with the engine alone and with the
 * engine + model: anonymous sources caught and controls with a false alarm (anon sets), unnamed
 * P/R/F1 and micro F1 (passages).
 */
import type { Doc, Span } from './data';
import { analyze } from '../../src/engine/analyze';
import type { UnnamedModel } from '../../src/engine/learned/unnamed-model';
import { setUnnamedModel } from '../../src/engine/learned/unnamed-model';
import { loadDocs } from './data';
import type { Example, Weights } from '../../src/engine/learned/model';
import { DEFAULT_TRAIN, train } from '../../src/engine/learned/model';

const GROUPS: string[][] = [
  ['anon-g'],
  ['anon-f'],
  ['set-v', 'set-w'],
  ['set-real-x', 'set-real-y'],
  ['set-t', 'set-u'],
];

const args = process.argv.slice(2);
const opt = (name: string, d: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
export const ADD = opt('--add', 0.8);
export const DROP = opt('--drop', 0.1);
const noLexical = args.includes('--no-lexical');
const TRAIN = { ...DEFAULT_TRAIN, rate: opt('--rate', 1), epochs: opt('--epochs', 50) };
const SWEEP = args.includes('--sweep');

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function examples(docs: readonly Doc[], flagged: boolean): Example[] {
  const out: Example[] = [];
  for (const d of docs)
    for (const c of d.candidates)
      if (c.label !== null && c.flagged === flagged)
        out.push({ feats: strip(c.feats), label: c.label });
  return out;
}

const strip = (f: string[]): string[] => (noLexical ? f.filter((x) => !x.startsWith('w:')) : f);

/** The model trained on `docs`. */
export function trainOn(docs: readonly Doc[], addAt = ADD, dropBelow = DROP): UnnamedModel {
  return {
    add: train(examples(docs, false), TRAIN),
    drop: train(examples(docs, true), TRAIN),
    addAt,
    dropBelow,
  };
}

/** The engine's unnamed findings on `doc` with model `m` (null: the rules alone). */
export function run(doc: Doc, m: UnnamedModel | null): Span[] {
  if (m === null) return doc.unnamed;
  setUnnamedModel(m);
  try {
    return analyze(doc.text).filter((f) => f.kind === 'unnamed');
  } finally {
    setUnnamedModel(null);
  }
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** score.mjs's matching for one kind of one text. */
function tallyKind(doc: Doc, kind: string, pred: Span[], t: Tally): void {
  const g = doc.gold.filter((s) => s.kind === kind);
  const pairs: [number, number, number][] = [];
  g.forEach((gs, gi) =>
    pred.forEach((ps, pi) => {
      const o = Math.max(0, Math.min(gs.end, ps.end) - Math.max(gs.start, ps.start));
      if (o > 0) pairs.push([o, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    if (!g[gi]!.optional) t.tp++;
  }
  g.forEach((gs, gi) => {
    if (!gUsed.has(gi) && !gs.optional) t.fn++;
  });
  pred.forEach((ps, pi) => {
    if (pUsed.has(pi)) return;
    if (g.some((gs) => gs.optional && overlaps(gs, ps))) return;
    if (doc.unlabelled.some((r) => ps.start >= r.start && ps.end <= r.end)) return;
    t.fp++;
  });
}

export interface Scores {
  caught: number;
  spans: number;
  alarms: number;
  controls: number;
  unnamed: Tally;
  micro: Tally;
  passages: number;
}

export function score(docs: readonly Doc[], unnamedOf: (d: Doc) => Span[]): Scores {
  const r: Scores = {
    caught: 0,
    spans: 0,
    alarms: 0,
    controls: 0,
    unnamed: { tp: 0, fp: 0, fn: 0 },
    micro: { tp: 0, fp: 0, fn: 0 },
    passages: 0,
  };
  for (const d of docs) {
    const pred = unnamedOf(d);
    if (d.kind === 'anon') {
      for (const g of d.gold) {
        r.spans++;
        if (pred.some((p) => overlaps(p, g))) r.caught++;
      }
      if (d.control) {
        r.controls++;
        if (pred.some((p) => !d.optional.some((o) => overlaps(o, p)))) r.alarms++;
      }
      continue;
    }
    r.passages++;
    tallyKind(d, 'unnamed', pred, r.unnamed);
    tallyKind(d, 'unnamed', pred, r.micro);
    for (const kind of ['attribution', 'agentless', 'hedge'])
      tallyKind(
        d,
        kind,
        d.findings.filter((f) => f.kind === kind),
        r.micro,
      );
  }
  return r;
}

export function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const pct = (x: number): string => (100 * x).toFixed(1);

export function row(label: string, s: Scores): string {
  if (s.passages === 0)
    return `| ${label} | ${s.caught}/${s.spans} (${pct(s.caught / s.spans)}%) | ${s.alarms}/${s.controls} | | | | |`;
  const u = prf(s.unnamed);
  const m = prf(s.micro);
  return `| ${label} | | | ${pct(u.p)} | ${pct(u.r)} | ${pct(u.f)} | ${pct(m.f)} |`;
}

/** The text around span `x` (its sentence, roughly). */
function sentenceOf(text: string, x: Span): string {
  const a = Math.max(text.lastIndexOf('. ', x.start) + 1, x.start - 120);
  const b = text.indexOf('. ', x.end);
  const end = b < 0 ? Math.min(text.length, x.end + 120) : Math.min(b + 1, x.end + 120);
  return text
    .slice(a, end)
    .trim()
    .replace(/\s*\n\s*/g, ' / ');
}

function main(): void {
  const t0 = Date.now();
  const docs = loadDocs();
  const cands = docs.reduce((n, d) => n + d.candidates.length, 0);
  console.log(
    `${docs.length} texts, ${cands} candidates, loaded in ${Date.now() - t0} ms; add >= ${ADD}, drop < ${DROP}${noLexical ? ', no lexical features' : ''}`,
  );
  console.log('\n| held out | anon caught | control alarms | unnamed P | R | F1 | micro F1 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const group of GROUPS) {
    const test = docs.filter((d) => group.includes(d.group));
    const rest = docs.filter((d) => !group.includes(d.group));
    const m = trainOn(rest);
    const name = group.join('+');
    const none = { ...m, addAt: 2, dropBelow: -1 };
    const after = new Map(test.map((d) => [d, run(d, m)]));
    console.log(
      row(
        `${name} engine`,
        score(test, (d) => d.unnamed),
      ),
    );
    console.log(
      row(
        `${name} +add`,
        score(test, (d) => run(d, { ...none, addAt: m.addAt })),
      ),
    );
    console.log(
      row(
        `${name} +drop`,
        score(test, (d) => run(d, { ...none, dropBelow: m.dropBelow })),
      ),
    );
    console.log(
      row(
        `${name} +both`,
        score(test, (d) => after.get(d)!),
      ),
    );
    if (args.includes('--changes'))
      for (const d of test) {
        const show = (x: Span): string => JSON.stringify(d.text.slice(x.start, x.end));
        const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;
        for (const u of d.unnamed)
          if (!after.get(d)!.some((a) => same(a, u)))
            console.log(`  - ${d.name} ${show(u)} | ${sentenceOf(d.text, u)}`);
        for (const a of after.get(d)!)
          if (!d.unnamed.some((u) => same(a, u)))
            console.log(`  + ${d.name} ${show(a)} | ${sentenceOf(d.text, a)}`);
      }
    if (SWEEP) {
      for (const a of [0.5, 0.6, 0.7, 0.9])
        console.log(
          row(
            `${name} +add ${a}`,
            score(test, (d) => run(d, { ...none, addAt: a })),
          ),
        );
      for (const p of [0.2, 0.3, 0.5])
        console.log(
          row(
            `${name} +drop ${p}`,
            score(test, (d) => run(d, { ...none, dropBelow: p })),
          ),
        );
    }
  }
}

if (process.argv[1]?.endsWith('experiment.ts')) main();
