import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A body's workforce as the object of a past verb of directing before an infinitive: it does
// what it was told to (directed-workforce.ts; decisions 65, 79 and 138).
describe('a workforce directed to act', () => {
  test.each([
    ['A former nurse said supervisors had told staff to shred the logs.', 'staff'],
    ['One driver said dispatchers instructed crews to skip the safety checks.', 'crews'],
    ['An engineer claimed the foreman ordered the crew to keep pouring concrete.', 'the crew'],
    ['The audit found that directors pressured junior staff to backdate invoices.', 'junior staff'],
    ['A cashier said the owner told staff not to call the police.', 'staff'],
    ["A guard said wardens had asked staff to 'lose' the complaint forms.", 'staff'],
    ['A former manager said supervisors had told employees to delete the emails.', 'employees'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a rule or a plan, not a past act of directing
    ['The handbook tells staff to wash their hands before every shift.', 'staff'],
    ['The manager will ask staff to work late on Friday.', 'staff'],
    ['The board plans to tell crews to stand down.', 'crews'],
    // advice, and the heads of a body
    ['A union official said the firm urged staff to take early retirement.', 'staff'],
    ['An investor wrote to the board and ordered directors to test the market.', 'directors'],
    // a workforce the phrase ties to a body
    ['The chain told its staff to close the tills early.', 'staff'],
    // people at large, not a workforce
    ['Police told residents to leave their homes.', 'residents'],
    // an infinitive of waiting or a state, and `to` before a phrase
    ['The airline told crews to expect long delays.', 'crews'],
    ['The manager sent staff to the warehouse.', 'staff'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
