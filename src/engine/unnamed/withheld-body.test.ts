import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a definite body the text says it does not name is unnamed', () => {
  test.each([
    ['The supplier, which asked not to be named, said the order had been cut.', 'The supplier'],
    ['The bank, which declined to be identified, has frozen the accounts.', 'The bank'],
    ['The contractor, which the council did not name, has not responded.', 'The contractor'],
    [
      'The retailer, which the Herald is not naming for legal reasons, said it follows the law.',
      'The retailer',
    ],
    // a passive that says who keeps the name back, why, or nothing more
    [
      'Officials have not said what caused the crash, and the operator, which was not identified by police, did not reply.',
      'the operator',
    ],
    [
      'The club, which has not been named because of a court order, is appealing the fine.',
      'The club',
    ],
    ['The insurer, which was not named, said claims had risen.', 'The insurer'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('as a source it is not named', () => {
    const said = seen(
      'The supplier, which asked not to be named, said the order had been cut.',
      'attribution',
    ).filter((f) => f.text === 'said');
    expect(said[0]?.named).toBe(false);
  });

  test.each([
    // a passive that says only where it is not named, and a clause that names something
    [
      'Arlen Foods makes bread. The company, which was not named in the lawsuit, said it would cooperate.',
      'The company',
    ],
    ['The company, which named a new chief executive last week, said profits rose.', 'The company'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('a new body whose name the story or its source keeps back', () => {
  test.each([
    ['She spent six years at a bank she declines to name.', 'a bank'],
    ['Inspectors found mould at a company that the agency did not name.', 'a company'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // naming something else, not being named
    ['Inspectors found mould at a company that does not name its suppliers.', 'a company'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('a definite body that the text refuses to name', () => {
  test.each([
    ['Brenmore recalled 9,000 kettles. Brenmore did not name the supplier.', 'the supplier'],
    ['The airline blamed a software fault. It declined to name the firm.', 'the firm'],
    [
      'The court papers do not name the company, but describe it as a large builder.',
      'the company',
    ],
    ['Police said they could not name the firm while inquiries continued.', 'the firm'],
    ['The watchdog criticised the deal without naming the company.', 'the company'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a body the text names, a refusal to name someone else, and one it did name
    ['Hallam Water said it did not name the engineers involved.', 'Hallam Water'],
    [
      'A driver with ten years at the authority, who did not want to be identified, said pay fell.',
      'the authority',
    ],
    [
      'A coast guard officer said a tip came from abroad. He declined to name the country.',
      'the country',
    ],
    ['Corvel Bank was fined on Monday. The regulator named the bank in a notice.', 'the bank'],
    ['Dellow Foods said on Monday it had named the firm as its new auditor.', 'the firm'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('a definite body whose clause says it is not named', () => {
  test.each([
    ['The company, which has not been named, paid 40 million for the site.', 'The company'],
    [
      'Veldt Capital sold the tower. The group, whose members have not been publicly identified, won the bid.',
      'The group',
    ],
    [
      'Ostler Homes applied in May. The developer, whose owners have never been identified, went quiet.',
      'The developer',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    [
      'Arlen Foods makes bread. The company, whose members were named in the filing, agreed.',
      'The company',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
