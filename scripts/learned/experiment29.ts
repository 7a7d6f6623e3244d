/**
 * `tsx scripts/learned/experiment29.ts [--cache FILE] [--variants sep,joint,gate] [--curve V]
 * [--golden V] [--no-type]`: session 29's rerun of the learned unnamed-phrase experiment
 * (docs/learned-unnamed.md) on every development text, leave-one-SESSION-out.
 *
 * Each held-out group is the sets one session wrote (eval/labelled/README.md, eval/anon/README.md):
 * sessions 6-28. The corpus, set-a ... set-k and anon set-a (sessions 1-5) are never held out.
 * For each held-out group the add and drop thresholds are chosen by a leave-one-group-out over
 * the other session groups only (nested), then the models trained on everything but the group
 * score it. Variants: `sep` (the add model trained on the candidates the rules miss), `joint`
 * (trained on every candidate), `gate` (joint, adding only credited candidates or in sentences
 * with anonymity words, never `the` + a person noun). Every variant has the drop model. Text
 * type (anon sentence or passage) is a feature unless `--no-type`.
 *
 * Reads the cache of scripts/learned/cache.ts (default /tmp/learned-docs.json); training works
 * on integer feature ids (the same logistic regression and averaging as model.ts, exact average).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureName, T, TEMPLATE } from '../../src/engine/learned/features';
import type { Doc, Span } from './data';
import { gateOpen } from './decide';
import type { Scores } from './scoring';
import { gainOf, overlaps, pct, prf, scoreDoc, zeroScores as zero } from './scoring';

const args = process.argv.slice(2);
const argOf = (name: string, d: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : d;
};
const CACHE = argOf('--cache', '/tmp/learned-docs.json');
const VARIANTS = argOf('--variants', 'sep,joint,gate').split(',');
const NO_TYPE = args.includes('--no-type');
/**
 * `--gate-type` (session 30): the text-type features take the sentence's gate bits (`g0` ... `g3`:
 * formula, cue) for the text type, which the product cannot know.
 */
const GATE_TYPE = args.includes('--gate-type');
/**
 * `--train-gated` (session 30): a gated variant's models are trained only on the candidates of
 * the sentences its gate opens (the distribution it is asked about), not on every candidate.
 */
const TRAIN_GATED = args.includes('--train-gated');
const EPOCHS = Number(argOf('--epochs', '50'));
/** `--fixed A P`: the learning curve at fixed thresholds instead of nested ones. */
const FIXED: [number, number] | null = args.includes('--fixed')
  ? [Number(argOf('--fixed', '2')), Number(args[args.indexOf('--fixed') + 2])]
  : null;

/** The sets each session wrote (held out that session), by session. */
const SESSIONS: [number, string[]][] = [
  [6, ['set-l', 'set-m', 'anon-b']],
  [7, ['set-n', 'set-o', 'anon-c']],
  [8, ['set-p', 'set-q', 'anon-d']],
  [9, ['set-r', 'set-s', 'anon-e']],
  [10, ['set-t', 'set-u', 'anon-f']],
  [11, ['set-v', 'set-w', 'set-real-x', 'set-real-y', 'anon-g']],
  [12, ['set-aa', 'set-ab', 'set-real-z', 'anon-h']],
  [13, ['set-ac', 'set-ad', 'set-ae', 'anon-i']],
  [14, ['set-af', 'set-ag', 'set-ah', 'anon-j', 'anon-k']],
  [15, ['set-ai', 'set-aj', 'set-ak', 'anon-l', 'anon-m']],
  [16, ['set-al', 'set-am', 'set-an', 'anon-n', 'anon-o']],
  [17, ['set-ao', 'set-ap', 'set-aq', 'anon-p', 'anon-q']],
  [18, ['set-ar', 'set-as', 'set-at', 'set-real-w', 'anon-r', 'anon-s']],
  [19, ['set-au', 'set-av', 'set-aw', 'anon-t', 'anon-u']],
  [20, ['set-ax', 'set-ay', 'set-az', 'anon-v', 'anon-w']],
  [21, ['set-ba', 'set-bb', 'set-bc', 'anon-x', 'anon-y']],
  [22, ['set-bd', 'set-be', 'set-bf', 'anon-z', 'anon-aa']],
  [23, ['set-bg', 'set-bh', 'set-bi', 'anon-ab', 'anon-ac']],
  [24, ['set-bj', 'set-bk', 'set-bl', 'anon-ad', 'anon-ae']],
  [25, ['set-bm', 'set-bn', 'set-bo', 'anon-af', 'anon-ag']],
  [26, ['set-bp', 'set-bq', 'set-br', 'anon-ah', 'anon-ai']],
  [27, ['set-bs', 'set-bt', 'set-bu', 'anon-aj', 'anon-ak']],
  [28, ['set-bv', 'set-bw', 'set-bx', 'anon-al', 'anon-am']],
];

