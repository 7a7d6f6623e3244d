/**
 * A body whose name is written with digits after the word for its kind (`data analysis firm
 * 1010data`, `research group 2degrees`) is that body, an organisation: the tokens read a number
 * glued to a word, and that word's class (`data`, a document) is not the phrase's. The sourcing
 * ledger listed such a firm under documents. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

/** The type and namedness of the source of `cue` in `text`. */
function sourceOf(text: string, cue: string): [string, string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  const s = f?.source;
  return s ? [text.slice(s.start, s.end), s.entity?.type ?? '', s.named] : undefined;
}

describe('a body named with digits after its kind word', () => {
  test.each([
    [
      'Sales of the brand doubled in March, according to data analysis firm 4040data.',
      'according to',
      'data analysis firm 4040data',
    ],
    [
      'Prices fell for a third month, said research group 2degrees.',
      'said',
      'research group 2degrees',
    ],
  ])('%s', (text, cue, words) => {
    expect(sourceOf(text, cue)).toEqual([words, 'organisation', true]);
  });

  test.each([
    ['Sales of the brand doubled in March, according to data analysis firm 4040data.', '4040data'],
    ['Prices fell for a third month, said research group 2degrees.', '2degrees'],
  ])('the body is named by its name, not by its kind: %s', (text, name) => {
    const f = analyze(text, { kinds: ['attribution'] }).find((g) => g.source?.entity);
    expect(f?.source?.entity?.name).toBe(name);
  });

  test('a number glued to a document word alone stays a document', () => {
    // (no word of a body before the number: "2024data" is data)
    const text = 'Exports grew, according to 2024data released by the ministry.';
    expect(sourceOf(text, 'according to')?.[1]).not.toBe('organisation');
    expect(sourceOf('Exports grew, according to 2024 data.', 'according to')?.[1]).toBe('document');
    // (a number with a space before the word is a count or a year, not a name)
    const spaced = 'Exports grew, according to the firm 2024 data.';
    expect(sourceOf(spaced, 'according to')?.[1]).not.toBe('organisation');
  });
});
