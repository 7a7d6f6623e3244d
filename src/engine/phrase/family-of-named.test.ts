import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

// Decisions 6 and 91: relatives are unnamed, however unique ("Lind's family thanked the
// mediators" is required). A named person's family was taken as that person's people (named),
// as "Ashmere United's coach" is the club's staff; it is the person's own circle.
describe("a named person's family is unnamed", () => {
  test.each([
    ["Dunmore's family has questioned whether the jersey is authentic.", "Dunmore's family"],
    ["Lind's family thanked the mediators.", "Lind's family"],
    ['The family of Margaret Hale say they were told nothing.', 'The family of Margaret Hale'],
  ])('%s', (text, phrase) => {
    expect(unnamed(text)).toContain(phrase);
  });

  test('a family by its name, and a family of things, stay quiet', () => {
    expect(unnamed('The Reyes family said the jersey was fake.')).toEqual([]);
    expect(unnamed("Acme's family of brands grew last year, the company said.")).toEqual([]);
  });
});
