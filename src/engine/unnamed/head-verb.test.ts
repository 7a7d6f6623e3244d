import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a singular head followed by its own verb before `to`, an adjective or a time, not a compound's noun", () => {
  test.each([
    // a verb in -s before `to`
    [
      'Staff said the emails showed a senior manager appears to block the audit.',
      'a senior manager',
    ],
    ['A neighbour told the paper that the family plans to appeal the ruling.', 'the family'],
    // an -ible or -able adjective after the head
    [
      'Break-ins rose sharply, with one gang believed to be working for a rival firm responsible for most of them, according to a report by the insurer Halden.',
      'a rival firm',
    ],
    [
      'The letter was signed by an independent auditor. The firm declined to make the auditor available for an interview.',
      'the auditor',
    ],
    // a measure of time made an adverbial by `earlier`, `later` or `ago`
    [
      'The file had been deleted by an administrator days earlier, a source said.',
      'an administrator',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a plural noun that ends the compound, whatever follows it
    ['Jail contractor cut nurse shifts as deaths rose.', 'nurse'],
    ['The phone is lacking killer apps, critics said.', 'killer'],
    ['The firm found money for executive bonuses last year.', 'executive'],
    // a plural noun before `to` that is still a compound when a noun is its head's
    ['The board approved donor gifts worth millions.', 'donor'],
    // a time measure that is a compound's noun: no `earlier`, `later` or `ago`
    ['The union wants manager hours cut.', 'manager'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
