#!/usr/bin/env node
/**
 * How far two annotators agree under the guideline: the ceiling for the detector's scores.
 *
 *   node eval/agreement.mjs passages DIR_A DIR_B   two labellings of the same texts: DIR_A holds NAME.txt and
 *                                                  NAME.json, DIR_B at least NAME.json (by offsets)
 *   node eval/agreement.mjs anon FILE_A FILE_B     two labellings of the same sentences.jsonl
 *
 * Each labelling in turn is scored as if it were a detector against the other as gold, with the
 * scorer the detector is judged by (../shared/eval/score.mjs for passages; the rule of
 * scripts/score-anon.ts for sentences: a required span is caught when a span of the other overlaps
 * it). A detector reports everything it flags, required or not, so the fair comparison is the
 * "required + optional" row; the "required only" row shows where the two drew the line between
 * required and optional.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '../shared/eval/score.mjs');
const [mode, a, b] = process.argv.slice(2);

/** The spans of a labelling of passages as a detector's predictions: NAME.json arrays in a new folder. */
function asPredictions(dir, withOptional) {
  const out = mkdtempSync(join(tmpdir(), 'agreement-'));
  for (const f of readdirSync(dir).filter(
    (n) => n.endsWith('.json') && !n.endsWith('.labels.json'),
  )) {
    const { spans } = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const kept = spans.filter((s) => withOptional || !s.optional).map(({ optional: _, ...s }) => s);
    writeFileSync(join(out, f), JSON.stringify(kept));
  }
  return out;
}

/** A folder the scorer reads as gold: DIR_A's texts with `labels`' NAME.json files. */
function goldOf(labels) {
  if (labels === a) return a;
  const out = mkdtempSync(join(tmpdir(), 'agreement-gold-'));
  for (const f of readdirSync(a).filter((n) => n.endsWith('.txt'))) {
    const json = f.replace(/\.txt$/, '.json');
    copyFileSync(join(a, f), join(out, f));
    copyFileSync(join(labels, json), join(out, json));
  }
  return out;
}

function passages() {
  for (const [system, gold] of [
    [b, a],
    [a, b],
  ]) {
    for (const withOptional of [false, true]) {
      const predictions = asPredictions(system, withOptional);
      const goldDir = goldOf(gold);
      const table = execFileSync('node', [scorer, goldDir, '--predictions', predictions], {
        encoding: 'utf8',
      });
      rmSync(predictions, { recursive: true });
      if (goldDir !== a) rmSync(goldDir, { recursive: true });
      console.log(
        `## ${system} (${withOptional ? 'required + optional' : 'required only'}) against ${gold} as gold`,
      );
      console.log(table.trim().split('\n').slice(-7).join('\n') + '\n');
    }
  }
}

const lines = (file) =>
  new Map(
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .map((o) => [o.id, o]),
  );

function anon() {
  const at = (text, s) => {
    const i = text.indexOf(s);
    return i < 0 ? null : { start: i, end: i + s.length };
  };
  const overlaps = (x, y) => x.start < y.end && y.start < x.end;
  for (const [system, gold] of [
    [b, a],
    [a, b],
  ]) {
    const sys = lines(system);
    for (const withOptional of [false, true]) {
      let spans = 0,
        caught = 0,
        controls = 0,
        alarms = 0;
      for (const [id, g] of lines(gold)) {
        const s = sys.get(id);
        if (!s || s.text !== g.text)
          throw new Error(`${system}: line ${id} is missing or has another text`);
        const flagged = [...s.anon, ...(withOptional ? s.optional : [])]
          .map((x) => at(g.text, x))
          .filter(Boolean);
        if (g.anon.length === 0) {
          controls++;
          const allowed = g.optional.map((x) => at(g.text, x)).filter(Boolean);
          if (flagged.some((f) => !allowed.some((o) => overlaps(o, f)))) alarms++;
          continue;
        }
        for (const x of g.anon) {
          spans++;
          if (flagged.some((f) => overlaps(f, at(g.text, x)))) caught++;
        }
      }
      const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;
      console.log(
        `${system} (${withOptional ? 'required + optional' : 'required only'}) against ${gold}: ` +
          `caught ${caught} of ${spans} (${pct(caught, spans)}), controls with a false alarm ${alarms} of ${controls}`,
      );
    }
  }
}

if (mode === 'passages' && a && b) passages();
else if (mode === 'anon' && a && b) anon();
else {
  console.error('usage: agreement.mjs passages DIR_A DIR_B | anon FILE_A FILE_B');
  process.exit(2);
}
