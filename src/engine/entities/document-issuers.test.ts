/**
 * Documents take the namedness of their issuer as the story states it (decisions 68, 83 and 105
 * of the labelled sets): an issuer given by a passive of issuing soon after (`The memo ... was
 * written by`), a police force named `the X Police`, and `the report` of an inquiry or study the
 * story met before, which is that inquiry. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The source of the first (or `nth`) cue reading `cue`: its words and namedness. */
function sourceOf(text: string, cue: string, nth = 0): [string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).filter(
    (g) => text.slice(g.start, g.end) === cue,
  )[nth];
  return f?.source ? [text.slice(f.source.start, f.source.end), f.source.named] : undefined;
}

/** The entity name of the source of the first cue reading `cue`. */
function entityOf(text: string, cue: string): string | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source?.entity?.name;
}

describe('a document whose issuer a passive of issuing states soon after', () => {
  test.each([
    [
      'Ministers were warned the fund would run dry, according to a leaked memo. The memo, dated 3 May and marked "urgent", was written by a senior budget official at the Finance Ministry. The memo says 200 schools are waiting.',
      'says',
      'The memo',
    ],
    [
      'An email sent to students on Monday says the course has been cancelled. The email was signed by the head of department, Prof. Mara Lindqvist.',
      'says',
      'An email sent to students',
    ],
    [
      'Rents will rise by a fifth, according to a letter sent to tenants. The letter had been signed by Harbour Homes Ltd.',
      'according to',
      'a letter sent to tenants',
    ],
    [
      'Staff were told to stop overtime, according to an internal note. The note, circulated on Monday, was drafted by the hospital’s medical director, Dr Ana Ruiz.',
      'according to',
      'an internal note',
    ],
    [
      'A briefing note seen by the Post warns of delays. The note was prepared by officials at the Transport Department.',
      'warns',
      'A briefing note seen by the Post',
    ],
    [
      'Night shifts were cut, according to an internal memo. The memo tells managers to avoid announcements. It was written by a senior manager at Kelso Health Trust.',
      'tells',
      'The memo',
    ],
  ])('named: %s', (text, cue, words) => {
    expect(sourceOf(text, cue)).toEqual([words, true]);
  });

  test.each([
    // an author of no named body
    [
      'Ministers were warned the fund would run dry, according to a leaked memo. The memo was written by a junior official. The memo says 200 schools are waiting.',
      'says',
      'The memo',
    ],
    // the passive is in what the memo says, not the memo's own verb
    [
      'Ministers were warned the fund would run dry, according to a leaked memo. The memo says the plan was drafted by the Finance Ministry.',
      'says',
      'The memo',
    ],
    // who obtained it did not issue it
    [
      'Rents will rise by a fifth, according to a letter sent to tenants. The letter was written by a tenant and obtained by the Harbour Gazette.',
      'according to',
      'a letter sent to tenants',
    ],
    // a relative clause about someone else
    [
      'Staff were told to stop overtime, according to an internal note. The note, which staff say was drafted by the Orrin Group, has not been published.',
      'according to',
      'an internal note',
    ],
  ])('unnamed: %s', (text, cue, words) => {
    expect(sourceOf(text, cue)).toEqual([words, false]);
  });
});

describe('a police force named `the X Police` is an organisation', () => {
  test.each([
    'Hundreds of cases may be reopened after an internal review found failings. The review, commissioned by the Kaldor Regional Police, concluded that tests were skipped.',
    'Hundreds of cases may be reopened after an internal review found failings. The review, ordered by the Merrow County Police, concluded that tests were skipped.',
    'Hundreds of cases may be reopened after an internal review found failings. The review, conducted by the Tarsk Metropolitan Police, concluded that tests were skipped.',
    'Hundreds of cases may be reopened after an internal review found failings. The review, carried out by the Vessel Valley Police, concluded that tests were skipped.',
    'Hundreds of cases may be reopened after an internal review found failings. The review, prepared by the Ostrel Transport Police, concluded that tests were skipped.',
  ])('%s', (text) => {
    expect(sourceOf(text, 'found')?.[1]).toBe(true);
    expect(sourceOf(text, 'concluded')?.[1]).toBe(true);
  });
});

