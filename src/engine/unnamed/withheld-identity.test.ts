import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// People or a body whose name the text says it keeps back: a `whose name` clause, a relative
// clause of not naming, the object of a refused naming, the subject of a negated naming passive
// (withheld-identity.ts; decisions 89 and 120: withheld actors at every mention).
describe('an identity the text keeps back', () => {
  test.each([
    [
      'The two riders, whose names have not been released, are accused of doping.',
      'The two riders',
    ],
    ['The goalkeeper, whose name has not been made public, has been suspended.', 'The goalkeeper'],
    ['The firm sold the plant to the buyers, which the people declined to name.', 'the buyers'],
    ['The ruling does not name the brokers.', 'the brokers'],
    ['The filing did not name the investors.', 'the investors'],
    ['Prosecutors have not identified the broker who placed the trades.', 'the broker'],
    ['The coaches have not been identified, and the club has not commented.', 'The coaches'],
    // the far reach of the one reader (withheld-clause.ts), inside the sentence
    [
      'The deal was agreed with the fund, which the two bankers asked the Courier not to name, after weeks of talks.',
      'the fund',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a name given after all, or a name released
    [
      'The buyer was not named in the statement, but it is understood to be Halcyon Partners.',
      'The buyer',
    ],
    ['The winger, whose name was released on Monday, was praised.', 'The winger'],
    // victims, who are no actors
    ['The cyclist, whose name has not been released, was airlifted to hospital.', 'The cyclist'],
    ['The missing hiker, whose name was not released, had set out alone.', 'The missing hiker'],
    ['Police did not name the pensioner who died.', 'the pensioner'],
    // a thing, not a person
    ['The source of the leak has not been identified.', 'The source of the leak'],
    // the one who did not name, and a selection
    ['The winger, who did not name his new club, was praised.', 'The winger'],
    ['The winger was not named in the squad for the final.', 'The winger'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
