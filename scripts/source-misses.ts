// Gathers every source miss (`score.mjs --misses`, "source of" lines) over the corpus and every labelled set,
// with the sentence around the cue, so they can be sorted into families by construction.
// usage: npx tsx scripts/source-misses.ts [--tsv] [SETDIR ...]   (build the CLI first: npm run -s build)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const tsv = args.includes('--tsv');
const given = args.filter((a) => !a.startsWith('--'));
const labelled = join(root, 'eval/labelled');
const sets = given.length
  ? given.map((d) => resolve(d))
  : [
      '/work/shared/corpus',
      ...readdirSync(labelled)
        .filter((d) => d.startsWith('set-'))
        .sort()
        .map((d) => join(labelled, d)),
    ];
const cli = `node ${join(root, 'dist/cli/whosaid.mjs')} analyze --json`;
const line =
  /^(.+?): source of "(.*)" @(\d+): gold "(.*)" named=(\w+), got (?:"(.*)" named=(\w+)|none)$/;

/** The sentence-ish window around `at` in `text`: back to the previous full stop, on to the next. */
function around(text: string, at: number): string {
  let s = at;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  if (s > 0 && at - s < 40) {
    s--;
    while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  }
  let e = at;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  return text
    .slice(s, e + 1)
    .replace(/\s+/g, ' ')
    .trim();
}

let total = 0;
for (const dir of sets) {
  let out = '';
  try {
    out = execFileSync('node', ['/work/shared/eval/score.mjs', dir, '--run', cli, '--misses'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  for (const l of out.split('\n')) {
    const m = line.exec(l);
    if (!m) continue;
    total++;
    const [, file, cue, at, gold, gNamed, got, pNamed] = m;
    const text = readFileSync(join(dir, file!), 'utf8');
    const set = dir.split('/').pop();
    const found =
      got === undefined ? 'none' : `${got} (${pNamed === 'true' ? 'named' : 'unnamed'})`;
    const expected = `${gold} (${gNamed === 'true' ? 'named' : 'unnamed'})`;
    if (tsv) console.log([set, file, cue, expected, found, around(text, Number(at))].join('\t'));
    else
      console.log(
        `${set} ${file} "${cue}": expected ${expected}; found ${found}\n    ${around(text, Number(at))}`,
      );
  }
}
console.error(`${total} source misses over ${sets.length} sets`);
