import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// position.ts: a subject "about to" act does what the infinitive says, as one "expected to" or
// "poised to" does; and a progressive whose -ing form opens a quotation is still a progressive.

describe('a body about to act, or acting in quoted words', () => {
  test.each([
    ['Editors feared that a rival paper was about to publish the leak.', 'a rival paper'],
    ['Staff were told a rival airline was about to cut its fares.', 'a rival airline'],
    ['A banker said a rival fund had been "circling the company" since May.', 'a rival fund'],
    ['A lawyer said several lenders had been "dragging their feet" for months.', 'several lenders'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a state, not an act, in or out of quotation marks
    ['A lawyer said several lenders were "deeply worried" about the bid.', 'several lenders'],
    ['Analysts said a rival bank was about as large as the target.', 'a rival bank'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
