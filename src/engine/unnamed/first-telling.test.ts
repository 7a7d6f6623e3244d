/**
 * A document new to the story that opens its sentence and tells what it says or whom it names,
 * negated or not, is an unnamed document even where its verb is no cue (the guideline's "an
 * affidavit"; decisions 68 and 188 of the labelled sets). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** Whether an `unnamed` finding overlaps the first occurrence of `words`. */
function flagged(text: string, words: string): boolean {
  const at = text.indexOf(words);
  return analyze(text, { kinds: ['unnamed'] }).some(
    (f) => f.start < at + words.length && at < f.end,
  );
}

describe('a new document that names or withholds someone', () => {
  test.each([
    ['The indictment does not name the company or its owner.', 'The indictment'],
    ['Court filings do not identify the bank, calling it only "Lender 1".', 'Court filings'],
    ['The dossier never names the officer who signed the order.', 'The dossier'],
    ['The spreadsheet lists every payment made to the contractor since 2019.', 'The spreadsheet'],
    ['"The invoices do not identify who approved them," the auditor wrote.', 'The invoices'],
  ])('%s', (text, words) => expect(flagged(text, words)).toBe(true));
});

describe('not a document met before, owned, named or only acted on', () => {
  test.each([
    [
      'The Halden Institute published a report on Monday. The report does not name the company.',
      'The report does',
    ],
    ["The ministry's report does not name the company.", "The ministry's report"],
    ['The Halden report does not name the company.', 'The Halden report'],
    ['The letter was delivered to the council on Monday.', 'The letter'],
    ['The contract does not expire until 2030.', 'The contract'],
    ['Figures showing a rise in profit were posted online early.', 'Figures'],
    ['The figures will add to pressure on the central bank.', 'The figures'],
  ])('%s', (text, words) => expect(flagged(text, words)).toBe(false));
});
