import { analyze } from '../src/engine/index';
import { generateProse } from './lib/prose';
const text = generateProse(1 << 20, 20260101);
for (let i = 0; i < 3; i++) analyze(text);
const g = globalThis as any; for (const k of Object.keys(g)) if (k.startsWith('T_')) g[k] = 0;
const c0 = process.cpuUsage(); const t0 = performance.now(); for (let i = 0; i < 10; i++) analyze(text); const all = performance.now() - t0; const cpu = process.cpuUsage(c0);
console.log('wall', (all/10).toFixed(1), 'cpu', ((cpu.user+cpu.system)/10000).toFixed(1), Object.entries(g).filter(([k]) => k.startsWith('T_')).map(([k, v]) => k.slice(2) + ' ' + ((v as number)/10).toFixed(1)).join(' | '));
