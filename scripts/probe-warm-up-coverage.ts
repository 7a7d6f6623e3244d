/**
 * `npx tsx scripts/probe-warm-up-coverage.ts [--pages DIR] [--more FILE] [--top N]`: which of the
 * engine's functions the saved pages' articles run that the background's warm-up
 * (src/background/warm-up.ts) did not, by V8's function coverage (docs/adr/0007, session 44).
 *
 * A development tool, not a test. In one Node process it runs the warm-up's chunks (and the text
 * of FILE after them, as `warmUpChunks(more)` cuts it), takes the coverage, then analyses each
 * article of DIR (default ../shared/pages, as the content script extracts them) in turn and takes
 * the coverage after each. A function the warm-up ran was compiled before the page asked; one it
 * did not is compiled, cold, inside the page's first request in a worker that has not analysed a
 * page since it started (V8 compiles a function at its first call). It prints how many functions
 * the warm-up ran, how many more each page ran, and the functions missed by the most pages (N,
 * default 40), as `file:name@offset` under src/engine/. What a function costs cold is not here:
 * only whether it ran.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { warmUpChunks } from '../src/background/warm-up';
import { analyze } from '../src/engine';
import { optionArgs } from './lib/args';
import { savedPageTexts } from './lib/page-texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  pages: string;
  more: string;
  top: number;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { pages: join(root, '..', 'shared', 'pages'), more: '', top: 40 };
  for (const [arg, value] of optionArgs(argv)) {
    if (arg === '--pages') opts.pages = resolve(value());
    else if (arg === '--more') opts.more = readFileSync(value(), 'utf8');
    else if (arg === '--top') opts.top = Number(value());
    else throw new Error(`unknown option ${arg} (see the header of this script)`);
  }
  return opts;
}

interface Coverage {
  result: {
    url: string;
    functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[];
  }[];
}

/** The engine's functions run since the last take (taking resets the counts). */
async function takeRun(session: Session): Promise<Set<string>> {
  const coverage = (await session.post('Profiler.takePreciseCoverage')) as unknown as Coverage;
  const ran = new Set<string>();
  for (const script of coverage.result) {
    const at = script.url.indexOf('/src/engine/');
    if (at < 0) continue;
    const file = script.url.slice(at + '/src/engine/'.length);
    for (const f of script.functions) {
      const whole = f.ranges[0];
      if (whole !== undefined && whole.count > 0) {
        ran.add(`${file}:${f.functionName}@${whole.startOffset}`);
      }
    }
  }
  return ran;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const pages = savedPageTexts(opts.pages);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await takeRun(session);
  for (const chunk of warmUpChunks(opts.more)) analyze(chunk);
  const warmed = await takeRun(session);
  /** For each function the warm-up missed, the pages that ran it. */
  const missed = new Map<string, number>();
  const perPage: string[] = [];
  for (const page of pages) {
    analyze(page.text);
    let count = 0;
    for (const fn of await takeRun(session)) {
      if (warmed.has(fn)) continue;
      missed.set(fn, (missed.get(fn) ?? 0) + 1);
      count++;
    }
    perPage.push(`${page.name} ${count}`);
  }
  session.disconnect();
  console.log(`the warm-up ran ${warmed.size} engine functions; ${pages.length} pages`);
  console.log(`more run by each page: ${perPage.join(', ')}`);
  console.log(`functions the warm-up missed that a page ran: ${missed.size}; by pages:`);
  const top = [...missed].sort((a, b) => b[1] - a[1]).slice(0, opts.top);
  for (const [fn, n] of top) console.log(`${String(n).padStart(3)} ${fn}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
