/**
 * Tries the content script's article extraction and the engine on the saved
 * news pages in ../shared/pages (not part of `npm test`: the project must not
 * depend on that folder). For each page prints the article text length,
 * whether the expected title and excerpt (as Readability extracted them) are
 * found, how the article was found, the findings count and the time taken.
 *
 *   npx tsx scripts/trial-pages.ts [--pages DIR] [--show NAME] [--json]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DOMParser } from 'linkedom';
import { extractArticle } from '../src/content/article';
import { analyze } from '../src/engine';
import { optionValue } from './lib/args';

interface Expected {
  title?: string | null;
  excerpt?: string | null;
}

interface Row {
  page: string;
  method: string;
  roots: number;
  textLength: number;
  title: boolean;
  /** In our text, by its opening words, not in it, or nowhere in the page's body (a meta description). */
  excerpt: 'yes' | 'start' | 'no' | 'meta' | 'none';
  findings: number;
  extractMs: number;
  analyzeMs: number;
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => optionValue(args, name);
const pagesDir = resolve(option('--pages') ?? join(import.meta.dirname, '../../shared/pages'));
const show = option('--show');

/** Lower case, straight quotes and dashes, one space: Readability and we differ on these. */
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();

function excerptFound(
  text: string,
  excerpt: string | null | undefined,
  page: string,
): Row['excerpt'] {
  if (!excerpt) return 'none';
  const t = norm(text);
  const e = norm(excerpt)
    .replace(/(\.\.\.|…)$/, '')
    .trim();
  if (t.includes(e)) return 'yes';
  // Readability cuts long excerpts and sometimes takes the meta description: try its opening words.
  const words = e.split(' ').slice(0, 8).join(' ');
  if (words.length >= 20 && t.includes(words)) return 'start';
  return norm(page).includes(words) ? 'no' : 'meta';
}

function titleFound(text: string, title: string, expected: string | null | undefined): boolean {
  if (!expected) return true;
  const e = norm(expected);
  const parts = e.split(/ [|\-–—:»] /).filter((p) => p.length >= 12);
  const candidates = [e, ...parts];
  const t = norm(title);
  const body = norm(text.slice(0, 2000));
  return candidates.some((c) => t.includes(c) || c.includes(t) || body.includes(c));
}

/** All text in the page's body outside scripts and styles (after extraction: it edits the DOM). */
function bodyText(doc: Document): string {
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template')))
    el.remove();
  return doc.documentElement.textContent ?? '';
}

if (!existsSync(pagesDir)) {
  console.error(`No pages at ${pagesDir}`);
  process.exit(1);
}

const rows: Row[] = [];
const names = readdirSync(pagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
for (const name of names) {
  if (show && name !== show) continue;
  const dir = join(pagesDir, name);
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const expected = JSON.parse(
    readFileSync(join(dir, 'expected-metadata.json'), 'utf8'),
  ) as Expected;
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const t0 = performance.now();
  const { article, map, title } = extractArticle(doc);
  const t1 = performance.now();
  const findings = analyze(map.text);
  const t2 = performance.now();
  if (show) {
    console.log(`# ${name}: ${article.method}, ${article.roots.length} root(s), title: ${title}`);
    for (const r of article.roots) {
      console.log(
        `#   root <${r.localName} class="${r.getAttribute('class') ?? ''}" id="${r.getAttribute('id') ?? ''}">`,
      );
    }
    console.log(map.text);
  }
  rows.push({
    page: name,
    method: article.method,
    roots: article.roots.length,
    textLength: map.text.length,
    title: titleFound(map.text, title, expected.title),
    excerpt: excerptFound(map.text, expected.excerpt, bodyText(doc)),
    findings: findings.length,
    extractMs: t1 - t0,
    analyzeMs: t2 - t1,
  });
}

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else if (!show) {
  console.log(
    'page               method    roots   chars  title excerpt findings extract-ms analyze-ms',
  );
  for (const r of rows) {
    console.log(
      [
        r.page.padEnd(18),
        r.method.padEnd(9),
        String(r.roots).padStart(5),
        String(r.textLength).padStart(7),
        (r.title ? 'yes' : 'NO').padStart(6),
        r.excerpt.padStart(7),
        String(r.findings).padStart(8),
        r.extractMs.toFixed(1).padStart(10),
        r.analyzeMs.toFixed(1).padStart(10),
      ].join(' '),
    );
  }
  const n = rows.length;
  const count = (f: (r: Row) => boolean): number => rows.filter(f).length;
  const median = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] ?? 0;
  };
  console.log(
    `\n${n} pages: title found ${count((r) => r.title)}/${n}; excerpt found ${count((r) => r.excerpt === 'yes')}/${n}` +
      ` (+${count((r) => r.excerpt === 'start')} by its opening words); not found ${count((r) => r.excerpt === 'no')};` +
      ` ${count((r) => r.excerpt === 'meta')} excerpts are not in the page body at all (meta descriptions)`,
  );
  console.log(
    `extraction ms: median ${median(rows.map((r) => r.extractMs)).toFixed(1)}, max ${Math.max(...rows.map((r) => r.extractMs)).toFixed(1)};` +
      ` analysis ms: median ${median(rows.map((r) => r.analyzeMs)).toFixed(1)}, max ${Math.max(...rows.map((r) => r.analyzeMs)).toFixed(1)};` +
      ` findings total ${rows.reduce((a, r) => a + r.findings, 0)}`,
  );
}
