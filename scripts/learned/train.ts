/**
 * `tsx scripts/learned/train.ts`: trains the learned unnamed-phrase scorer on every development
 * text (docs/learned-unnamed.md) and writes scripts/learned/weights.json, sorted, so that the
 * same data and code give the same file byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocs } from './data';
import { ADD, DROP, trainOn } from './experiment';

const docs = loadDocs();
const m = trainOn(docs);
const sorted = (w: ReadonlyMap<string, number>): Record<string, number> =>
  Object.fromEntries([...w].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
const file = { addAt: ADD, dropBelow: DROP, add: sorted(m.add), drop: sorted(m.drop) };
const out = join(import.meta.dirname, '..', '..', 'scripts/learned/weights.json');
writeFileSync(out, JSON.stringify(file, null, 1) + '\n');
console.log(`${out}: ${m.add.size} add and ${m.drop.size} drop weights from ${docs.length} texts`);
