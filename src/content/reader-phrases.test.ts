import { describe, expect, test } from 'vitest';
import type { Finding } from '../engine/types';
import { findReaderPhrases, withReaderPhrases } from './reader-phrases';
import { present, SHOW_ALL } from './present';

const TEXT =
  'Insiders say the deal is “sort of” done. Insider trading? Sources close to it doubt it.';

describe('the reader’s own phrases', () => {
  test('are found as whole words, any case, any whitespace', () => {
    const found = findReaderPhrases(`${TEXT}\nINSIDERS   SAY so.`, {
      unnamed: ['insiders say'],
      hedge: ['sort of'],
    });
    expect(
      found.map((f) => [f.kind, TEXT.concat('\nINSIDERS   SAY so.').slice(f.start, f.end)]),
    ).toEqual([
      ['unnamed', 'Insiders say'],
      ['unnamed', 'INSIDERS   SAY'],
      ['hedge', 'sort of'],
    ]);
    expect(found[0]?.why).toBe('one of your own phrases (“Insiders say”)');
  });

  test('do not match inside a longer word, and the longest phrase wins', () => {
    const found = findReaderPhrases(TEXT, { unnamed: ['insider', 'sources', 'sources close to'] });
    expect(found.map((f) => TEXT.slice(f.start, f.end))).toEqual(['Insider', 'Sources close to']);
  });

  test('treat regular-expression characters as text', () => {
    expect(
      findReaderPhrases('U.S. officials and USA officials', { unnamed: ['U.S. officials'] }),
    ).toHaveLength(1);
  });

  test('match either apostrophe', () => {
    const text = "The mayor’s aides and the mayor's aides.";
    expect(findReaderPhrases(text, { unnamed: ["mayor's aides"] })).toHaveLength(2);
  });

  test('add nothing where the engine already found the same kind', () => {
    const engine: Finding[] = [{ start: 0, end: 8, kind: 'unnamed', why: 'engine' }];
    const extra = findReaderPhrases(TEXT, { unnamed: ['insiders say'], hedge: ['insiders'] });
    const merged = withReaderPhrases(engine, extra);
    expect(merged.map((f) => [f.kind, f.why])).toEqual([
      ['unnamed', 'engine'],
      ['hedge', 'one of your own phrases (“Insiders”)'],
    ]);
  });

  test('are shown with the engine’s findings, and a kind switched off is left out', () => {
    const engine: Finding[] = [{ start: 62, end: 69, kind: 'unnamed', why: 'engine' }];
    const display = { ...SHOW_ALL, phrases: { hedge: ['sort of'] } };
    expect(present(engine, TEXT, display, []).shown.map((f) => f.kind)).toEqual([
      'hedge',
      'unnamed',
    ]);
    const noHedges = { ...display, kinds: { ...SHOW_ALL.kinds, hedge: false } };
    expect(present(engine, TEXT, noHedges, []).shown.map((f) => f.kind)).toEqual(['unnamed']);
  });
});
