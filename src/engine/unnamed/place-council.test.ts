import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

describe("a place's own council is the named body (decision 139)", () => {
  test('at a sentence start, where the capital alone does not make a name', () => {
    expect(unnamed('Stourby council said the road would reopen on Monday.')).toEqual([]);
    expect(unnamed("Stourby council's planning committee approved the scheme on Tuesday.")).toEqual(
      [],
    );
  });

  test('a council of no place, and a force qualified by its place, stay unnamed', () => {
    expect(unnamed('County council officials said the road would reopen.')).toEqual([
      'County council officials',
    ]);
    // (decision 60)
    expect(unnamed('Kelm police said the road would reopen on Monday.')).toEqual(['Kelm police']);
  });
});
