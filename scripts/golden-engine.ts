/**
 * `tsx scripts/golden-engine.ts save FILE | compare FILE [--fields a,b]`: records the engine's
 * findings over every labelled text it can find (../shared/corpus, eval/labelled/set-*), the
 * articles of the saved real pages (../shared/pages) and 2 MB of generated prose, or compares the current engine with such a record, so that a refactoring
 * can show it changed nothing. `--fields` limits the comparison to some fields of each finding
 * (default: all of `start end kind cue why source`; a source compares by start, end, named, type;
 * `sourceSpan` compares it by start, end and named only).
 *
 * Exits 1 when the findings differ, printing the first differences with their text.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/engine/index';
import type { Finding } from '../src/engine/index';
import { generateProse } from './lib/prose';
import { savedPageTexts } from './lib/page-texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every text the record covers, by a name relative to the checkout (the same in every worktree). */
function texts(): Map<string, string> {
  const out = new Map<string, string>();
  const dirs = [join(root, '..', 'shared', 'corpus')];
  const labelled = join(root, 'eval', 'labelled');
  if (existsSync(labelled))
    for (const d of readdirSync(labelled).sort())
      if (d.startsWith('set-')) dirs.push(join(labelled, d));
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort())
      if (f.endsWith('.txt'))
        out.set(relative(root, join(dir, f)), readFileSync(join(dir, f), 'utf8'));
  }
  // the real pages of ../shared/pages, as the content script extracts their articles
  for (const page of savedPageTexts(join(root, '..', 'shared', 'pages')))
    out.set(relative(root, page.file), page.text);
  out.set('prose', generateProse(2 << 20, 20260101));
  return out;
}

const ALL_FIELDS = ['start', 'end', 'kind', 'cue', 'why', 'source'];

/** The compared form of a finding: only `fields`, in a fixed order. */
function row(f: Finding, fields: readonly string[]): string {
  const parts: unknown[] = [];
  for (const k of fields) {
    if (k === 'source') {
      const s = f.source;
      parts.push(s ? [s.start, s.end, s.named, s.type ?? null] : null);
    } else if (k === 'sourceSpan') {
      // the source without its type, for records made before sources had one
      const s = f.source;
      parts.push(s ? [s.start, s.end, s.named] : null);
    } else parts.push((f as unknown as Record<string, unknown>)[k] ?? null);
  }
  return JSON.stringify(parts);
}

function record(fields: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, text] of texts()) out[name] = analyze(text).map((f) => row(f, fields));
  return out;
}

function main(): void {
  const [mode, file, ...rest] = process.argv.slice(2);
  const at = rest.indexOf('--fields');
  const fields = at >= 0 ? (rest[at + 1] ?? '').split(',') : ALL_FIELDS;
  if (!file || (mode !== 'save' && mode !== 'compare')) {
    console.error('usage: golden-engine.ts save FILE | compare FILE [--fields a,b]');
    process.exit(2);
  }
  if (mode === 'save') {
    const rec = record(ALL_FIELDS);
    writeFileSync(file, JSON.stringify(rec));
    const n = Object.values(rec).reduce((a, r) => a + r.length, 0);
    console.log(`saved ${n} findings over ${Object.keys(rec).length} texts to ${file}`);
    return;
  }
  const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  // the saved rows hold every field: project them onto the compared ones
  const index = fields.map((f) => ALL_FIELDS.indexOf(f === 'sourceSpan' ? 'source' : f));
  const project = (r: string): string => {
    const all = JSON.parse(r) as unknown[];
    return JSON.stringify(
      index.map((i, k) =>
        fields[k] === 'sourceSpan' && Array.isArray(all[i])
          ? (all[i] as unknown[]).slice(0, 3)
          : all[i],
      ),
    );
  };
  const now = record(fields);
  const all = texts();
  let diffs = 0;
  for (const [name, rows] of Object.entries(now)) {
    const before = (saved[name] ?? []).map(project);
    const a = new Set(before);
    const b = new Set(rows);
    const text = all.get(name) ?? '';
    const show = (r: string): string => {
      const [start, end] = JSON.parse(r) as [number, number];
      const from = Math.max(0, start - 60);
      return `${r}  …${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, end + 40)}…`.replace(
        /\n/g,
        ' ',
      );
    };
    for (const r of before)
      if (!b.has(r)) {
        if (diffs++ < (Number(process.env.GOLDEN_MAX) || 40))
          console.log(`- ${name.replace(root, '.')}: ${show(r)}`);
      }
    for (const r of rows)
      if (!a.has(r)) {
        if (diffs++ < (Number(process.env.GOLDEN_MAX) || 40))
          console.log(`+ ${name.replace(root, '.')}: ${show(r)}`);
      }
  }
  if (diffs > 0) {
    console.log(`${diffs} differences`);
    process.exitCode = 1;
  } else
    console.log(`identical over ${Object.keys(now).length} texts (fields: ${fields.join(' ')})`);
}

main();
