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
