import { buildContext } from '../src/engine/context';
import { Names } from '../src/engine/entities/names';
const text = 'The temperature was high, according to Sergeant Alan Ferris.\n\nFerris said the girl was treated by paramedics.';
const ctx = buildContext(text);
const names = new Names(ctx);
ctx.tokens.forEach((t, i) => console.log(i, t.lower, ctx.name[i], names.runOf[i]));
for (let r = 0; r < names.length; r++) console.log(r, names.kind(r), names.text(r), names.title[r]);
