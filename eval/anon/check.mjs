// Checks a set's sentences.jsonl: shape, unique ids, known styles, and that every
// `anon` and `optional` string occurs in its text exactly once, with no
// string in both lists. Prints counts per style. Exit 1 on any problem.
// Usage: node eval/anon/check.mjs eval/anon/set-c   (set-b's and set-c's form; set-a has its own)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(process.argv[2] ?? join(here, 'set-c'), 'sentences.jsonl');
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
  'nbc',
  'bbc',
  'guardian',
  'times',
  'dailymail',
  'sun',
  'espn',
  'trade',
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

const errors = [];
const ids = new Set();
const perStyle = {};
let total = 0,
  controls = 0,
  anonSpans = 0,
  optSpans = 0;
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
lines.forEach((line, n) => {
  let o;
  try {
    o = JSON.parse(line);
  } catch {
    errors.push(`line ${n + 1}: bad JSON`);
    return;
  }
  const where = `line ${n + 1} (${o.id})`;
  for (const k of ['id', 'style', 'text'])
    if (typeof o[k] !== 'string' || !o[k]) errors.push(`${where}: missing ${k}`);
  for (const k of ['anon', 'optional'])
    if (!Array.isArray(o[k])) errors.push(`${where}: ${k} not an array`);
  if (errors.length && !Array.isArray(o.anon)) return;
  if (ids.has(o.id)) errors.push(`${where}: duplicate id`);
  ids.add(o.id);
  if (!STYLES.has(o.style)) errors.push(`${where}: unknown style ${o.style}`);
  for (const k of ['anon', 'optional']) {
    for (const s of o[k]) {
      if (typeof s !== 'string' || !s) {
        errors.push(`${where}: empty ${k} entry`);
        continue;
      }
      const c = count(o.text, s);
      if (c !== 1) errors.push(`${where}: ${k} "${s}" occurs ${c} times`);
    }
  }
  for (const s of o.anon) if (o.optional.includes(s)) errors.push(`${where}: "${s}" in both lists`);
  total++;
  anonSpans += o.anon.length;
  optSpans += o.optional.length;
  const ps = (perStyle[o.style] ??= { sentences: 0, controls: 0, anon: 0, optional: 0 });
  ps.sentences++;
  ps.anon += o.anon.length;
  ps.optional += o.optional.length;
  if (o.anon.length === 0) {
    controls++;
    ps.controls++;
  }
});

console.table(perStyle);
console.log(
  `sentences ${total}, controls (no required span) ${controls}, required spans ${anonSpans}, optional spans ${optSpans}`,
);
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log('OK');
