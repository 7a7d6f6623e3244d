/**
 * `tsx scripts/learned/experiment.ts [options]`: the leave-one-group-out test of the learned
 * unnamed-phrase scorer (docs/learned-unnamed.md). For each held-out group, trains the add model
 * (candidates the rules do not flag) and the drop model (the rules' own findings) on every other
 * text, then scores the group with the rules alone and with the model: anonymous sources caught
 * and controls with a false alarm (anon sets), unnamed P/R/F1 and micro F1 (passages).
 *
 * Options: `--add P` / `--drop P` thresholds (0.8 / 0.1); `--nested` thresholds chosen by an
 * inner leave-one-group-out over the other groups; `--rank` how held-out candidates rank;
 * `--changes` every span added or dropped; `--sweep` other thresholds; `--joint` the add model
 * trained on every candidate (`--joint-flag`: with the rules' flag as a feature); `--gate`
 * adds only credited candidates or in anonymity sentences; `--no-lexical` no word features;
 * `--rate R` / `--epochs N` SGD settings (1 / 50).
 */
import type { Doc, Span } from './data';
import type { UnnamedModel } from './decide';
import { decide } from './decide';
import { loadDocs } from './data';
import type { Example } from './model';
import { DEFAULT_TRAIN, probability, train } from './model';
import type { Scores } from './scoring';
import { gainOf, pct, prf, scoreDoc, zeroScores } from './scoring';

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

/**
 * The training examples of the add model (`flagged` false: candidates the rules miss; with
 * `--joint`, every candidate, so that it learns what an unnamed phrase looks like from the
 * rules' findings too; `--joint-flag` adds whether the rules flag it as a feature) or of the
 * drop model (`flagged` true: the rules' findings).
 */
export function examples(docs: readonly Doc[], flagged: boolean): Example[] {
  const out: Example[] = [];
  for (const d of docs)
    for (const c of d.candidates) {
      if (c.label === null) continue;
      if (c.finding >= 0 === flagged) out.push({ feats: strip(c.feats), label: c.label });
      else if (!flagged && JOINT)
        out.push({
          feats: JOINT_FLAG ? [...strip(c.feats), 'flagged'] : strip(c.feats),
          label: c.label,
        });
    }
  return out;
}

const JOINT_FLAG = args.includes('--joint-flag');
const JOINT = JOINT_FLAG || args.includes('--joint');
const GATE = args.includes('--gate');

const strip = (f: string[]): string[] => (noLexical ? f.filter((x) => !x.startsWith('w:')) : f);

/** The model trained on `docs`. */
export function trainOn(docs: readonly Doc[], addAt = ADD, dropBelow = DROP): UnnamedModel {
  return {
    add: train(examples(docs, false), TRAIN),
    drop: train(examples(docs, true), TRAIN),
    addAt,
    dropBelow,
    gate: GATE,
  };
}

/** The engine's unnamed findings on `doc` after model `m` (null: the rules alone). */
export function run(doc: Doc, m: UnnamedModel | null): Span[] {
  if (m === null) return doc.unnamed;
  const cands = noLexical
    ? doc.candidates.map((c) => ({ ...c, feats: strip(c.feats) }))
    : doc.candidates;
  return decide(doc.unnamed, cands, m);
}

export type { Scores } from './scoring';

export function score(docs: readonly Doc[], unnamedOf: (d: Doc) => Span[]): Scores {
  const r = zeroScores();
  for (const d of docs) scoreDoc(d, unnamedOf(d), r);
  return r;
}

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
  if (args.includes('--nested')) return nested(docs);
  if (args.includes('--rank')) return ranking(docs);
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

/** Errors fixed minus errors made by `m` on `docs` against the rules alone (unnamed only). */
function gain(docs: readonly Doc[], m: UnnamedModel): number {
  const a = score(docs, (d) => d.unnamed);
  const b = score(docs, (d) => run(d, m));
  return gainOf(a, b);
}

const ADD_GRID = [0.6, 0.7, 0.8, 0.9, 2];
const DROP_GRID = [-1, 0.05, 0.1, 0.2, 0.3];

/**
 * Nested leave-one-group-out: for each held-out group, the thresholds are chosen by a
 * leave-one-group-out over the other four groups only (the held-out group never sees the
 * choice), then the model trained on everything but the held-out group is scored on it.
 */
function nested(docs: readonly Doc[]): void {
  console.log(
    '\n| held out (nested) | chosen add / drop | anon caught | control alarms | unnamed P | R | F1 | micro F1 |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const outer of GROUPS) {
    const rest = docs.filter((d) => !outer.includes(d.group));
    const totals = new Map<string, number>();
    for (const inner of GROUPS) {
      if (inner === outer) continue;
      const m = trainOn(rest.filter((d) => !inner.includes(d.group)));
      const test = rest.filter((d) => inner.includes(d.group));
      for (const a of ADD_GRID)
        for (const p of DROP_GRID) {
          const k = `${a} ${p}`;
          totals.set(k, (totals.get(k) ?? 0) + gain(test, { ...m, addAt: a, dropBelow: p }));
        }
    }
    // the best total; ties go to the fewest changes (higher add threshold, lower drop one)
    let best = `2 -1`;
    for (const a of [...ADD_GRID].reverse())
      for (const p of DROP_GRID)
        if (totals.get(`${a} ${p}`)! > totals.get(best)!) best = `${a} ${p}`;
    const [a, p] = best.split(' ').map(Number) as [number, number];
    const m = { ...trainOn(rest), addAt: a, dropBelow: p };
    const test = docs.filter((d) => outer.includes(d.group));
    const name = outer.join('+');
    const shown = `${a > 1 ? 'off' : a} / ${p < 0 ? 'off' : p} (inner gain ${totals.get(best)})`;
    console.log(
      row(
        `${name} engine`,
        score(test, (d) => d.unnamed),
      ).replace('engine |', 'engine | |'),
    );
    console.log(
      row(
        `${name} +model`,
        score(test, (d) => run(d, m)),
      ).replace('+model |', `+model | ${shown} |`),
    );
  }
}

/** How well the models rank held-out candidates, pooled over the five held-out groups. */
function ranking(docs: readonly Doc[]): void {
  const add: [number, boolean][] = [];
  const drop: [number, boolean][] = [];
  for (const group of GROUPS) {
    const m = trainOn(docs.filter((d) => !group.includes(d.group)));
    for (const d of docs.filter((x) => group.includes(x.group)))
      for (const c of d.candidates) {
        if (c.label === null) continue;
        const f = strip(c.feats);
        if (c.finding >= 0) drop.push([probability(m.drop, f), c.label]);
        else add.push([probability(m.add, f), c.label]);
      }
  }
  add.sort((x, y) => y[0] - x[0]);
  drop.sort((x, y) => x[0] - y[0]);
  const at = (xs: [number, boolean][], k: number, want: boolean): string =>
    `${xs.slice(0, k).filter((x) => x[1] === want).length}/${k} (p ${xs[k - 1]?.[0].toFixed(2)})`;
  console.log(
    `\nadd: ${add.length} held-out candidates the rules miss, ${add.filter((x) => x[1]).length} of them unnamed`,
  );
  for (const k of [5, 10, 20, 40, 80]) console.log(`  top ${k}: unnamed ${at(add, k, true)}`);
  console.log(
    `drop: ${drop.length} held-out rule findings' candidates, ${drop.filter((x) => !x[1]).length} of them wrong`,
  );
  for (const k of [5, 10, 20, 40, 80]) console.log(`  bottom ${k}: wrong ${at(drop, k, false)}`);
}

if (process.argv[1]?.endsWith('experiment.ts')) main();
