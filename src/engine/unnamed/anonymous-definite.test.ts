import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

// ANNOTATION.md's anonymous-source formulas ("an official who spoke on condition of anonymity")
// and decision 7 (repeat mentions of unnamed sources are required): a definite person the text
// says it withholds is unnamed, though its head is one the engine reads as a named office-holder
// referred back to ("the coach", "the regulator"): a named person is not quoted on condition of
// anonymity.
describe('a definite person with an anonymity clause is unnamed', () => {
  test.each([
    [
      'The regulator, who was not authorized to speak publicly, said auditors had flagged the transfers.',
      'The regulator',
    ],
    ['The coach, who asked not to be named, said the squad had lost faith.', 'The coach'],
    [
      'The prosecutor, who spoke on condition of anonymity, said the case was weak.',
      'The prosecutor',
    ],
    ['The director, who declined to be identified, said the film was over budget.', 'The director'],
  ])('%s', (text, phrase) => {
    expect(unnamed(text)).toContain(phrase);
  });

  test('a body that withholds comment, and a named person, stay quiet', () => {
    expect(
      unnamed(
        'The Halden regulator fined the bank. The regulator, which declined to comment, said.',
      ),
    ).toEqual([]);
    expect(unnamed('The coach, who joined in May, said the squad had lost faith.')).toEqual([]);
    // (the clause withholds the person of the body, not the body)
    expect(
      unnamed('A source within the council, who did not wish to be named, said the plan was dead.'),
    ).toEqual(['A source within the council']);
    expect(
      unnamed('Coach Dan Pryce, who asked for patience, said the squad had lost faith.'),
    ).toEqual([]);
  });
});

describe("a named body's supplier or client that `who` makes a person, withheld, is unnamed", () => {
  test.each([
    [
      'A Harlow Foods supplier, who asked not to be identified to protect its relationship with the chain, said prices would rise.',
      'A Harlow Foods supplier',
    ],
    // (a body's noun that is no stakeholder, so only the anonymity clause withholds it)
    [
      'A Kessler subsidiary, who asked not to be named, said the plant would close.',
      'A Kessler subsidiary',
    ],
  ])('%s', (text, want) => {
    expect(unnamed(text)).toContain(want);
  });

  test.each([
    'A Kessler subsidiary said the plant would close.',
    'A Kessler subsidiary, which opened in May, said the plant would close.',
  ])('not flagged: %s', (text) => {
    expect(unnamed(text)).toEqual([]);
  });
});
