/**
 * `tsx scripts/ledger-pages.ts [DIR]`: the sourcing ledger as a reader sees it on saved news
 * pages (default ../shared/pages). For each page, every source entity the engine reports (as the
 * popup and the CLI group attributions), with its type, whether it is named, how many
 * attributions credit it and the first few words each mention used:
 *
 *   ## guardian-1
 *     Hori Parata [person, true] 2: Parata
 *
 * A wrong type, a fragment as a source or one source split in two shows at a glance; diff the
 * listing before and after a change to the entities pass. Not part of `npm test`.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/engine/index';
import { savedPageTexts } from './lib/page-texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(root, '..', 'shared', 'pages');

interface Row {
  name: string;
  type: string;
  named: string;
  claims: number;
  mentions: Set<string>;
}

for (const page of savedPageTexts(dir)) {
  const rows = new Map<string, Row>();
  for (const f of analyze(page.text)) {
    const s = f.source;
    if (!s?.entity) continue;
    const e = s.entity;
    let row = rows.get(e.id);
    if (!row) {
      row = { name: e.name, type: e.type, named: String(e.named), claims: 0, mentions: new Set() };
      rows.set(e.id, row);
    }
    row.claims++;
    row.mentions.add(page.text.slice(s.start, s.end).replace(/\s+/g, ' '));
  }
  console.log(`## ${page.name}`);
  for (const r of rows.values())
    console.log(
      `  ${r.name} [${r.type}, ${r.named}] ${r.claims}: ${[...r.mentions].slice(0, 6).join(' | ')}`,
    );
}
