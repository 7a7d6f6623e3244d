/**
 * `tsx scripts/score-anon.ts FILE.jsonl [--misses]`: how many anonymous sources the engine
 * catches in single sentences, and how often it flags one where there is none.
 *
 * Each line is `{"id", "style", "text", "anon": [...], "optional"?: [...]}`: `anon` lists the
 * spans (exact substrings) the guideline labels `unnamed`, `optional` the ones it allows. A
 * span is **caught** when an `unnamed` finding overlaps it. A sentence with an empty `anon`
 * is a control: an `unnamed` finding there that overlaps no optional span is a false alarm.
 * Prints the share caught overall and per style, and the controls' false alarms; `--misses`
 * lists the spans missed and the false alarms. A sentence the engine throws on counts as
 * analysed with no finding, and is counted apart.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/engine/index';

interface Line {
  id: string;
  style: string;
  text: string;
  anon: string[];
  optional?: string[];
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (file === undefined) {
  console.error('usage: tsx scripts/score-anon.ts FILE.jsonl [--misses]');
  process.exit(2);
}
const showMisses = args.includes('--misses');

const lines: Line[] = [];
for (const [i, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
  if (raw.trim() === '') continue;
  try {
    lines.push(JSON.parse(raw) as Line);
  } catch (error) {
    console.error(`${file}:${i + 1}: not JSON (${(error as Error).message})`);
    process.exit(2);
  }
}

/** Where `span` is in `text`, or null (a span must occur in its sentence). */
function locate(text: string, span: string): { start: number; end: number } | null {
  const start = text.indexOf(span);
  return start < 0 ? null : { start, end: start + span.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const byStyle = new Map<string, { spans: number; caught: number }>();
let spans = 0;
let caught = 0;
let controls = 0;
let alarms = 0;
let failed = 0;
const misses: string[] = [];
for (const line of lines) {
  let found: ReturnType<typeof analyze> = [];
  try {
    found = analyze(line.text);
  } catch (error) {
    // An engine that fails on a sentence catches nothing in it.
    failed++;
    misses.push(`error ${line.id} ${String(error)}  ${line.text}`);
  }
  const unnamed = found.filter((f) => f.kind === 'unnamed');
  const style = byStyle.get(line.style) ?? { spans: 0, caught: 0 };
  byStyle.set(line.style, style);
  for (const span of line.anon) {
    const at = locate(line.text, span);
    if (at === null) {
      console.error(`${line.id}: "${span}" is not in its text`);
      process.exit(2);
    }
    spans++;
    style.spans++;
    if (unnamed.some((f) => overlaps(f, at))) {
      caught++;
      style.caught++;
    } else {
      misses.push(`miss  ${line.id} [${span}]  ${line.text}`);
    }
  }
  if (line.anon.length === 0) {
    controls++;
    const allowed = (line.optional ?? []).flatMap((s) => locate(line.text, s) ?? []);
    const wrong = unnamed.filter((f) => !allowed.some((a) => overlaps(f, a)));
    if (wrong.length > 0) {
      alarms++;
      const words = wrong.map((f) => line.text.slice(f.start, f.end)).join('; ');
      misses.push(`alarm ${line.id} [${words}]  ${line.text}`);
    }
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : ((100 * n) / d).toFixed(1));
console.log(`${file}: ${lines.length} sentences`);
console.log(`anonymous sources caught: ${caught} of ${spans} (${pct(caught, spans)}%)`);
console.log(`controls with a false alarm: ${alarms} of ${controls} (${pct(alarms, controls)}%)`);
if (failed > 0) console.log(`sentences the engine failed on: ${failed}`);
for (const [name, s] of [...byStyle].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(
    `  ${name.padEnd(12)} ${pct(s.caught, s.spans).padStart(5)}%  (${s.caught}/${s.spans})`,
  );
}
if (showMisses) for (const m of misses) console.log(m);
