/**
 * People under investigation for their own conduct (under-investigation.ts): a party placed under
 * investigation is a suspect, required at every mention (decision 120 of
 * eval/labelled/DECISIONS.md, like decision 56's charged and arrested), though it stands as the
 * subject of a passive or a copula. Witnesses questioned, victims treated and people in a state
 * of pressure stay unflagged (decisions 102, 181).
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an occupation under investigation is a suspect', () => {
  test.each([
    ['Two accountants are being investigated by the regulator.', 'Two accountants'],
    ['A police source said a labour broker was under investigation.', 'a labour broker'],
    ['Two surveyors have been implicated in the fraud, the council said.', 'Two surveyors'],
    ['A pharmacist, 52, was under suspicion for months, the report says.', 'A pharmacist'],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });
});

describe('people only questioned, treated or pressed are no suspects', () => {
  test.each([
    ['Two nurses were questioned by reporters outside the ward.', 'nurses'],
    ['Several nurses were treated for smoke inhalation.', 'nurses'],
    ['Two surveyors were under pressure to finish the job.', 'surveyors'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
