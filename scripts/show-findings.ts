/**
 * `tsx scripts/show-findings.ts FILE|-` (or `--text "..."`): the engine's findings on one text,
 * one per line, with each source's entity (id, name, named) and the anonymity check of unnamed
 * sources. For looking at what the engine does while writing rules.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../src/engine/index';
import type { SourceEntity } from '../src/engine/index';

const args = process.argv.slice(2);
const at = args.indexOf('--text');
const text =
  at >= 0 ? (args[at + 1] ?? '') : readFileSync(args[0] === '-' || !args[0] ? 0 : args[0], 'utf8');
const entities = new Map<string, SourceEntity>();
for (const f of analyze(text)) {
  const words = text.slice(f.start, f.end).replace(/\s+/g, ' ');
  let line = `${String(f.start).padStart(5)} ${f.kind.padEnd(11)} ${words}`;
  if (f.source) {
    const e = f.source.entity;
    line += `  <- "${text.slice(f.source.start, f.source.end).replace(/\s+/g, ' ')}" named=${f.source.named}`;
    if (e) {
      line += ` [${e.id} ${e.type} "${e.name}"]`;
      entities.set(e.id, e);
    }
  }
  console.log(line);
}
for (const e of entities.values())
  if (e.anonymity) console.log(`${e.id} "${e.name}" ${JSON.stringify(e.anonymity)}`);
