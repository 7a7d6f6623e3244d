/**
 * `npx tsx scripts/bench-scaling.ts`: how the engine's time grows with the length of ONE text.
 * Real prose (the labelled corpus, ../shared/corpus, repeated) or generated prose is cut to
 * 50 KB, 100 KB, 200 KB, 400 KB and 1 MB and each is analysed as one text; a rule that looks back
 * over the whole document per sentence or per token shows as ms per KB growing with the size.
 * Prints ms per pass (best of the runs) and ms per KB for each size.
 *
 * Options:
 *   --engine DIR   time the engine of checkout DIR (its src/engine; default this checkout)
 *   --generated    use the generated prose of scripts/lib/prose.ts instead of the corpus
 *   --runs N       timed passes per size, the best is kept (default 3)
 *   --sizes LIST   sizes in KB, comma-separated (default 50,100,200,400,1000)
 *   --one-line     make every line break a space: the whole text is one paragraph (and one
 *                  part: analyze cuts parts at line breaks), as a page read without its
 *                  paragraph breaks would be
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundleEsm } from './lib/bundle-esm';
import type { EngineApi, loadEngine } from './lib/engine-api';
import { generateProse } from './lib/prose';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The corpus texts joined by blank lines, repeated until `minBytes`. */
function corpusText(minBytes: number): string {
  const dir = join(here, '..', 'shared', 'corpus');
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: use --generated`);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const t of texts) {
      parts.push(t);
      bytes += t.length + 2;
    }
  }
  return parts.join('\n\n');
}

/** `text` cut at the last paragraph break before `size` characters. */
function cut(text: string, size: number): string {
  const at = text.lastIndexOf('\n\n', size);
  return at > 0 ? text.slice(0, at) : text.slice(0, size);
}

async function loadBundled(checkout: string): Promise<EngineApi> {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-scaling-'));
  try {
    const outfile = join(dir, 'engine.mjs');
    await bundleEsm(join(checkout, 'scripts', 'lib', 'engine-api.ts'), outfile);
    // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
    const mod = (await import(pathToFileURL(outfile).href)) as { loadEngine: typeof loadEngine };
    return mod.loadEngine();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const checkout = resolve(option('--engine') ?? here);
  const runs = Number(option('--runs') ?? 3);
  const sizes = (option('--sizes') ?? '50,100,200,400,1000').split(',').map(Number);
  const maxBytes = Math.max(...sizes) * 1000 + 4000;
  const generated = process.argv.includes('--generated');
  const oneLine = process.argv.includes('--one-line');
  const full = generated ? generateProse(maxBytes) : corpusText(maxBytes);
  const sized = (size: number): string => {
    const text = cut(full, size);
    return oneLine ? text.replace(/\s*\n\s*/g, ' ') : text;
  };
  const engine = await loadBundled(checkout);
  for (let i = 0; i < 3; i++) engine.analyze(sized(200_000)); // warm-up: let the JIT settle
  console.log(
    `engine of ${checkout}, ${generated ? 'generated prose' : 'corpus'} as one text${oneLine ? ' with no line breaks' : ''}, best of ${runs}`,
  );
  console.log('     KB    ms/pass   ms/KB  findings');
  for (const kb of sizes) {
    const text = sized(kb * 1000);
    let best = Infinity;
    let n = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      n = engine.analyze(text).length;
      best = Math.min(best, performance.now() - t0);
    }
    const k = text.length / 1000;
    console.log(
      `${k.toFixed(0).padStart(7)} ${best.toFixed(1).padStart(10)} ${(best / k).toFixed(3).padStart(7)} ${String(n).padStart(9)}`,
    );
  }
}

await main();
