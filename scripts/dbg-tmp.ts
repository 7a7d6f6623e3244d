import { analyze } from '../src/engine/index';
import { generateProse } from './lib/prose';
const text = generateProse(1 << 20, 20260101);
analyze(text);
console.log(Object.entries(globalThis).filter(([k]) => k.startsWith('C_')));