/** A cached text with its candidates' feature ids. */
interface D extends Doc {
  session: number;
  ids: Int32Array[];
}

const fid = new Map<string, number>();
const idOf = (f: string): number => {
  let i = fid.get(f);
  if (i === undefined) fid.set(f, (i = fid.size));
  return i;
};

/** The text-type features added to a candidate's own (session 29). */
function typed(kind: string, feats: readonly string[]): string[] {
  if (NO_TYPE) return [...feats];
  const det = feats.find((f) => f.startsWith('det:')) ?? 'det:?';
  const cls = feats.find((f) => f.startsWith('cls:')) ?? 'cls:?';
  const out = [...feats, `type:${kind}`, `type+${det}:${kind}`, `type+${cls}:${kind}`];
  if (feats.includes('source')) out.push(`type+source:${kind}`);
  if (feats.includes('sentAnon')) out.push(`type+sentAnon:${kind}`);
  return out;
}

function load(): D[] {
  const raw = JSON.parse(readFileSync(CACHE, 'utf8')) as Doc[];
  const sessionOf = new Map<string, number>();
  for (const [s, groups] of SESSIONS) for (const g of groups) sessionOf.set(g, s);
  return raw.map((d) => ({
    ...d,
    session: d.group === 'page' ? -1 : (sessionOf.get(d.group) ?? 0),
    ids: d.candidates.map((c) =>
      Int32Array.from(typed(GATE_TYPE ? `g${c.gate}` : d.kind, c.feats).map(idOf)),
    ),
  }));
}

// ---- the model: logistic regression by SGD, as model.ts, on feature ids

interface Ex {
  ids: Int32Array;
  y: number;
}
let LEXICAL: Uint8Array = new Uint8Array(0);

function train(exs: readonly Ex[]): Float64Array {
  const n = fid.size;
  const w = new Float64Array(n);
  const u = new Float64Array(n);
  let c = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = 1 / (1 + epoch);
    for (const ex of exs) {
      let z = 0;
      for (const f of ex.ids) z += w[f]!;
      const g = ex.y - 1 / (1 + Math.exp(-z));
      for (const f of ex.ids) {
        const l2 = LEXICAL[f] ? 3e-3 : 1e-4;
        const d = rate * (g - l2 * w[f]!);
        w[f]! += d;
        u[f]! += c * d;
      }
      c++;
    }
  }
  const avg = new Float64Array(n);
  for (let f = 0; f < n; f++) avg[f] = w[f]! - u[f]! / c;
  return avg;
}

const prob = (w: Float64Array, ids: Int32Array): number => {
  let z = 0;
  for (const f of ids) z += w[f]!;
  return 1 / (1 + Math.exp(-z));
};

/**
 * (session 30) `formula` and `cue`: the separate model asked only in sentences with an anonymity
 * formula (`formula`), or with a formula or any cue the rules found (`cue`), for adding and
 * dropping alike; both share `sep`'s models.
 */
type Variant = 'sep' | 'joint' | 'gate' | 'formula' | 'cue';

/** The sentence gate bits (data.ts `gate`) a variant asks for; 0 = every sentence. */
const GATE_BITS: Record<Variant, number> = { sep: 0, joint: 0, gate: 0, formula: 1, cue: 3 };
const gated = (v: Variant, bits: number): boolean =>
  GATE_BITS[v] === 0 || (bits & GATE_BITS[v]) !== 0;

interface Models {
  add: Float64Array;
  drop: Float64Array;
}

