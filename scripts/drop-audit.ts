/**
 * `tsx scripts/drop-audit.ts [--out FILE.json] [--top N] [--cause TEXT] [--protects]`: where
 * each missed gold `unnamed` span is lost, over every passage set and anon sentence set.
 *
 * The engine is not changed: this script copies `src/` to a scratch directory, instruments the
 * copy (every `return` of `reason`, every `continue` of `findUnnamed`'s candidate loop, its early
 * returns that skip a sentence, and the `reason` call's result), runs the copy on every set, and
 * sorts each missed gold span (not optional) under a cause:
 * - `reason:LINE case | condition`: the last `return` `reason` took on the phrase that overlaps
 *   the span most (line numbers of the worktree's own `reason.ts`);
 * - `cand:LINE | condition`: the last refusal of a candidate head inside the span in
 *   `findUnnamed` (the gate's refusal shows as its `continue`); `cand:not-actor` and
 *   `cand:covered` for the two broad refusals (head no actor noun, inside an earlier phrase);
 * - `found-then-lost`: `reason` flagged the phrase but no finding overlaps the span (merged,
 *   deduplicated or dropped after `findUnnamed`); `paired-elsewhere`: a finding overlaps it but
 *   was matched to another gold span;
 * - `sentence-skipped`: the sentence had no actor word, hedge or source; `no-trace`: no candidate.
 * Prints, per cause, the misses (and how many in anon sets), the distinct sets, the distinct writers'
 * sessions (sets added to the repository by one commit count as one writer), and the phrases the
 * same `return` dropped that overlap no gold span (what the check protects). `--cause TEXT` lists
 * the misses (and protects with `--protects`) of causes containing TEXT, with their context.
 * `--text "..."` prints, for one text, every phrase `reason` judged and the `return` it took, and
 * every candidate refused.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { matchByOverlap, overlap } from './lib/score-match';
import { optionValue } from './lib/args';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => optionValue(args, name);

type Labels = Record<string, string>;

/** Rewrites `file` in place by the edits (start, end, text), last first. */
function applyEdits(file: string, text: string, edits: [number, number, string][]): void {
  edits.sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [a, b, t] of edits) out = out.slice(0, a) + t + out.slice(b);
  writeFileSync(file, out);
}

const squash = (s: string, n = 70): string => {
  const t = s
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > n ? `${t.slice(0, n)}...` : t;
};

function enclosingFunction(n: ts.Node): ts.Node | undefined {
  for (let p = n.parent; p; p = p.parent)
    if (ts.isFunctionDeclaration(p) || ts.isArrowFunction(p) || ts.isFunctionExpression(p))
      return p;
  return undefined;
}

function enclosingLoop(n: ts.Node): ts.Node | undefined {
  for (let p = n.parent; p; p = p.parent)
    if (ts.isIterationStatement(p, false) || ts.isFunctionLike(p)) return p;
  return undefined;
}

/** The `if` condition a statement depends on, or the statement itself. */
function conditionOf(sf: ts.SourceFile, n: ts.Node): string {
  let p: ts.Node = n;
  if (ts.isBlock(p.parent) && p.parent.statements.length === 1) p = p.parent;
  if (ts.isIfStatement(p.parent) && p.parent.thenStatement === p)
    return squash(p.parent.expression.getText(sf));
  return squash(n.getText(sf));
}

function caseOf(sf: ts.SourceFile, n: ts.Node): string {
  for (let p = n.parent; p; p = p.parent)
    if (ts.isCaseClause(p)) return `${p.expression.getText(sf).replace(/'/g, '')} `;
  return '';
}

