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

/**
 * Shapes most news articles have and the sample lacks, a chunk each after the sample: plural
 * and unnamed actors, statements and refusals to comment, anonymity and its reason, documents,
 * interviews, pronouns after a name, passives of arrest and charge, titles and party labels,
 * a headline, relative and reduced clauses. Chosen by what the saved pages' articles run in the
 * engine and the sample does not (scripts/probe-warm-up-coverage.ts): a page ran a median of
 * ~200 engine functions the sample had not, ~50 after these.
 */
const COMMON_SHAPES = [
  'Police arrested two men on Friday after residents of the Harlow estate reported a fire in a warehouse, officials said.',
  'Firefighters who arrived within minutes found the building empty, and no one was injured, according to a statement from the county fire department.',
  '“It could have been much worse,” said Maria Okafor, 54, who has lived on the street for two decades. She said neighbours had complained for months.',
  'In a statement on Monday, Brandt Logistics said it was “cooperating fully” with investigators. The company did not respond to a request for comment, and a spokesman for the mayor declined to comment.',
  'Two people familiar with the inquiry, who spoke on condition of anonymity because they were not authorized to discuss it publicly, said the warehouse had been inspected last year.',
  'The Ledger spoke with more than a dozen current and former employees, many of whom described long shifts. Workers at the plant were told not to speak to reporters, according to an internal memo reviewed by The Ledger.',
  'Some economists have warned that such closures may hurt the region, while others believe the effect appears to be small.',
  'The plan was approved by the board in 2021 and has been criticised by environmental groups. Thousands of homes were left without power, and the cause is still unclear.',
  'It is expected to take weeks to repair the line, a utility official told reporters at a news conference.',
  'Doctors who treated the patients said the symptoms suggest a virus. Scientists at Carrow University found that the samples were likely contaminated, the researchers wrote in a paper published Wednesday.',
  'Parents, teachers and local leaders have asked the state to act; the governor’s office said it was reviewing the findings.',
  'Why does it matter? Prices rose 4% in March, data released by the Office for National Statistics showed. “We are not there yet,” the bank’s chief economist, Tom Reyes, wrote on social media.',
  'Officials involved in the talks say the U.S. and Chinese delegations met twice, and Sen. Dana Whitfield (R-Ohio) told The Ledger in an interview that she expected a deal.',
  'Whitfield and her aides had been briefed, she said, and added that the Democrats were not.',
  'The report, which was shared with lawmakers, says the agencies ignored warnings. The ministry could not be reached for comment.',
  'A former official who worked with the agency, and who asked not to be named for fear of retaliation, said the figures were known to J. R. Calder, its director.',
  'Groups including the Red Cross and local charities have sent aid, and with roads still closed, volunteers are carrying supplies on foot. Hospitals say they are full.',
  'The men were charged with arson and are being held at the county jail; a lawyer for one of them was told the hearing had been postponed.',
  'Federal regulators, who are investigating the crash, found that the pilots were not warned, according to a new analysis by the safety board.',
  'Storm leaves thousands without power',
  'Residents who lost their homes are angry, and the councils responsible say they need more money. Teachers are leaving the profession, a survey of union members suggests.',
];

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

/**
 * The warm-up for an engine that has not run yet in this worker (`firstRun`): the sample, then
 * `COMMON_SHAPES` a chunk each; else the sample alone. A worker's first page meets code never
 * compiled, which the shapes reach; after a page the code is compiled.
 */
export function warmUpFor(firstRun: boolean): string[] {
  return firstRun ? warmUpChunks(COMMON_SHAPES.join('\n\n'), 0) : warmUpChunks();
}