function fit(docs: readonly D[], v: Variant, dropModel?: Float64Array): Models {
  const add: Ex[] = [];
  const drop: Ex[] = [];
  for (const d of docs)
    d.candidates.forEach((c, i) => {
      if (c.label === null) return;
      if (TRAIN_GATED && !gated(v, c.gate)) return;
      const ex = { ids: d.ids[i]!, y: c.label ? 1 : 0 };
      if (c.finding >= 0) {
        drop.push(ex);
        if (addKind(v) !== 'sep') add.push(ex);
      } else add.push(ex);
    });
  return { add: train(add), drop: dropModel ?? train(drop) };
}

/** The variant whose add model `v` uses. */
function addKind(v: Variant): Variant {
  return v === 'formula' || v === 'cue' ? 'sep' : v;
}

/** `fit`, sharing the drop model between variants and the add model between joint and gate. */
function fitShared(docs: readonly D[], v: Variant, fits: Map<Variant, Models>): Models {
  if (TRAIN_GATED && GATE_BITS[v] !== 0) {
    const m = fit(docs, v);
    fits.set(v, m);
    return m;
  }
  const twin =
    v === 'gate' || v === 'joint'
      ? (fits.get('gate') ?? fits.get('joint'))
      : (fits.get('sep') ?? fits.get('formula') ?? fits.get('cue'));
  const any = [...fits.values()][0];
  const m = twin ?? fit(docs, v, any?.drop);
  fits.set(v, m);
  return m;
}

/** Per text: each candidate's add and drop probability under `m`. */
interface Probs {
  add: Float64Array;
  drop: Float64Array;
}

function probsOf(d: D, m: Models): Probs {
  return {
    add: Float64Array.from(d.ids, (ids) => prob(m.add, ids)),
    drop: Float64Array.from(d.ids, (ids) => prob(m.drop, ids)),
  };
}

/** The text's unnamed spans after the model at thresholds `addAt` / `dropBelow`. */
function decideDoc(d: D, p: Probs, v: Variant, addAt: number, dropBelow: number): Span[] {
  const best = d.unnamed.map(() => -1);
  const extra: { c: Span; p: number }[] = [];
  d.candidates.forEach((c, i) => {
    if (!gated(v, c.gate)) return;
    if (c.finding >= 0) best[c.finding] = Math.max(best[c.finding]!, p.drop[i]!);
    else if (p.add[i]! >= addAt && (v !== 'gate' || gateOpen(c.feats)))
      extra.push({ c, p: p.add[i]! });
  });
  const kept: Span[] = d.unnamed.filter((_, i) => best[i]! < 0 || best[i]! >= dropBelow);
  extra.sort((a, b) => b.p - a.p || a.c.start - b.c.start);
  for (const { c } of extra)
    if (!kept.some((k) => overlaps(k, c))) kept.push({ start: c.start, end: c.end });
  return kept.sort((a, b) => a.start - b.start);
}

/** One table row: engine alone → engine + model. */
function row(label: string, extra: string, a: Scores, b: Scores): string {
  const ua = prf(a.unnamed);
  const ub = prf(b.unnamed);
  const ma = prf(a.micro);
  const mb = prf(b.micro);
  const arrow = (x: number, y: number): string => `${pct(x)} → ${pct(y)}`;
  return [
    label,
    extra,
    `${a.caught} → ${b.caught} / ${a.spans} (${arrow(a.caught / a.spans, b.caught / b.spans)})`,
    `${a.alarms} → ${b.alarms} / ${a.controls}`,
    arrow(ua.p, ub.p),
    arrow(ua.r, ub.r),
    arrow(ua.f, ub.f),
    arrow(ma.f, mb.f),
    `${b.unnamed.tp - a.unnamed.tp}/${b.unnamed.fp - a.unnamed.fp}`,
  ].join(' | ');
}

/** (`--low`, session 30: the no-type model's choice sat at the grid's edge, 0.5, in most folds.) */
const ADD_GRID = [...(args.includes('--low') ? [0.3, 0.4] : []), 0.5, 0.6, 0.7, 0.8, 0.9, 2];
const DROP_GRID = [-1, 0.05, 0.1, 0.2, 0.3];

