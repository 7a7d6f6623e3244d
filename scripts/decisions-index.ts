/**
 * Writes eval/labelled/DECISIONS-INDEX.md from eval/labelled/DECISIONS.md (see
 * scripts/lib/decisions-index.ts). `--check` writes nothing and exits 1 when the index is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decisionsIndex } from './lib/decisions-index';

const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'eval', 'labelled');
const index = decisionsIndex(readFileSync(join(dir, 'DECISIONS.md'), 'utf8'));
const target = join(dir, 'DECISIONS-INDEX.md');
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== index) {
    console.error(
      'eval/labelled/DECISIONS-INDEX.md is out of date: run npx tsx scripts/decisions-index.ts',
    );
    process.exit(1);
  }
  console.log('DECISIONS-INDEX.md is up to date');
} else {
  writeFileSync(target, index);
  console.log(`wrote ${target}`);
}
