/**
 * `tsx scripts/learned/cache.ts [FILE]`: computes every development text's engine findings and
 * candidates with their features once (scripts/learned/data.ts), plus the articles of the saved
 * real pages (../shared/pages, group `page`, unlabelled), and writes them as JSON (default
 * /tmp/learned-docs.json), so that the session-29 experiment (experiment29.ts) can train and
 * score hundreds of folds without analysing a text again.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { savedPageTexts } from '../lib/page-texts';
import { loadDocs, withCandidates } from './data';

const out = process.argv[2] ?? '/tmp/learned-docs.json';
const t0 = Date.now();
const all = loadDocs();
for (const page of savedPageTexts(join(import.meta.dirname, '..', '..', '..', 'shared', 'pages')))
  all.push(
    withCandidates({
      group: 'page',
      name: page.name,
      text: page.text,
      kind: 'passage',
      gold: [],
      optional: [],
      unlabelled: [{ start: 0, end: page.text.length }],
      control: false,
      findings: [],
      unnamed: [],
      candidates: [],
    }),
  );
const docs = all.map((d) => ({
  ...d,
  findings: d.findings.map((f) => ({ kind: f.kind, start: f.start, end: f.end })),
  unnamed: d.unnamed.map((f) => ({ kind: f.kind, start: f.start, end: f.end })),
}));
writeFileSync(out, JSON.stringify(docs));
const cands = docs.reduce((n, d) => n + d.candidates.length, 0);
console.log(`${out}: ${docs.length} texts, ${cands} candidates, ${Date.now() - t0} ms`);
