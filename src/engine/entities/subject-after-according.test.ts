import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The source of the cue reading `cue`: its words, namedness and entity name. */
function sourceOf(text: string, cue: string): [string, unknown, string | undefined] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (x) => text.slice(x.start, x.end) === cue,
  );
  if (!f?.source) return undefined;
  return [text.slice(f.source.start, f.source.end), f.source.named, f.source.entity?.name];
}

describe('"According to X, Y said": Y is the next clause\'s subject, not X in apposition', () => {
  test.each([
    [
      'According to a senior official, the Ministry of Transport said in January that the bridge would close.',
      ['a senior official', false, 'a senior official'],
    ],
    [
      'According to local officials, Brightwater Energy has warned that prices will rise.',
      ['local officials', false, 'local officials'],
    ],
    [
      'According to two engineers, the Corran Water Authority is planning to drain the reservoir.',
      ['two engineers', false, 'two engineers'],
    ],
  ])('%s', (text, want) => {
    expect(sourceOf(text, 'According to')).toEqual(want);
  });

  // (an apposition closed by a comma, or ending the sentence, still names the body)
  test.each([
    ['The ship’s operator, Nordvik Tankers, said the spill was small.', 'said', 'Nordvik Tankers'],
    ['“It was small,” said the ship’s operator, Nordvik Tankers.', 'said', 'Nordvik Tankers'],
  ])('%s', (text, cue, name) => {
    expect(sourceOf(text, cue)?.[2]).toBe(name);
    expect(sourceOf(text, cue)?.[1]).toBe(true);
  });
});
