import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

// A cue that credits a coordination credits every conjunct (ANNOTATION.md: anonymous-source
// formulas; decision 6: people by place or trade are unnamed). The later conjunct was lost when
// it was a bare plural ("residents and shopkeepers") or a noun the lexicon keeps as a non-agent
// unless it is credited ("a local journalist", "a tourist").
describe('a later conjunct of a credited source is a source', () => {
  test('a plural after a noun: the second document is relied on as the first is', () => {
    const text =
      'The deal was rushed, according to emails and meeting notes released under the records law.';
    expect(unnamed(text).some((u) => u.includes('meeting notes'))).toBe(true);
  });

  test.each([
    ['Gangs now control the area, according to residents and shopkeepers.', 'shopkeepers'],
    ['Gangs now control the area, according to villagers and traders.', 'traders'],
    [
      'Troops fired tear gas at the crowd, according to two witnesses and a local journalist.',
      'a local journalist',
    ],
    ['Troops fired tear gas, two residents and a tourist said.', 'a tourist'],
  ])('%s', (text, phrase) => {
    expect(unnamed(text)).toContain(phrase);
  });

  test('a bare plural joined to no source, or to a counted one, is judged on its own', () => {
    // (an audience of the cue is not a source)
    expect(unnamed('The minister told reporters and editors the deal was close.')).toEqual([]);
    // (the victims of what is told are not labelled)
    expect(unnamed('Two officials said victims and survivors were moved.')).toEqual([
      'Two officials',
    ]);
  });
});
