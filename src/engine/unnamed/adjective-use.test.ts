import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an actor noun used as its adjective is no unnamed actor', () => {
  test.each([
    // after an indefinite pronoun
    ['Parents said they had heard nothing official about the closures.', 'official'],
    ['No one has said anything official yet.', 'official'],
    // the predicate of a contracted `is`
    ['"Now it\'s official," he said, laughing.', 'official'],
    // before the pronoun `one`
    ['Their account is bleaker than the official one.', 'official'],
    // a quoted label joined to another by a dash
    [
      'The memo, dated 3 May and marked "official - sensitive", sets out three options.',
      'official',
    ],
    // a court's code for a party, quoted
    ['The company is referred to in the indictment only as "Contractor-1."', 'Contractor'],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });

  test.each([
    // the noun with its article, a plural, or `one` that counts a time
    [
      'Nothing an official said at the hearing was true, a lawyer for the family said.',
      'an official',
    ],
    [
      "It's an official at the ministry who leaked it, two people said.",
      'an official at the ministry',
    ],
    ["It's officials who decide, one resident said.", 'officials'],
    ['An official one night told the guards to stand down, two people said.', 'An official'],
    ['A senior official, one of two deputies, said the plan was dead.', 'A senior official'],
  ])('still: %s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});
