/**
 * `tsx scripts/ledger-pages.ts [DIR] [--popup]`: the sourcing ledger as a reader sees it on saved
 * news pages (default ../shared/pages). For each page, every source entity the engine reports (as
 * the popup and the CLI group attributions), with its type, whether it is named, how many
 * attributions credit it and the first few words each mention used:
 *
 *   ## guardian-1
 *     Hori Parata [person, true] 2: Parata
 *
 * With `--popup`, the popup's ledger instead (`src/content/ledger.ts`, findings as the page
 * shows them): each entry under its group, with its claims, its other mentions and its
 * standards lines, how claims reached the article (`via`), the body a partly named person
 * is listed under (`under`) and whom a possessive says a speaker speaks for (`for`) when not:
 *
 *   ## guardian-1
 *     named  Hori Parata (2) also: Parata
 *
 * A wrong type, a fragment as a source or one source split in two shows at a glance; diff the
 * listing before and after a change to the entities pass or the ledgers. Not part of `npm test`.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/engine/index';
import { buildLedger } from '../src/content/ledger';
import { savedPageTexts } from './lib/page-texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const popup = args.includes('--popup');
const dir = args.find((a) => !a.startsWith('--')) ?? join(root, '..', 'shared', 'pages');

interface Row {
  name: string;
  type: string;
  named: string;
  claims: number;
  mentions: Set<string>;
}

/** The engine's entities, one line each. */
function entityLines(text: string): string[] {
  const rows = new Map<string, Row>();
  for (const f of analyze(text)) {
    const s = f.source;
    if (!s?.entity) continue;
    const e = s.entity;
    let row = rows.get(e.id);
    if (!row) {
      row = { name: e.name, type: e.type, named: String(e.named), claims: 0, mentions: new Set() };
      rows.set(e.id, row);
    }
    row.claims++;
    row.mentions.add(text.slice(s.start, s.end).replace(/\s+/g, ' '));
  }
  return [...rows.values()].map(
    (r) =>
      `  ${r.name} [${r.type}, ${r.named}] ${r.claims}: ${[...r.mentions].slice(0, 6).join(' | ')}`,
  );
}

/** The popup's ledger, one line an entry and one a standards line. */
function popupLines(text: string): string[] {
  const { ledger } = buildLedger(analyze(text), text, false);
  const out: string[] = [];
  for (const e of ledger.entries) {
    const also = e.mentions.length > 0 ? ` also: ${e.mentions.join(' | ')}` : '';
    out.push(`  ${e.group.padEnd(9)} ${e.name} (${e.claims.length})${also}`);
    for (const [k, v] of Object.entries(e.standards ?? {}))
      out.push(`      ${k}: ${v === null ? '-' : String(v)}`);
    if (e.via) out.push(`      via: ${e.via.join(' | ')}`);
    const body = e.body === undefined ? undefined : ledger.entries.find((b) => b.id === e.body);
    if (body) out.push(`      under: ${body.name}`);
    if (e.speaksFor) out.push(`      for: ${e.speaksFor}`);
  }
  return out;
}

for (const page of savedPageTexts(dir)) {
  console.log(`## ${page.name}`);
  for (const line of popup ? popupLines(page.text) : entityLines(page.text)) console.log(line);
}
