import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// People new to the story removed from their posts over their own conduct: suspects the story
// does not name (suspended-people.ts; decisions 56 and 120).
describe('people suspended or dismissed over their own conduct', () => {
  test.each([
    [
      'A librarian in Norby has been suspended after allegedly deleting complaints.',
      'A librarian in Norby',
    ],
    ['Two lifeguards were placed on paid leave after a swimmer nearly drowned.', 'Two lifeguards'],
    ['A senior nurse has been stood down while the trust investigates.', 'A senior nurse'],
    [
      'A delivery driver has been sacked after being filmed throwing parcels over a fence.',
      'A delivery driver',
    ],
    ['One cashier was fired last month after she refunded her own purchases.', 'One cashier'],
    ['A porter was dismissed for stealing from patients, a colleague said.', 'A porter'],
    [
      'The paper was told that a youth coach has been suspended following an allegation of bullying.',
      'a youth coach',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a removal with no conduct of theirs: lay-offs and cuts
    ['Two analysts were dismissed last week.', 'Two analysts'],
    ['About 200 workers were sacked after the plant closed.', 'About 200 workers'],
    ['A cashier was fired for three days of absence.', 'A cashier'],
    // a definite or possessive mention, known from before or by a named body's post
    ['The caretaker had been placed on leave.', 'The caretaker'],
    [
      "The Halvern Trust's director has been suspended pending an inquiry.",
      "The Halvern Trust's director",
    ],
    // a bare suspension with no occasion, which may be told of anyone (accused-newcomers.test.ts)
    ['Parents were told that a coach had been suspended.', 'a coach'],
    // a headline's shorthand
    ['Three Riders Suspended in Doping Inquiry', 'Three Riders'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