describe('`the report` of an inquiry or study met before is that inquiry', () => {
  test('a named audit: the report is named', () => {
    const text =
      'An internal audit found the charity overspent. The audit, commissioned by the Harwood Trust, concluded that controls were weak. According to the report, two managers ignored warnings.';
    expect(sourceOf(text, 'According to')).toEqual(['the report', true]);
    expect(entityOf(text, 'According to')).toBe('An internal audit');
  });

  test('an unnamed review: the report is the same unnamed entity', () => {
    const text =
      'An internal review found long delays. According to the report, staff were overstretched.';
    expect(sourceOf(text, 'According to')).toEqual(['the report', false]);
    expect(entityOf(text, 'According to')).toBe('An internal review');
  });

  test('a study: the report says', () => {
    const text =
      'A study of 2,000 patients found the drug cut admissions. The report says side effects were rare.';
    expect(entityOf(text, 'says')).toBe('A study of 2,000 patients');
  });

  test('an inquiry a named body ordered: the document is named', () => {
    const text =
      'An inquiry found repeated breaches. The inquiry, ordered by the Ferrow Standards Agency, concluded that staff were at fault. The document says inspectors were misled.';
    expect(sourceOf(text, 'says')).toEqual(['The document', true]);
  });

  test('an audit: the report is that audit', () => {
    const text =
      'An audit of the prison found cells flooded. Inmates were locked up for 23 hours a day, the report said.';
    expect(entityOf(text, 'said')).toBe('An audit of the prison');
  });

  test('an evaluation: the report is that evaluation', () => {
    const text = 'An evaluation of the scheme found few benefits. The report says costs doubled.';
    expect(entityOf(text, 'says')).toBe('An evaluation of the scheme');
  });

  test('a memo is not called the report', () => {
    const text = 'A leaked memo warned of cuts. According to the report, two wards will close.';
    expect(entityOf(text, 'According to')).toBe('the report');
  });
});

describe('a later definite mention that gives the issuer names the document', () => {
  test.each([
    [
      'An independent inquiry has concluded that records were altered. The 140-page report by the Police Conduct Commission found that entries were deleted.',
      'has concluded',
    ],
    [
      'A review found the scheme had failed. The review by the Harwood Institute said costs doubled.',
      'found',
    ],
    [
      'An audit found gaps in the accounts. The report by Kelso Audit Ltd says two payments were missed.',
      'found',
    ],
    ['A study found the drug worked. The study by Corvell Pharma showed fewer deaths.', 'found'],
    [
      'An assessment found the tests were skipped. The report by the Tarn Standards Agency said staff were overstretched.',
      'found',
    ],
  ])('%s', (text, cue) => {
    expect(sourceOf(text, cue)?.[1]).toBe(true);
  });

  test('what the story says of it after that mention is the named document', () => {
    const text =
      'An independent inquiry has concluded that records were altered. The 140-page report by the Police Conduct Commission found that entries were deleted. His mother said the findings confirmed her fears.';
    expect(sourceOf(text, 'confirmed')?.[1]).toBe(true);
  });

  test('a named addressee is no issuer', () => {
    const text =
      'Jobs will go, according to an internal memo seen by this newspaper. The four-page memo, addressed to managers at the parent company, Halberd Media, sets out a leaner model.';
    expect(sourceOf(text, 'according to')?.[1]).toBe(false);
    expect(sourceOf(text, 'sets out')?.[1]).toBe(false);
  });

  test('an issuer of no name leaves it unnamed', () => {
    const text =
      'An audit found gaps in the accounts. The report by two former staff says two payments were missed.';
    expect(sourceOf(text, 'found')?.[1]).toBe(false);
  });
});