/** The gain of every grid cell on `test` under `m` (the engine alone as the baseline). */
function gains(test: readonly D[], m: Models, v: Variant): Map<string, number> {
  const out = new Map<string, number>();
  const base = zero();
  for (const d of test) scoreDoc(d, d.unnamed, base, true);
  const ps = test.map((d) => probsOf(d, m));
  for (const a of ADD_GRID)
    for (const p of DROP_GRID) {
      const s = zero();
      test.forEach((d, i) => scoreDoc(d, decideDoc(d, ps[i]!, v, a, p), s, true));
      out.set(`${a} ${p}`, gainOf(base, s));
    }
  return out;
}

/** The best cell of summed gains; ties go to the fewest changes. */
function choose(totals: Map<string, number>): [number, number, number] {
  let best = '2 -1';
  for (const a of [...ADD_GRID].reverse())
    for (const p of DROP_GRID)
      if ((totals.get(`${a} ${p}`) ?? 0) > (totals.get(best) ?? 0)) best = `${a} ${p}`;
  const [a, p] = best.split(' ').map(Number) as [number, number];
  return [a, p, totals.get(best) ?? 0];
}

/**
 * Thresholds for training docs `train` (session groups `inner`) by leave-one-group-out over
 * `inner`: each inner group scored by the models trained on the rest of `train`.
 */
function nestedChoice(train: readonly D[], inner: readonly number[], vs: readonly Variant[]) {
  const totals = new Map<string, Map<string, number>>();
  const kinds = PER_TYPE ? ['anon', 'passage'] : ['all'];
  for (const g of inner) {
    const rest = train.filter((d) => d.session !== g);
    const test = train.filter((d) => d.session === g);
    const fits = new Map<Variant, Models>();
    for (const v of vs) {
      const m = fitShared(rest, v, fits);
      for (const k of kinds) {
        const key = `${v} ${k}`;
        if (!totals.has(key)) totals.set(key, new Map());
        const t = totals.get(key)!;
        const part = k === 'all' ? test : test.filter((d) => d.kind === k);
        for (const [c, x] of gains(part, m, v)) t.set(c, (t.get(c) ?? 0) + x);
      }
    }
  }
  return new Map(
    vs.map((v) => {
      const pick = (k: string): [number, number, number] => choose(totals.get(`${v} ${k}`)!);
      const anon = pick(PER_TYPE ? 'anon' : 'all');
      return [v, PER_TYPE ? { anon, passage: pick('passage') } : { anon, passage: anon }];
    }),
  );
}

/** `--per-type`: thresholds chosen separately for anon sentences and passages. */
const PER_TYPE = args.includes('--per-type');

const show = (a: number, p: number): string => `${a > 1 ? 'off' : a} / ${p < 0 ? 'off' : p}`;

