import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Unnamed bodies the story accuses (accused-bodies.ts) act, though they stand as the subject of a
// passive.

describe('an unnamed body accused in a passive acts', () => {
  test.each([
    ['A haulage firm has been accused of falsifying drivers’ logs.', 'A haulage firm'],
    ['Two lenders are suspected of overcharging small businesses.', 'Two lenders'],
    ['Several lenders were accused last year of mis-selling loans.', 'Several lenders'],
    ['A recruitment agency is being investigated over unpaid wages.', 'A recruitment agency'],
    ['One builder was charged with breaching safety rules at the site.', 'One builder'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // acted upon, not accused
    ['A haulage firm in the north has been sold to a rival.', 'A haulage firm'],
    ['Two lenders were praised in the report.', 'Two lenders'],
    ['A recruitment agency is being set up by the council.', 'A recruitment agency'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('an unnamed body a hunt or an inquiry seeks acts', () => {
  test.each([
    ['Police are hunting a gang who robbed two post offices last week.', 'a gang'],
    ['Detectives are tracking down a gang of car thieves.', 'a gang of car thieves'],
    ['Regulators are investigating two lenders over their fees.', 'two lenders'],
    ['Officers hope to trace a network of forgers before the election.', 'a network of forgers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // only a place along the way, or a body that helps the hunt
    ['Investigators traced the parts to a supplier in the south.', 'a supplier'],
    ['Police are hunting the gunman with help from a security firm.', 'a security firm'],
    // following, not seeking; a field in general
    ['The report was written by a charity that tracks hospital services.', 'hospital services'],
    ['It is run by a unit that investigates insurance companies.', 'insurance companies'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('an unnamed body a deed is laid at acts', () => {
  test.each([
    ['Investigators believe a criminal network was behind the fraud.', 'a criminal network'],
    ['Police said a local gang was responsible for most of the thefts.', 'a local gang'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a lag, or a duty to come
    [
      'Officials said a construction firm was behind schedule on the bridge.',
      'a construction firm',
    ],
    ['A consortium is responsible for running the line.', 'A consortium'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
