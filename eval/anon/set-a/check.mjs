// Checks sentences.jsonl: valid JSON per line, required fields, unique ids,
// known styles, and every `anon` (and `optional`) string occurring in its text exactly once.
// Usage: node check.mjs [path]   (exit code 1 on any problem)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const here = path.dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] || path.join(here, 'sentences.jsonl');
const STYLES = new Set([
  'ap',
  'reuters',
  'bloomberg',
  'nyt',
  'wapo',
  'wsj',
  'politico',
  'axios',
  'cnn',
  'bbc',
  'guardian',
  'dailymail',
  'sun',
  'ft',
  'espn',
  'tech',
  'local',
]);

const count = (hay, needle) => {
  let n = 0,
    i = hay.indexOf(needle);
  while (i !== -1) {
    n++;
    i = hay.indexOf(needle, i + 1);
  }
  return n;
};

const problems = [];
const ids = new Set();
const perStyle = {};
let anonSentences = 0,
  controls = 0,
  namedBody = 0,
  anonSpans = 0,
  optSpans = 0;

fs.readFileSync(file, 'utf8')
  .split('\n')
  .forEach((line, k) => {
    if (!line.trim()) return;
    const where = `line ${k + 1}`;
    let o;
    try {
      o = JSON.parse(line);
    } catch (e) {
      problems.push(`${where}: bad JSON (${e.message})`);
      return;
    }
    const extra = Object.keys(o).filter(
      (key) => !['id', 'style', 'text', 'anon', 'optional'].includes(key),
    );
    if (extra.length) problems.push(`${where}: unexpected keys ${extra}`);
    if (typeof o.id !== 'string' || !/^a\d{3}$/.test(o.id))
      problems.push(`${where}: bad id ${o.id}`);
    if (ids.has(o.id)) problems.push(`${where}: duplicate id ${o.id}`);
    ids.add(o.id);
    if (!STYLES.has(o.style)) problems.push(`${o.id}: unknown style ${o.style}`);
    if (typeof o.text !== 'string' || !o.text.trim()) problems.push(`${o.id}: empty text`);
    if (!Array.isArray(o.anon)) {
      problems.push(`${o.id}: anon is not an array`);
      return;
    }
    const opt = o.optional ?? [];
    if (!Array.isArray(opt)) problems.push(`${o.id}: optional is not an array`);
    for (const [kind, list] of [
      ['anon', o.anon],
      ['optional', opt],
    ]) {
      for (const s of list) {
        if (typeof s !== 'string' || !s.trim()) {
          problems.push(`${o.id}: empty ${kind} string`);
          continue;
        }
        if (s !== s.trim()) problems.push(`${o.id}: ${kind} "${s}" has outer spaces`);
        const n = count(o.text, s);
        if (n !== 1) problems.push(`${o.id}: ${kind} "${s}" occurs ${n} times`);
      }
    }
    // anon and optional spans must not overlap each other
    const spans = [...o.anon, ...opt]
      .map((s) => [o.text.indexOf(s), o.text.indexOf(s) + s.length, s])
      .filter(([a]) => a >= 0)
      .sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++)
      if (spans[i][0] < spans[i - 1][1])
        problems.push(`${o.id}: "${spans[i - 1][2]}" overlaps "${spans[i][2]}"`);
    const st = (perStyle[o.style] ??= { total: 0, anon: 0, control: 0, namedBody: 0 });
    st.total++;
    anonSpans += o.anon.length;
    optSpans += opt.length;
    if (o.anon.length) {
      anonSentences++;
      st.anon++;
    } else if (opt.length) {
      namedBody++;
      st.namedBody++;
    } else {
      controls++;
      st.control++;
    }
  });

console.log('style        total anon control named-body');
for (const [s, v] of Object.entries(perStyle))
  console.log(
    s.padEnd(12),
    String(v.total).padStart(5),
    String(v.anon).padStart(4),
    String(v.control).padStart(7),
    String(v.namedBody).padStart(10),
  );
console.log(
  `sentences ${ids.size}: ${anonSentences} with anon, ${controls} controls, ${namedBody} named-body only; ` +
    `${anonSpans} anon spans, ${optSpans} optional spans`,
);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  problems.forEach((p) => console.log('  ' + p));
  process.exit(1);
}
console.log('OK');
