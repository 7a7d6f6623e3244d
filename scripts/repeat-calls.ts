/**
 * `tsx scripts/repeat-calls.ts [options]`: how often each engine function is called again with
 * the same arguments within one part of a text, the work a memo could save. The engine is bundled
 * as content.js ships it (scripts/lib/bundle-esm.ts); every top-level function of the bundle is
 * wrapped by one that notes its arguments (a context as its part, a sentence by its tokens, a
 * noun phrase by its bounds, a verb record by its tokens, a token by its offset, a short string
 * or a number by its value, any other object by its identity), and the texts are analysed once.
 * A repeat is a call whose arguments a call before it in the same part had: an upper bound on
 * what a memo keyed by them would save (a rule that reads `ctx.mentions`, which grows as cues are
 * found, may answer differently the second time). Multiply a function's repeat share by its
 * inclusive time in scripts/profile-engine.ts for the most a memo of it could gain.
 *
 * Session 46 read it so (1 MiB of the bench's prose; the saved pages after the slash): of the
 * subject searches (`findSubject`, 10,864 / 794 calls) 10% / 2% repeat an earlier one, most of
 * them `clauseSubject` asking again for the subject of a verb whose record already holds it (a
 * verb record keeps its subject for every rule of its verb: `subjectOf`, whose own repeats, 17% /
 * 24%, cost a field read); `phraseStartingAt` 5% / 15%, `phraseEndingAt` 8% / 3%, `clauseFloor`
 * 11% / 4%, `phraseSubject` 8% / 3%; `namedness` 33% / 21%, which its memo answers already;
 * `groupStart` 0% / 2%; `inVerbPosition`, `positionRefusal`, `frameRefusal`, `reason`, `mayFlag`
 * and `documentMayFlag` never. With findSubject at 6-9% of the engine's time, a memo of subject
 * searches could save at most 0.9% of the prose's time and 0.1% of the pages': the rules do not
 * search again what another found (scripts/profile-engine.ts's header: the memo tried).
 *
 * Options:
 *   --prose KB   analyse KB KiB of generated prose instead of the saved pages
 *   --top N      functions listed, by calls (default 40)
 *   --min N      list only functions with at least N repeats (default 1)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optionArgs } from './lib/args';
import { bundleEsm } from './lib/bundle-esm';
import type { EngineApi, loadEngine } from './lib/engine-api';
import { measuredTexts } from './lib/page-texts';
import { wrapFunctions } from './lib/wrap-functions';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  proseKiB: number;
  top: number;
  min: number;
}

function options(argv: readonly string[]): Options {
  const opts: Options = { proseKiB: 0, top: 40, min: 1 };
  for (const [arg, value] of optionArgs(argv)) {
    if (arg === '--prose') opts.proseKiB = Number(value());
    else if (arg === '--top') opts.top = Number(value());
    else if (arg === '--min') opts.min = Number(value());
    else throw new Error(`unknown option ${arg} (see the header of scripts/repeat-calls.ts)`);
  }
  return opts;
}

/** Calls and repeats of one function. */
interface Count {
  calls: number;
  repeats: number;
}

/** What the wrappers report to: one per run, on `globalThis` under `NOTE`. */
class Notes {
  readonly counts = new Map<string, Count>();
  /** The argument keys seen in the current part, by function. */
  private seen = new Map<string, Set<string>>();
  private part: object | null = null;
  private readonly ids = new WeakMap<object, number>();
  private lastId = 0;

  note(name: string, args: ArrayLike<unknown>): void {
    let key = '';
    for (let k = 0; k < args.length; k++) key += `${this.argKey(args[k])}|`;
    let seen = this.seen.get(name);
    if (!seen) this.seen.set(name, (seen = new Set()));
    let count = this.counts.get(name);
    if (!count) this.counts.set(name, (count = { calls: 0, repeats: 0 }));
    count.calls++;
    if (seen.has(key)) count.repeats++;
    else seen.add(key);
  }

  private argKey(a: unknown): string {
    if (typeof a === 'string') return a.length <= 64 ? `"${a}"` : `#${this.id(new String(a))}`;
    if (a === null || (typeof a !== 'object' && typeof a !== 'function')) return String(a);
    const o = a as Record<string, unknown>;
    // a part's context: a new one starts a new part, whose calls are compared among themselves
    if ('tokens' in o && 'sentences' in o) {
      if (o !== this.part) {
        this.part = o;
        this.seen = new Map();
      }
      return 'ctx';
    }
    if ('first' in o && 'last' in o) return `s${String(o.first)}-${String(o.last)}`;
    if ('head' in o && 'coreEnd' in o)
      return `np${String(o.start)},${String(o.end)},${String(o.head)},${String(o.coreEnd)}`;
    if ('entry' in o && 'g' in o) return `v${String(o.i)},${String(o.end)}`;
    if ('lower' in o && 'kind' in o) return `t${String(o.start)}`;
    // (a record refilled for each call, as verb-position.ts's, by the token it is about)
    if (typeof o.i === 'number') return `i${o.i}`;
    return `#${this.id(o)}`;
  }

  private id(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) this.ids.set(o, (id = ++this.lastId));
    return id;
  }
}

const NOTE = '__repeatCallNotes';

function print(notes: Notes, opts: Options): void {
  const rows = [...notes.counts]
    .filter(([, c]) => c.repeats >= opts.min)
    .sort((a, b) => b[1].calls - a[1].calls)
    .slice(0, opts.top);
  console.log('    calls  repeats  share  function');
  for (const [name, c] of rows)
    console.log(
      `${String(c.calls).padStart(9)}  ${String(c.repeats).padStart(7)}  ${((100 * c.repeats) / c.calls).toFixed(0).padStart(4)}%  ${name}`,
    );
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const texts = measuredTexts(opts.proseKiB, join(root, '..', 'shared', 'pages'), 64);
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-repeats-'));
  try {
    const file = join(dir, 'engine.mjs');
    await bundleEsm(join(root, 'scripts', 'lib', 'engine-api.ts'), file);
    // each function notes its arguments first
    const { code } = wrapFunctions(
      readFileSync(file, 'utf8'),
      (name) =>
        `globalThis.${NOTE}.note(${JSON.stringify(name)}, arguments); ` +
        `return ${name}__inner.apply(this, arguments);`,
    );
    writeFileSync(file, code);
    const notes = new Notes();
    (globalThis as Record<string, unknown>)[NOTE] = notes;
    // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
    const mod = (await import(pathToFileURL(file).href)) as { loadEngine: typeof loadEngine };
    const engine: EngineApi = mod.loadEngine();
    // (counted from here: loading the engine calls its functions too)
    notes.counts.clear();
    for (const t of texts) engine.analyze(t);
    console.log(
      `${texts.length} texts, ${(texts.reduce((n, t) => n + t.length, 0) / 1024).toFixed(0)} K characters`,
    );
    print(notes, opts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
