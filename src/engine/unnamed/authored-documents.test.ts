import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a document whose author is an unnamed person or group', () => {
  test.each([
    ['The memo was written by a senior manager and sent to staff in March.', 'The memo'],
    ['The affidavit is said to have been drafted by a detective on the case.', 'The affidavit'],
    ['The emails were provided by a former county employee.', 'The emails'],
    [
      'The documents, which run to 200 pages, were passed to the Chronicle by a former official.',
      'The documents',
    ],
    ['The spreadsheet was later leaked to reporters by two club employees.', 'The spreadsheet'],
    ['The footage was filmed by a passer-by on a mobile phone.', 'The footage'],
    ['The report was compiled by consultants and sent to ministers.', 'The report'],
    ['A letter drafted by a group of residents was handed to the council.', 'A letter'],
    ['The memo, whose author is not identified, was leaked to the Gazette.', 'The memo'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named author, or a person of a named body (decisions 5 and 68)
    ["The memo was written by Ana Okafor, the ministry's chief economist.", 'memo'],
    ["The report was written by the Finance Ministry's chief economist.", 'report'],
    ['The study was written by researchers at Kerrow University.', 'study'],
    ['The memo was drafted by a consultant hired by Halberd Media.', 'memo'],
    // a definite author, or a whole known group
    ['The letter was sent by the mayor on Friday.', 'letter'],
    ['The contract was written by both parties together.', 'contract'],
    // no author at all
    ['Most letters are now written by computer, not by hand.', 'letters'],
    // a copy of another document is that document's
    ['A copy was provided to the Courant by a lawyer for one of the defendants.', 'copy'],
    // the issuer given in an earlier sentence
    [
      'The four-page memo was written by the Defence Ministry for the chief of staff. The memo ' +
        'was passed to the Standard by a person who was worried.',
      'memo',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('reports that surface with no issuer', () => {
  test.each([
    ['Reports are circulating that the chairman will step down.', 'Reports'],
    ['Shares fell after reports surfaced that the bank had lost its licence.', 'reports'],
    ['Reports are coming in of a large fire at the tax office.', 'Reports'],
    [
      'Unconfirmed reports have emerged that the striker failed a drug test.',
      'Unconfirmed reports',
    ],
    ['A report surfaced on Tuesday that the minister had quit.', 'A report'],
    ['Reports of looting began to emerge from the city overnight.', 'Reports of looting'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    ['Rumours are circulating that the plant will close.', 'Rumours'],
    ['Fears emerged that the plant will close.', 'Fears'],
    ['A Finance Ministry report emerged on Tuesday.', 'report'],
    ['Cracks have emerged in the coalition.', 'Cracks'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe("an outlet's access past an adverb", () => {
  test('has also seen', () => {
    expect(
      spans('The Sentinel has also seen emails in which a manager urges staff to act.', 'unnamed'),
    ).toContain('emails');
  });
  test('not: a negated access, nor one that is no outlet', () => {
    expect(spans('The mayor has also read the report.', 'unnamed').join(' | ')).not.toContain(
      'report',
    );
  });
});

describe('documents an unnamed source hands on', () => {
  test.each([
    [
      'The agent, who requested anonymity because she still works there, provided the Herald ' +
        'with text messages that back her account.',
      'text messages',
    ],
    [
      'Two nurses, who spoke on condition of anonymity, provided internal emails and phone records.',
      'internal emails and phone records',
    ],
    ['A former player provided the Gazette with medical records.', 'medical records'],
    ['Several engineers shared photographs of the cracked beam.', 'photographs'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    ['The ministry provided the Post with figures on waiting times.', 'figures'],
    ['Ana Okafor provided the court with bank records.', 'records'],
    ['A spokesman for Acme provided a statement on Friday.', 'statement'],
    ['Several survivors gave evidence to the inquiry.', 'evidence'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