function main(): void {
  const t0 = Date.now();
  const docs = load().filter((d) => d.group !== 'page');
  LEXICAL = new Uint8Array(fid.size);
  for (const [f, i] of fid) if (f.startsWith('w:')) LEXICAL[i] = 1;
  const vs = VARIANTS as Variant[];
  const sessions = SESSIONS.map(([s]) => s);
  console.log(
    `${docs.length} texts, ${docs.reduce((n, d) => n + d.candidates.length, 0)} candidates, ${fid.size} features; variants ${vs.join(', ')}${NO_TYPE ? ', no text type' : ''}`,
  );
  if (args.includes('--curve')) return curve(docs, args[args.indexOf('--curve') + 1] as Variant);
  if (args.includes('--golden')) return golden(args[args.indexOf('--golden') + 1] as Variant);
  if (args.includes('--export'))
    return exportModel(args[args.indexOf('--export') + 1] as Variant, argOf('--out', MODEL_FILE));
  const header =
    '| held out | add / drop (inner gain) | anon caught | control alarms | unnamed P | R | F1 | micro F1 | unnamed tp/fp change |';
  const pooled = new Map<Variant, { a: Scores; b: Scores; new4a: Scores; new4b: Scores }>(
    vs.map((v) => [v, { a: zero(), b: zero(), new4a: zero(), new4b: zero() }]),
  );
  const rows = new Map<Variant, string[]>(vs.map((v) => [v, []]));
  const only = args.includes('--only') ? Number(argOf('--only', '0')) : 0;
  for (const s of sessions) {
    if (only && s !== only) continue;
    const train = docs.filter((d) => d.session !== s);
    const test = docs.filter((d) => d.session === s);
    const chosen = nestedChoice(
      train,
      sessions.filter((x) => x !== s),
      vs,
    );
    const fits = new Map<Variant, Models>();
    for (const v of vs) {
      const m = fitShared(train, v, fits);
      const ch = chosen.get(v)!;
      const [a, p, g] = ch.anon;
      const before = zero();
      const after = zero();
      const P = pooled.get(v)!;
      for (const d of test) {
        const [ad, dr] = d.kind === 'anon' ? ch.anon : ch.passage;
        const pred = decideDoc(d, probsOf(d, m), v, ad, dr);
        scoreDoc(d, d.unnamed, before);
        scoreDoc(d, pred, after);
        if (args.includes('--changes')) printChanges(d, pred, v);
        scoreDoc(d, d.unnamed, P.a);
        scoreDoc(d, pred, P.b);
        if (s >= 25) {
          scoreDoc(d, d.unnamed, P.new4a);
          scoreDoc(d, pred, P.new4b);
        }
      }
      const shown = PER_TYPE
        ? `anon ${show(a, p)} (${g}), passages ${show(ch.passage[0], ch.passage[1])} (${ch.passage[2]})`
        : `${show(a, p)} (${g})`;
      const line = `| s${s} | ${row(SESSIONS.find((x) => x[0] === s)![1].join(' '), shown, before, after)} |`;
      rows.get(v)!.push(line);
      console.log(`${v} ${line}  [${Math.round((Date.now() - t0) / 1000)} s]`);
    }
  }
  for (const v of vs) {
    const P = pooled.get(v)!;
    console.log(`\n### ${v}\n\n${header}\n${'| --- '.repeat(9)}|`);
    for (const r of rows.get(v)!) console.log(r.replace(/^\| s(\d+) \| /, '| s$1: '));
    console.log(`| pooled | ${row('', '', P.a, P.b).slice(3)} |`);
    console.log(`| sessions 25-28 | ${row('', '', P.new4a, P.new4b).slice(3)} |`);
  }
}

/** Every span model variant `v` added to or dropped from text `d`, with gold's verdict. */
function printChanges(d: D, after: readonly Span[], v: Variant): void {
  const same = (x: Span, y: Span): boolean => x.start === y.start && x.end === y.end;
  const verdict = (x: Span): string => {
    const g = d.gold.filter((s) => s.kind === 'unnamed' && overlaps(s, x));
    if (g.some((s) => !s.optional)) return 'gold';
    if (g.length > 0 || d.optional.some((o) => overlaps(o, x))) return 'optional';
    return 'not gold';
  };
  const line = (sign: string, x: Span): void =>
    console.log(
      `  ${v} ${sign} ${d.group} ${d.name} "${d.text.slice(x.start, x.end)}" [${verdict(x)}] | ${d.text
        .slice(Math.max(0, x.start - 80), x.end + 60)
        .replace(/\s+/g, ' ')}`,
    );
  for (const u of d.unnamed) if (!after.some((x) => same(x, u))) line('-', u);
  for (const x of after) if (!d.unnamed.some((u) => same(x, u))) line('+', x);
}

/**
 * The learning curve of variant `v`, pooled over the newest four sessions: trained on the oldest
 * third, two thirds, or all of the other session groups (sessions 1-5 always in), thresholds
 * chosen nested within the groups trained on.
 */
function curve(docs: readonly D[], v: Variant): void {
  const sessions = SESSIONS.map(([s]) => s);
  for (const share of [1 / 3, 2 / 3, 1]) {
    const a = zero();
    const b = zero();
    const picks: string[] = [];
    for (const s of [25, 26, 27, 28]) {
      const others = sessions.filter((x) => x !== s);
      const used = others.slice(0, Math.round(others.length * share));
      const train = docs.filter((d) => d.session === 0 || used.includes(d.session));
      const [ad, dr] = FIXED ?? nestedChoice(train, used, [v]).get(v)!.anon;
      const m = fit(train, v);
      picks.push(`s${s} ${show(ad, dr)}`);
      for (const d of docs.filter((x) => x.session === s)) {
        scoreDoc(d, d.unnamed, a);
        scoreDoc(d, decideDoc(d, probsOf(d, m), v, ad, dr), b);
      }
    }
    const n = Math.round(22 * share);
    console.log(`| ${v} ${n} of 22 groups | ${row('', picks.join(', '), a, b).slice(3)} |`);
  }
}