function instrument(dir: string): Labels {
  const labels: Labels = {};
  const line = (sf: ts.SourceFile, n: ts.Node) =>
    sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  // reason.ts: every return of `reason` records its line
  {
    const file = join(dir, 'engine/unnamed/reason.ts');
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const edits: [number, number, string][] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isReturnStatement(n) && n.expression) {
        const f = enclosingFunction(n);
        if (f && ts.isFunctionDeclaration(f) && f.name?.text === 'reason') {
          const l = line(sf, n);
          labels[`r${l}`] = `reason:${l} ${caseOf(sf, n)}| ${conditionOf(sf, n)}`;
          const e = n.expression;
          edits.push([e.getStart(sf), e.getEnd(), `globalThis.__dt.ret(${l}, (${e.getText(sf)}))`]);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    applyEdits(file, text, edits);
  }
  // find-unnamed.ts: refusals in the candidate loop, sentence skips, and reason's result
  {
    const file = join(dir, 'engine/unnamed/find-unnamed.ts');
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const edits: [number, number, string][] = [];
    let main: ts.Node | undefined;
    const visit = (n: ts.Node): void => {
      const f = enclosingFunction(n);
      const inFind = f && ts.isFunctionDeclaration(f) && f.name?.text === 'findUnnamed';
      if (
        inFind &&
        !main &&
        ts.isForStatement(n) &&
        n.initializer &&
        n.initializer.getText(sf).startsWith('let h = s.first')
      )
        main = n;
      if (inFind && ts.isContinueStatement(n) && main && enclosingLoop(n) === main) {
        const l = line(sf, n);
        labels[`c${l}`] = `cand:${l} | ${conditionOf(sf, n)}`;
        edits.push([
          n.getStart(sf),
          n.getEnd(),
          `{ globalThis.__dt.cand(${l}, ctx, h); continue; }`,
        ]);
      }
      if (inFind && ts.isReturnStatement(n) && !main)
        edits.push([
          n.getStart(sf),
          n.getEnd(),
          `{ globalThis.__dt.skip(ctx, s); ${n.getText(sf)} }`,
        ]);
      if (
        inFind &&
        ts.isCallExpression(n) &&
        ts.isIdentifier(n.expression) &&
        n.expression.text === 'reason'
      )
        edits.push([
          n.getStart(sf),
          n.getEnd(),
          `globalThis.__dt.res(ctx, np, cls, isSource, ${n.getText(sf)})`,
        ]);
      ts.forEachChild(n, visit);
    };
    visit(sf);
    applyEdits(file, text, edits);
  }
  return labels;
}

interface Span {
  start: number;
  end: number;
  optional?: boolean;
}
type Trace =
  | {
      k: 'r';
      line: number;
      start: number;
      end: number;
      head: string;
      cls: string;
      src: boolean;
      flagged: boolean;
    }
  | { k: 'c'; line: number; start: number; end: number; head: string }
  | { k: 'skip'; start: number; end: number };
interface Rec {
  set: string;
  file: string;
  text: string;
  cause: string;
  detail: string;
  ctx: string;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'drop-audit-'));
  try {
    cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
    const labels = instrument(join(dir, 'src'));
    let trace: Trace[] = [];
    let last = 0;
    (globalThis as Record<string, unknown>).__dt = {
      ret<T>(line: number, v: T): T {
        last = line;
        return v;
      },
      cand(
        line: number,
        ctx: { tokens: { start: number; end: number; lower: string }[] },
        h: number,
      ) {
        const t = ctx.tokens[h]!;
        trace.push({ k: 'c', line, start: t.start, end: t.end, head: t.lower });
      },
      skip(ctx: { tokens: { start: number; end: number }[] }, s: { first: number; last: number }) {
        trace.push({
          k: 'skip',
          start: ctx.tokens[s.first]!.start,
          end: ctx.tokens[s.last - 1]!.end,
        });
      },
      res<T>(
        ctx: { tokens: { start: number; end: number; lower: string }[] },
        np: { start: number; end: number; head: number },
        cls: string,
        src: boolean,
        v: T,
      ): T {
        const t = ctx.tokens;
        trace.push({
          k: 'r',
          line: last,
          start: t[np.start]!.start,
          end: t[np.end - 1]!.end,
          head: t[np.head]!.lower,
          cls,
          src,
          flagged: Boolean(v),
        });
        last = 0;
        return v;
      },
    };
    // (the gate's refusals go through `reason` too, so that the check that refuses them shows)
    // eslint-disable-next-line no-unsanitized/method -- our own instrumented copy, written above
    const gate = (await import(join(dir, 'src/engine/unnamed/gate.ts'))) as {
      gateCheck: { on: boolean };
    };
    gate.gateCheck.on = true;
    // eslint-disable-next-line no-unsanitized/method -- our own instrumented copy, written above
    const { analyze } = (await import(join(dir, 'src/engine/index.ts'))) as {
      analyze: (t: string) => { kind: string; start: number; end: number; why?: string }[];
    };
    const one = opt('--text');
    if (one !== undefined) {
      trace = [];
      analyze(one);
      for (const r of trace)
        if (r.k === 'r')
          console.log(
            `${r.flagged ? 'FLAG' : 'drop'} ${one.slice(r.start, r.end)} [${r.cls}${r.src ? ',src' : ''}] ${labels[`r${r.line}`] ?? `reason:${r.line}`}`,
          );
        else if (r.k === 'c')
          console.log(`cand ${r.head} ${labels[`c${r.line}`] ?? `cand:${r.line}`}`);
      return;
    }
    const misses: Rec[] = [];
    const fps: Rec[] = [];
    const protects: Rec[] = [];
    const around = (text: string, a: number, b: number) =>
      text.slice(Math.max(0, a - 90), b + 70).replace(/\n/g, ' ');
    const run = (set: string, file: string, text: string, gold: Span[], sentences: boolean) => {
      trace = [];
      let found: { kind: string; start: number; end: number; why?: string }[] = [];
      try {
        found = analyze(text);
      } catch {
        found = [];
      }
      const pred = found.filter((f) => f.kind === 'unnamed');
      let gUsed = new Set<number>();
      let pUsed = new Set<number>();
      if (sentences) {
        gold.forEach((g, gi) => pred.some((p) => overlap(g, p) > 0) && gUsed.add(gi));
        pred.forEach((p, pi) => gold.some((g) => overlap(g, p) > 0) && pUsed.add(pi));
      } else {
        ({ gold: gUsed, found: pUsed } = matchByOverlap(gold, pred));
      }
      const rs = trace.filter((r): r is Extract<Trace, { k: 'r' }> => r.k === 'r');
      gold.forEach((g, gi) => {
        if (gUsed.has(gi) || g.optional) return;
        let best: Extract<Trace, { k: 'r' }> | null = null;
        let bo = 0;
        for (const r of rs) {
          const o = overlap(g, r);
          if (o > bo) {
            bo = o;
            best = r;
          }
        }
        let cause: string;
        let detail = '';
        const paired = pred.some((p) => overlap(g, p) > 0);
        if (best) {
          cause = best.flagged
            ? paired
              ? 'paired-elsewhere'
              : 'found-then-lost'
            : (labels[`r${best.line}`] ?? `reason:${best.line}`);
          detail = `${text.slice(best.start, best.end)} [${best.cls}${best.src ? ',src' : ''}]`;
        } else if (paired) cause = 'paired-elsewhere';
        else {
          const cs = trace.filter(
            (r): r is Extract<Trace, { k: 'c' }> => r.k === 'c' && overlap(g, r) > 0,
          );
          const broad = (c: { line: number }) => /covered|ACTOR/.test(labels[`c${c.line}`] ?? '');
          const specific = cs.filter((c) => !broad(c));
          if (specific.length > 0) {
            const c = specific[specific.length - 1]!;
            cause = labels[`c${c.line}`] ?? `cand:${c.line}`;
            detail = c.head;
          } else if (cs.some((c) => /ACTOR/.test(labels[`c${c.line}`] ?? ''))) {
            cause = 'cand:not-actor';
            detail = cs.map((c) => c.head).join(' ');
          } else if (cs.length > 0) cause = 'cand:covered';
          else if (trace.some((r) => r.k === 'skip' && overlap(g, r) > 0))
            cause = 'sentence-skipped';
          else cause = 'no-trace';
        }
        misses.push({
          set,
          file,
          text: text.slice(g.start, g.end),
          cause,
          detail,
          ctx: around(text, g.start, g.end),
        });
      });
      pred.forEach((p, pi) => {
        if (pUsed.has(pi) || gold.some((g) => g.optional && overlap(g, p) > 0)) return;
        fps.push({
          set,
          file,
          text: text.slice(p.start, p.end),
          cause: p.why ?? '',
          detail: '',
          ctx: around(text, p.start, p.end),
        });
      });
      for (const r of rs) {
        if (r.flagged || gold.some((g) => overlap(g, r) > 0)) continue;
        protects.push({
          set,
          file,
          text: text.slice(r.start, r.end),
          cause: labels[`r${r.line}`] ?? `reason:${r.line}`,
          detail: r.cls,
          ctx: around(text, r.start, r.end),
        });
      }
    };
    const labelled = ['/work/shared/corpus'];
    for (const d of readdirSync(join(root, 'eval/labelled')).sort())
      if (d.startsWith('set-')) labelled.push(join(root, 'eval/labelled', d));
    for (const d of labelled) {
      const set = d.split('/').pop()!;
      for (const n of readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .sort()) {
        const text = readFileSync(join(d, n), 'utf8');
        const gf = JSON.parse(readFileSync(join(d, n.replace(/\.txt$/, '.json')), 'utf8')) as {
          spans: (Span & { kind: string })[];
        };
        run(
          set,
          n,
          text,
          gf.spans.filter((s) => s.kind === 'unnamed'),
          false,
        );
      }
    }
    for (const d of readdirSync(join(root, 'eval/anon')).sort()) {
      if (!d.startsWith('set-')) continue;
      const lines = readFileSync(join(root, 'eval/anon', d, 'sentences.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim());
      for (const l of lines) {
        const o = JSON.parse(l) as {
          id: string;
          text: string;
          anon: string[];
          optional?: string[];
        };
        const gold: Span[] = [];
        for (const a of o.anon) {
          const i = o.text.indexOf(a);
          gold.push({ start: i, end: i + a.length });
        }
        for (const a of o.optional ?? []) {
          const i = o.text.indexOf(a);
          if (i >= 0) gold.push({ start: i, end: i + a.length, optional: true });
        }
        run(`anon-${d}`, `${o.id} ${o.text}`, o.text, gold, true);
      }
    }
    // a writer's session: the commit that added the set (sets added together were written together)
    const sessions = new Map<string, string>();
    const sessionOf = (set: string): string => {
      let s = sessions.get(set);
      if (s === undefined) {
        const rel = set.startsWith('anon-')
          ? join('eval/anon', set.slice(5))
          : join('eval/labelled', set);
        const log = execFileSync('git', ['log', '--diff-filter=A', '--format=%h', '--', rel], {
          cwd: root,
          encoding: 'utf8',
        }).trim();
        s = log.split('\n').pop() || set;
        sessions.set(set, s);
      }
      return s;
    };
    const out = opt('--out');
    if (out) writeFileSync(out, JSON.stringify({ misses, fps, protects }));
    const by = new Map<string, Rec[]>();
    for (const r of misses) by.set(r.cause, [...(by.get(r.cause) ?? []), r]);
    const prot = new Map<string, Rec[]>();
    for (const r of protects) prot.set(r.cause, [...(prot.get(r.cause) ?? []), r]);
    const filter = opt('--cause');
    if (filter) {
      for (const [c, rs] of by)
        if (c.includes(filter))
          for (const r of rs) console.log(`MISS ${r.set} | ${r.text} | ${r.detail} | ${r.ctx}`);
      if (args.includes('--protects'))
        for (const [c, rs] of prot)
          if (c.includes(filter))
            for (const r of rs) console.log(`PROT ${r.set} | ${r.text} | ${r.detail} | ${r.ctx}`);
      return;
    }
    console.log(
      `misses ${misses.length}, false positives ${fps.length}, protected ${protects.length}`,
    );
    const rows = [...by].sort((a, b) => b[1].length - a[1].length);
    const top = Number(opt('--top') ?? 40);
    for (const [c, rs] of rows.slice(0, top)) {
      const sets = new Set(rs.map((r) => r.set)).size;
      const writers = new Set(rs.map((r) => sessionOf(r.set))).size;
      const anon = rs.filter((r) => r.set.startsWith('anon')).length;
      const p = prot.get(c) ?? [];
      const psets = new Set(p.map((r) => r.set)).size;
      console.log(
        `${String(rs.length).padStart(4)} miss (anon ${String(anon).padStart(3)}) ${String(sets).padStart(3)} sets ${String(writers).padStart(2)} writers | protects ${String(p.length).padStart(5)} (${psets} sets) | ${c}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
