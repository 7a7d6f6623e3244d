/**
 * `npx tsx scripts/count-dom-reads.ts [--pages DIR] [--only NAME] TREE...`: how many times the
 * content script's reading of the article (`extractArticle`) asks the page for a property or a
 * method, on the saved pages (../shared/pages), for one or more source trees (a checkout's root).
 *
 * Each tree's `src/content/article.ts` is bundled (esbuild) with its `dom-access.ts` readers
 * counting their calls (every DOM read of the content script goes through them), and run on
 * each page parsed by linkedom in Node. A count does not depend on the machine's load, where
 * timed runs on a loaded machine do; the counts are linkedom's DOM, which the reading sees as
 * a browser's (bench-extract.ts checks that both read the same text).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { DOMParser } from 'linkedom';
import { optionValue } from './lib/args';

const args = process.argv.slice(2);
const pagesDir = resolve(optionValue(args, '--pages') ?? '/work/shared/pages');
const only = optionValue(args, '--only');
const trees: string[] = [];
for (let i = 0; i < args.length; i++) {
  if ((args[i] as string).startsWith('--')) i++;
  else trees.push(resolve(args[i] as string));
}
if (trees.length === 0) trees.push(process.cwd());

/** Each reader made by `getter(name)` or `method(name)` counts its calls under `name`. */
const COUNT = `const __c = ((globalThis).__domReads ??= {}); __c[name] = (__c[name] ?? 0) + 1;`;

type Extract = (doc: Document) => { map: { text: string } };

async function load(tree: string, out: string): Promise<Extract> {
  const file = join(out, 'article.mjs');
  await build({
    entryPoints: [join(tree, 'src/content/article.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: file,
    logLevel: 'error',
    plugins: [
      {
        name: 'count-dom-reads',
        setup(b) {
          b.onLoad({ filter: /content[\\/]dom-access\.ts$/ }, (a) => {
            const src = readFileSync(a.path, 'utf8');
            const counted = src.replace(/return \(o\) => \{\n/g, (m) => `${m}    ${COUNT}\n`);
            if (counted === src) throw new Error(`No reader to count in ${a.path}`);
            return { contents: counted, loader: 'ts' };
          });
        },
      },
    ],
  });
  const url = pathToFileURL(file).href;
  // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
  const mod = (await import(url)) as { extractArticle: Extract };
  return mod.extractArticle;
}

const pages = readdirSync(pagesDir)
  .filter((n) => existsSync(join(pagesDir, n, 'source.html')))
  .filter((n) => only === undefined || n === only)
  .sort();
const scope = globalThis as { __domReads?: Record<string, number> };
const out = mkdtempSync(join(tmpdir(), 'count-dom-reads-'));
try {
  const perTree: { total: number; byName: Map<string, number>; byPage: Map<string, number> }[] = [];
  for (const [t, tree] of trees.entries()) {
    const extract = await load(tree, join(out, String(t)));
    const byName = new Map<string, number>();
    const byPage = new Map<string, number>();
    let total = 0;
    for (const page of pages) {
      const html = readFileSync(join(pagesDir, page, 'source.html'), 'utf8');
      const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      scope.__domReads = {};
      extract(doc);
      let n = 0;
      for (const [k, v] of Object.entries(scope.__domReads)) {
        n += v;
        byName.set(k, (byName.get(k) ?? 0) + v);
      }
      byPage.set(page, n);
      total += n;
    }
    perTree.push({ total, byName, byPage });
  }
  console.log(`DOM reads of extractArticle (${trees.map((t, i) => `${i}=${t}`).join(', ')})`);
  for (const page of pages) {
    console.log(
      page.padEnd(20) + perTree.map((r) => String(r.byPage.get(page)).padStart(9)).join(''),
    );
  }
  console.log('all'.padEnd(20) + perTree.map((r) => String(r.total).padStart(9)).join(''));
  const names = [...new Set(perTree.flatMap((r) => [...r.byName.keys()]))].sort(
    (a, b) => (perTree[0]?.byName.get(b) ?? 0) - (perTree[0]?.byName.get(a) ?? 0),
  );
  for (const name of names) {
    console.log(
      `  ${name.padEnd(18)}` +
        perTree.map((r) => String(r.byName.get(name) ?? 0).padStart(9)).join(''),
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