/**
 * The changes on the saved real pages by variant `v` trained on every development text,
 * thresholds chosen by leave-one-session-out over all sessions.
 */
function golden(v: Variant): void {
  const all = load();
  LEXICAL = new Uint8Array(fid.size);
  for (const [f, i] of fid) if (f.startsWith('w:')) LEXICAL[i] = 1;
  const train = all.filter((d) => d.group !== 'page');
  const ch = nestedChoice(
    train,
    SESSIONS.map(([s]) => s),
    [v],
  ).get(v)!;
  // (the real pages are passages)
  const [a, p, g] = ch.passage;
  const m = fit(train, v);
  console.log(`${v}: thresholds ${show(a, p)} (gain ${g} over the 23 session groups)`);
  const same = (x: Span, y: Span): boolean => x.start === y.start && x.end === y.end;
  for (const d of all.filter((x) => x.group === 'page')) {
    const after = decideDoc(d, probsOf(d, m), v, a, p);
    const ctx = (x: Span): string =>
      d.text
        .slice(Math.max(0, x.start - 100), Math.min(d.text.length, x.end + 80))
        .replace(/\s+/g, ' ');
    for (const u of d.unnamed)
      if (!after.some((x) => same(x, u)))
        console.log(`- ${d.name} "${d.text.slice(u.start, u.end)}" | ${ctx(u)}`);
    for (const x of after)
      if (!d.unnamed.some((u) => same(x, u)))
        console.log(`+ ${d.name} "${d.text.slice(x.start, x.end)}" | ${ctx(x)}`);
  }
}

/** Where `--export` writes the engine's model. */
const MODEL_FILE = join(import.meta.dirname, '..', '..', 'src/engine/learned/model.json');

/**
 * `--export V [--out FILE]` (session 30): trains variant `v` on every development text, chooses
 * its thresholds by leave-one-session-out over all sessions (as `--golden`), and writes the
 * engine's model (src/engine/learned/model.json): integer features by id, words by word, sorted,
 * so that the same data and code give the same file byte for byte.
 */
function exportModel(v: Variant, out: string): void {
  const train = load().filter((d) => d.group !== 'page');
  LEXICAL = new Uint8Array(fid.size);
  for (const [f, i] of fid) if (f.startsWith('w:')) LEXICAL[i] = 1;
  const [a, p, g] = nestedChoice(
    train,
    SESSIONS.map(([s]) => s),
    [v],
  ).get(v)!.anon;
  const m = fit(train, v);
  // the engine's integer id of each named feature
  const idOfName = new Map<string, number>();
  for (let t = 0; t <= T.namedBefore; t++)
    for (let x = 0; x < TEMPLATE; x++) {
      const name = featureName(t * TEMPLATE + x);
      if (!name.includes('undefined') && !idOfName.has(name)) idOfName.set(name, t * TEMPLATE + x);
    }
  const names = [...fid.keys()];
  const table = (w: Float64Array) => {
    const ids: [number, number][] = [];
    const words: [string, number][] = [];
    const post: [string, number][] = [];
    const cue: [string, number][] = [];
    names.forEach((name, i) => {
      const x = Math.round(w[i]! * 1e4) / 1e4;
      if (x === 0) return;
      if (name.startsWith('w:')) words.push([name.slice(2), x]);
      else if (name.startsWith('post:')) post.push([name.slice(5), x]);
      else if (name.startsWith('cue:')) cue.push([name.slice(4), x]);
      else {
        const id = idOfName.get(name);
        if (id === undefined) throw new Error(`no engine feature for ${name}`);
        ids.push([id, x]);
      }
    });
    const byKey = <K extends string | number>(e: [K, number][]): Record<string, number> =>
      Object.fromEntries(e.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)));
    return { ids: byKey(ids), words: byKey(words), post: byKey(post), cue: byKey(cue) };
  };
  const file = {
    version: 1,
    variant: v,
    gain: g,
    addAt: a > 1 ? 2 : a,
    dropBelow: p,
    add: table(m.add),
    drop: table(m.drop),
  };
  writeFileSync(out, JSON.stringify(file) + '\n');
  console.log(`${out}: ${v}, thresholds ${show(a, p)} (gain ${g})`);
}

main();
