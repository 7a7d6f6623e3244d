/**
 * Where a sentence around an offset begins and ends, for the ledgers of the page and the CLI:
 * one claim is a source's cues in one sentence, so both must cut sentences alike. A full stop
 * after a title, an initial or a common abbreviation (`Mr.`, `J.`, `U.S.`) ends no sentence; a
 * line break always does. Only a bounded window is searched, so a text without breaks or full
 * stops stays linear in the number of claims.
 */

const NOT_AN_END = String.raw`(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|U\.S|U\.K))`;
// `(?=\S|$)`: the text before a claim that opens its sentence ends with the last one's stop and space.
const SENTENCE_END = new RegExp(String.raw`${NOT_AN_END}[.!?]["'\u201d\u2019)]*\s+(?=\S|$)`, 'g');
const NEXT_SENTENCE_END = new RegExp(String.raw`${NOT_AN_END}[.!?]["'\u201d\u2019)]*(?=\s|$)`);

/** How far back and ahead a sentence end is looked for. */
export const SENTENCE_WINDOW = 400;

/** Where the sentence holding offset `start` begins: after the last sentence end or line break. */
export function sentenceStart(text: string, start: number, window = SENTENCE_WINDOW): number {
  const windowStart = Math.max(0, start - window);
  const before = text.slice(windowStart, start);
  let from = windowStart + before.lastIndexOf('\n') + 1;
  for (const m of before.matchAll(SENTENCE_END))
    from = Math.max(from, windowStart + m.index + m[0].length);
  return from;
}

/** Where the sentence holding offset `end` ends: after its closing stop and quotes, or the line. */
export function sentenceEnd(text: string, end: number, window = SENTENCE_WINDOW): number {
  let ahead = text.slice(end, end + window);
  const lineEnd = ahead.indexOf('\n');
  if (lineEnd >= 0) ahead = ahead.slice(0, lineEnd);
  const next = NEXT_SENTENCE_END.exec(ahead);
  return end + (next ? next.index + next[0].length : ahead.length);
}
