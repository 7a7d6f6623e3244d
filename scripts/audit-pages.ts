/**
 * `tsx scripts/audit-pages.ts [--kind K] [--page NAME] [--entity]`: prints every finding the engine makes on
 * the saved real pages (../shared/pages, as the content script extracts them), one per line with
 * its sentence, numbered per page, so that a reader can judge each against the guideline and
 * count the wrong ones per kind. Sources print after their cue (`src:`); with `--entity`, the
 * entity the source is linked to follows (`=> Ana Okafor`), so that a pronoun's or a description's
 * referent can be judged. Not part of `npm test`.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, splitSentences } from '../src/engine/index';
import { savedPageTexts } from './lib/page-texts';
import { optionValue } from './lib/args';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kind = optionValue(process.argv, '--kind');
const only = optionValue(process.argv, '--page');
const withEntity = process.argv.includes('--entity');
const counts = new Map<string, number>();
for (const page of savedPageTexts(join(root, '..', 'shared', 'pages'))) {
  if (only && page.name !== only) continue;
  const sents = splitSentences(page.text);
  const sentenceOf = (at: number): string => {
    const s = sents.find((x) => x.start <= at && at < x.end);
    return s ? page.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
  };
  let n = 0;
  for (const f of analyze(page.text)) {
    n++;
    if (kind && f.kind !== kind) continue;
    counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    const src = f.source
      ? ` src:[${page.text.slice(f.source.start, f.source.end)}]${f.source.named === true ? 'N' : f.source.named === false ? 'U' : 'P'}${withEntity && f.source.entity ? ` => ${f.source.entity.name}` : ''}`
      : '';
    if (f.source) counts.set('source', (counts.get('source') ?? 0) + 1);
    console.log(
      `${page.name}#${n}\t${f.kind}\t[${page.text.slice(f.start, f.end)}]${src}\t${sentenceOf(f.start).slice(0, 400)}`,
    );
  }
}
console.error([...counts].map(([k, v]) => `${k} ${v}`).join(', '));
