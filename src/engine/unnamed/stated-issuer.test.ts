// Definite documents and hearings the story ties to a body: a public inquiry that hears evidence
// is the audience of its own case (decisions 19 and 141 of the labelled sets; not-withheld.ts),
// and a document whose own sentence states its issuer, a named body or people of the story's one
// body through a possessive, is that issuer's (decisions 68, 83 and 116; documents.ts). The
// sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed');

describe('an inquiry that hears evidence is no unnamed source', () => {
  test.each([
    'The ferry struck a pontoon in thick fog. The inquiry heard that the mate had worked 15 hours.',
    'The inquiry, chaired by retired judge Mara Tolle, has heard that the alarm was switched off.',
    'Two patients died on the ward. The inquiry was told that staffing had been cut twice.',
  ])('%s', (text) => {
    expect(found(text).filter((s) => /inquiry/i.test(s))).toEqual([]);
  });

  test('an inquiry that only reports, not hears, is judged as before', () => {
    const text =
      'The ministry launched an inquiry into the leak. That inquiry has not reported, officials said.';
    expect(found(text)).toContain('That inquiry');
  });
});

describe('a document whose sentence gives its issuer', () => {
  test.each([
    [
      'Libraries may close, according to a memo at Dunmere city hall. The memo, a copy of which has been seen by the Post, was drafted by the city\u2019s planning office and sets out the savings.',
      'The memo',
    ],
    [
      'Staff at the lender Brightwell were warned of the fault, according to an internal memo seen by the Echo. The memo, written by an analyst on the bank\u2019s fraud team, calls the flaw serious. The memo also lists three suppliers.',
      'The memo',
    ],
    [
      'Rents rose sharply last year. The report was compiled by the Carlow Housing Trust and says rents rose by a tenth.',
      'The report',
    ],
  ])('%s', (text, doc) => {
    expect(found(text)).not.toContain(doc);
  });

  test.each([
    // a sentence that stands alone: no body in view for the possessive
    [
      'The memo, written by a clerk in the agency\u2019s freight division, urged replacing the sensors.',
      'The memo',
    ],
    // an author who is unnamed and of no body: the document stays withheld
    [
      'Delays were hidden, according to notes seen by the Post. The notes were written by a visiting consultant.',
      'a visiting consultant',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });
});

describe('the minutes of one meeting in a story with a body in view', () => {
  test.each([
    [
      'Wrenfield Rovers directors split over the stadium sale. Directors argued for an hour, according to board minutes seen by the Gazette. The minutes, from May, record that one director left early.',
      'minutes',
    ],
    [
      'Councillors at Ashby Vale backed the scheme in private. The minutes of last month\u2019s meeting, obtained by the Mercury, show two members abstained.',
      'minutes',
    ],
  ])('%s', (text, word) => {
    expect(found(text).filter((s) => s.includes(word))).toEqual([]);
  });

  test.each([
    // a sentence that stands alone: no body in view
    ['Two trustees walked out, according to minutes seen by the Gazette.', 'minutes'],
    // minutes listed with other papers
    [
      'The plan was cut. Invoices, emails and planning minutes obtained by the Mercury show that Ashby Vale Council paid twice.',
      'planning minutes',
    ],
  ])('%s', (text, want) => {
    expect(found(text).join(' | ')).toContain(want);
  });
});

describe('a document met first as the medium of a cue', () => {
  test.each([
    'A tanker ran aground at dawn, inspectors said in a preliminary report on Friday. The Marine Safety Board said the harbour had reopened. The report also notes that the pilot had slept four hours.',
    'The plant will open a year late, Norrel Chips said in a regulatory filing on Monday. The filing did not say how many jobs would go.',
  ])('%s', (text) => {
    expect(found(text).filter((s) => /^the (report|filing)$/i.test(s))).toEqual([]);
  });

  test.each([
    // the document holds what the speaker read: not the medium of the cue
    [
      'A trustee said figures in a consultant\u2019s report did not match. The report, prepared by a firm the district will not name, urges closure.',
      'The report',
    ],
    // an aside's participle has no speaker
    [
      'Prosecutors say texts show the payments. One message, cited in a court filing last month, read: "Pay him." The filing says the phone was his.',
      'The filing',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });
});
