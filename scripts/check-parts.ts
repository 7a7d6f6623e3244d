/**
 * Checks that analysing an article part by part (src/content/parts.ts, what the content script
 * does to keep every task short) gives exactly the findings of one `analyze(text)` call: on
 * every text of the labelled corpus, each real page's article text, each of them repeated until
 * it spans several parts, and generated prose of several MB. Not part of `npm test` (it reads
 * ../shared); `parts.test.ts` runs the generated-prose case there.
 *
 *   npx tsx scripts/check-parts.ts [--corpus DIR] [--pages DIR] [--mb N]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import { extractArticleText } from '../src/content/article';
import { analyzePart, partsOf } from '../src/content/parts';
import { analyze } from '../src/engine';
import type { Finding } from '../src/engine/types';
import { generateProse } from './lib/prose';
import { optionValue } from './lib/args';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => optionValue(args, name) ?? fallback;
const here = import.meta.dirname;
const corpusDir = resolve(option('--corpus', join(here, '../../shared/corpus')));
const pagesDir = resolve(option('--pages', join(here, '../../shared/pages')));
const mib = Number(option('--mb', '4'));

const key = (f: Finding): string => JSON.stringify(f);

/** Compares whole-text and part-by-part analysis; returns a description of the first difference. */
function compare(text: string): { parts: number; findings: number; diff: string | null } {
  const whole = analyze(text);
  const parts = partsOf(text);
  const pieces = parts.flatMap((p) => analyzePart(analyze, text, p));
  const n = Math.max(whole.length, pieces.length);
  for (let i = 0; i < n; i++) {
    const a = whole[i];
    const b = pieces[i];
    if (a === undefined || b === undefined || key(a) !== key(b)) {
      return {
        parts: parts.length,
        findings: whole.length,
        diff: `finding ${i}: whole ${a ? key(a) : 'none'} / parts ${b ? key(b) : 'none'}`,
      };
    }
  }
  return { parts: parts.length, findings: whole.length, diff: null };
}

const texts: { name: string; text: string }[] = [];
if (existsSync(corpusDir)) {
  for (const f of readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    texts.push({ name: `corpus/${f}`, text: readFileSync(join(corpusDir, f), 'utf8') });
  }
}
if (existsSync(pagesDir)) {
  for (const d of readdirSync(pagesDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const file = join(pagesDir, d.name, 'source.html');
    if (!existsSync(file)) continue;
    const { text } = extractArticleText(
      new DOMParser().parseFromString(
        readFileSync(file, 'utf8'),
        'text/html',
      ) as unknown as Document,
    );
    texts.push({ name: `pages/${d.name}`, text });
  }
}
const all = texts.map((t) => t.text).join('\n\n');
texts.push({ name: 'corpus and pages, concatenated', text: all });
texts.push({ name: 'corpus and pages, three times', text: [all, all, all].join('\n\n') });
texts.push({ name: `generated prose, ${mib} MiB`, text: generateProse(mib * 1024 * 1024) });
// One paragraph of 200 KB: longer than MAX_PART, so cut after sentences (differences allowed).
const oneParagraph = generateProse(200_000, 7).replace(/\n+/g, ' ');

let failed = 0;
let findings = 0;
for (const { name, text } of texts) {
  const r = compare(text);
  findings += r.findings;
  if (r.diff !== null) {
    failed++;
    console.log(`DIFFERENT ${name} (${r.parts} parts): ${r.diff}`);
  }
}
console.log(
  `${texts.length - failed} of ${texts.length} texts give identical findings part by part ` +
    `(${findings} findings compared)`,
);
const long = compare(oneParagraph);
const wholeCount = analyze(oneParagraph).length;
const partCount = partsOf(oneParagraph).flatMap((p) =>
  analyzePart(analyze, oneParagraph, p),
).length;
console.log(
  `one ${oneParagraph.length}-character paragraph, cut into ${long.parts} parts after sentences: ` +
    (long.diff === null
      ? 'identical findings'
      : `${wholeCount} findings whole, ${partCount} in parts (first difference: ${long.diff})`),
);
process.exit(failed === 0 ? 0 : 1);
