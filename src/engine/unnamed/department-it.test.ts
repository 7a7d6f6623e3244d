import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

// "IT" the department before a noun is no pronoun ("It monitors traffic": a verb after a subject
// pronoun is no head): trade and technology desks credit "two IT staffers", "county IT managers".
describe('"IT" before a person noun is the department', () => {
  test.each([
    ['Two IT staffers said the intrusion went unnoticed for weeks.', 'staffers'],
    ['Several county IT managers told the paper the update arrived late.', 'managers'],
    ['An IT contractor said the system had failed twice.', 'contractor'],
  ])('%s', (text, phrase) => {
    expect(unnamed(text).join(' | ')).toContain(phrase);
  });

  test('the pronoun stays a pronoun', () => {
    expect(unnamed('It monitors traffic on the bridge, the council said.')).toEqual([]);
    expect(unnamed('IT was a night to remember for the club.')).toEqual([]);
  });
});
