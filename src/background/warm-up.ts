/**
 * The text the background's engine is warmed up on before a page's first request
 * (engine-service.ts, docs/adr/0007).
 *
 * A fresh service worker meets the engine cold: its code (a large bundle) is compiled lazily
 * and optimised only after many calls, so the first article of 12 KB costs as much as 300 KB
 * at steady speed. Most of what one warm-up can save is the compiling: the first run through
 * each construction. The sample goes through every kind of finding and the constructions that
 * lead to them; more text (the benchmarks' generated prose, scripts/lib/prose.ts: named and
 * unnamed sources, quotes with tags before and after, "according to", passives with and
 * without their agent, hedges, abbreviations) tiers the engine up further, but slowly: see
 * `warmUpChunks`.
 *
 * The text is cut in chunks (a paragraph of the sample, a few of any more), each analysed in a
 * task of its own, so that a page's request never waits behind more than one of them.
 */
/** Sentences with every kind of finding, in shapes the generated prose lacks: the first chunks. */
const SAMPLE = [
  'The minister said on Tuesday that the plan would be delayed, according to officials familiar with the talks.',
  '“We are reviewing every option,” a spokesperson for the ministry told reporters, adding that no decision had been made.',
  'Critics claimed the figures were allegedly inflated. Mistakes were made, and the report was quietly withdrawn.',
  'Sources close to the investigation said it could possibly take months, and experts believe the costs may rise.',
  'Dr. Amelia Reyes, who led the study, insisted the results were sound; a senior official denied that pressure had been applied.',
  'Asked whether the deal was off, the senator’s office would only say: “Talks continue.” Residents, however, told The Courier they had heard nothing (the council has not met since May).',
  'According to a 2023 survey by the institute, 42% of households said they might move; the authors cautioned that the sample was small — perhaps too small — to be sure.',
].join('\n\n');

/** Characters of text per chunk after the sample, at most (a longer paragraph stays whole). */
export const WARM_UP_CHUNK_CHARS = 1024;

/**
 * The warm-up text in chunks, in the order to analyse them: the sample, a paragraph per chunk,
 * then `more` (none by default), whole paragraphs of at most `chunkChars` per chunk.
 *
 * Nothing more by default, as measured (docs/adr/0007, `scripts/bench-warm-up.ts`, callgrind):
 * in a fresh process the first 11 KB article costs 226M instructions cold, 139M after the
 * sample (125M), 127M after the sample and 32 KB of the benchmarks' generated prose (707M in
 * all) and 88M after 96 KB (1,570M); in the browser, on 2 busy cores, the 32 KB warm-up slowed
 * the page's own reading more than it sped up the engine's first answer.
 */
export function warmUpChunks(more = '', chunkChars: number = WARM_UP_CHUNK_CHARS): string[] {
  // the sample a paragraph at a time: the engine's first run compiles most of its code, and
  // the tasks that do it stay short
  const chunks = SAMPLE.split('\n\n');
  let chunk = '';
  for (const paragraph of more.split('\n\n')) {
    if (paragraph.trim() === '') continue;
    if (chunk !== '' && chunk.length + paragraph.length + 2 > chunkChars) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk = chunk === '' ? paragraph : `${chunk}\n\n${paragraph}`;
  }
  if (chunk !== '') chunks.push(chunk);
  return chunks;
}
