import { buildContext } from '../src/engine/context';
import { readFileSync } from 'node:fs';
const text = process.argv[2]!.startsWith('/') ? readFileSync(process.argv[2]!, 'utf8') : process.argv[2]!;
const ctx = buildContext(text);
const words = process.argv.slice(3);
ctx.tokens.forEach((t, i) => { if (words.length === 0 || words.includes(t.lower)) console.log(i, JSON.stringify(text.slice(t.start, t.end)), 'name', ctx.name[i], 'f', t.f.toString(2)); });
console.log('mentions', [...ctx.mentions]);
