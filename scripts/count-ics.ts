/**
 * `tsx scripts/count-ics.ts [options]`: the engine's property reads and writes that V8 found
 * polymorphic (2-4 hidden classes) or megamorphic (more), by site, from its inline-cache log
 * (`node --log-ic`) over the bundled engine (as content.js ships it) analysing generated prose a
 * few times. A site that meets several classes of one object type is an object built in more
 * than one shape: a field added after construction (`t.outlet = true` on an object made
 * without it), literals of one type with their fields in another order, or a spread copy
 * (`{ ...np, end }`), which V8 clones into a class of its own. Optimised code then tests each
 * class in turn at that read, and a class it was not compiled for throws the code away (a
 * `wrong map` deopt, `node --trace-deopt`).
 *
 * Session 42 read it so: 341 polymorphic sites over 3 passes of 200 KB, 49 of them reads of a
 * noun phrase's `head` (the chunkers' phrases and two spread-clone classes), 20 of a tracked
 * entity's `entity` (fields added later); after phrase/phrase-copy.ts and Registry.create's full
 * literal, 175. What remains is mostly strings (`length`, `charCodeAt`: V8's several string
 * representations, inherent), findings (an attribution carries `cue` and `source`, other kinds
 * do not) and source entities (`anonymity`, `issuer` added when known): output objects whose
 * keys the extension's messages and exports read.
 *
 * Options:
 *   --kb N       size of the generated prose in KB (default 200)
 *   --passes N   analyses of it (default 3; the log grows with the sites, not the passes)
 *   --top N      sites listed (default 40)
 *   --key NAME   list only the sites of property NAME
 *   --maps       also log V8's map creations (`--log-maps`, slower) and list the clone classes
 *                made by spreads, by the line of the spread
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optionArgs } from './lib/args';
import { bundleEsm } from './lib/bundle-esm';
import { generateProse } from './lib/prose';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  kb: number;
  passes: number;
  top: number;
  key: string;
  maps: boolean;
}

function options(argv: readonly string[]): Options {
  const opts: Options = { kb: 200, passes: 3, top: 40, key: '', maps: false };
  for (const [arg, value] of optionArgs(argv)) {
    if (arg === '--kb') opts.kb = Number(value());
    else if (arg === '--passes') opts.passes = Number(value());
    else if (arg === '--top') opts.top = Number(value());
    else if (arg === '--key') opts.key = value();
    else if (arg === '--maps') opts.maps = true;
    else throw new Error(`unknown option ${arg} (see the header of scripts/count-ics.ts)`);
  }
  return opts;
}

/** The child: imports the bundle and analyses the text `n` times. */
const CHILD = `
import { readFileSync } from 'node:fs';
const [bundle, textFile, n] = process.argv.slice(2);
const engine = (await import(bundle)).loadEngine();
const text = readFileSync(textFile, 'utf8');
for (let i = 0; i < Number(n); i++) engine.analyze(text);
`;

/** Where each line of the bundle comes from: its source file and the function around it. */
interface LinePlaces {
  file: (line: number) => string;
  fn: (line: number) => string;
  text: (line: number) => string;
}

