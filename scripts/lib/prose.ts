/** The generated prose of the benchmarks: it lives in src/shared/prose.ts, which the background uses too. */
export * from '../../src/shared/prose';
