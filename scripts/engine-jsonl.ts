// Scratch runner for scoring the engine before the CLI exists:
//   node ../shared/eval/score.mjs ../shared/corpus --run "npx tsx scripts/engine-jsonl.ts"
// Prints one {"file", "findings"} JSON line per file argument.
import { readFileSync } from 'node:fs';
import { analyze } from '../src/engine/index';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  console.log(JSON.stringify({ file, findings: analyze(text) }));
}