function linePlaces(bundle: string): LinePlaces {
  const lines = bundle.split('\n');
  const files: string[] = [];
  const fns: string[] = [];
  let file = '(bundle head)';
  let fn = '';
  for (const line of lines) {
    const marker = /^\/\/ ((?:src|scripts|node_modules)\/\S+)$/.exec(line);
    if (marker) file = marker[1]!.replace(/^src\/engine\//, '');
    // a declared function or a class method at the start of its line
    const named =
      /^\s*(?:export )?(?:async )?function\*? ?(\w+)\(/.exec(line) ??
      /^ {2}(?:static )?(?:get |set )?(\w+)\(.*\) ?\{$/.exec(line);
    if (named) fn = named[1]!;
    files.push(file);
    fns.push(fn);
  }
  return {
    file: (line) => files[line - 1] ?? '?',
    fn: (line) => fns[line - 1] ?? '?',
    text: (line) => (lines[line - 1] ?? '').trim().slice(0, 90),
  };
}

interface Site {
  line: number;
  key: string;
  states: Set<string>;
  maps: Set<string>;
}

/**
 * Whether an address lies in code compiled from the bundle (the log's line numbers are those of
 * whichever script ran: node's own modules log theirs too), from the log's `code-creation` rows.
 */
function bundleCode(log: string, bundle: string): (pc: number) => boolean {
  const ranges: [number, number][] = [];
  for (const row of log.split('\n')) {
    if (!row.startsWith('code-creation,') || !row.includes(bundle)) continue;
    // code-creation,type,kind,time,address,size,name,...
    const f = row.split(',');
    const start = Number(f[4]);
    ranges.push([start, start + Number(f[5])]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return (pc) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [a, b] = ranges[mid]!;
      if (pc < a) hi = mid - 1;
      else if (pc >= b) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

/** The IC sites of the log whose state went polymorphic (P) or megamorphic (N) at some point. */
function unsettledSites(log: string, inBundle: (pc: number) => boolean): Site[] {
  const sites = new Map<string, Site>();
  for (const row of log.split('\n')) {
    // type,pc,time,line,column,old_state,new_state,map,key,modifier,slow_reason
    if (!/^[A-Za-z]+IC,/.test(row)) continue;
    const f = row.split(',');
    if (f.length < 9 || !inBundle(Number(f[1]))) continue;
    const id = `${f[3]},${f[4]},${f[8]}`;
    let site = sites.get(id);
    if (!site) {
      site = { line: Number(f[3]), key: f[8]!, states: new Set(), maps: new Set() };
      sites.set(id, site);
    }
    site.states.add(f[6]!);
    site.maps.add(f[7]!);
  }
  return [...sites.values()].filter((s) => s.states.has('P') || s.states.has('N'));
}

/** Lines of the bundle where a spread made a clone class (`--log-maps`), with how many. */
function cloneLines(log: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of log.split('\n')) {
    if (!row.startsWith('map,ReplaceDescriptors,') || !row.includes('InitializeClonedDescriptors'))
      continue;
    // map,ReplaceDescriptors,time,from,to,pc,line,column,reason,
    const line = Number(row.split(',')[6]);
    out.set(line, (out.get(line) ?? 0) + 1);
  }
  return out;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-ics-'));
  try {
    const bundle = join(dir, 'engine.mjs');
    await bundleEsm(join(root, 'scripts', 'lib', 'engine-api.ts'), bundle);
    const textFile = join(dir, 'prose.txt');
    writeFileSync(textFile, generateProse(Math.ceil(opts.kb * 1024)));
    const child = join(dir, 'child.mjs');
    writeFileSync(child, CHILD);
    const logFile = join(dir, 'ic.log');
    const flags = ['--log-ic', '--no-logfile-per-isolate', `--logfile=${logFile}`];
    if (opts.maps) flags.push('--log-maps');
    const run = spawnSync(
      process.execPath,
      [...flags, child, pathToFileURL(bundle).href, textFile, String(opts.passes)],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) throw new Error(`the child exited with ${run.status}`);
    const log = readFileSync(logFile, 'utf8');
    const at = linePlaces(readFileSync(bundle, 'utf8'));
    const sites = unsettledSites(log, bundleCode(log, 'engine.mjs'));
    const engineSites = sites.filter((s) => at.file(s.line) !== '(bundle head)');
    const mega = engineSites.filter((s) => s.states.has('N'));
    console.log(
      `${opts.passes} passes of ${opts.kb} KB of generated prose: ${engineSites.length} ` +
        `polymorphic or megamorphic property sites in the engine (${mega.length} megamorphic)`,
    );
    const byKey = new Map<string, number>();
    for (const s of engineSites) byKey.set(s.key, (byKey.get(s.key) ?? 0) + 1);
    console.log(
      'by property: ' +
        [...byKey]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 20)
          .map(([k, n]) => `${k} ${n}`)
          .join(', '),
    );
    const shown = engineSites
      .filter((s) => !opts.key || s.key === opts.key)
      .sort((a, b) => b.maps.size - a.maps.size || a.line - b.line)
      .slice(0, opts.top);
    console.log('\nclasses  state  property  function  file  | bundle line');
    for (const s of shown) {
      const state = s.states.has('N') ? 'mega' : 'poly';
      console.log(
        `${String(s.maps.size).padStart(7)}  ${state}  ${s.key}  ${at.fn(s.line)}  ` +
          `${at.file(s.line)}  | ${at.text(s.line)}`,
      );
    }
    if (opts.maps) {
      console.log('\nclone classes made by spreads (line of the spread):');
      for (const [line, n] of cloneLines(log))
        console.log(
          `${String(n).padStart(4)}  ${at.fn(line)}  ${at.file(line)}  | ${at.text(line)}`,
        );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
