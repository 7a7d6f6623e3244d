import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A body's workforce with no body in the phrase (`staff`, `crews`, `workers`) carries no name:
// when it acts, in what a source tells or counted, it is an unnamed actor like any bare group
// (decisions 65 and 79 of the labelled sets); a named speaker's own people are the exception.
describe("a body's workforce that acts", () => {
  test.each([
    ['A nurse who asked not to be named said staff had hidden the error for a week.', 'staff'],
    ['Two former guards said prison staff had beaten the men.', 'prison staff'],
    ['Several passengers said cabin crew refused to open the doors.', 'cabin crew'],
    ['A neighbour said workers there had dumped the waste at night.', 'workers there'],
    ['Several staff walked out in protest on Monday.', 'Several staff'],
    // a labour act against the employer, the body named or not (decision 185; labour-actions.ts
    // flags "Workers at Halvard Motors voted to strike" too)
    [
      'Workers at an Acme Logistics depot walked out on Monday.',
      'Workers at an Acme Logistics depot',
    ],
    ['The leaked minutes show that staff had changed the forecast.', 'staff'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named speaker's own people: his or hers (decision 65's exception)
    ['A utility spokesman, Greg Holm, said crews had found no damaged equipment.', 'crews'],
    ['Fire Chief Ann Roe said crews rescued four people.', 'crews'],
    ['She claimed that some crew had worked 14-hour days.', 'crew'],
    // members and households stay the body's or those it befalls
    ['The union said members had voted to strike.', 'members'],
    ['A neighbour said several families had refused to leave.', 'families'],
    // no act: a class in general, undergoing
    ['The report said staff are leaving the profession.', 'staff'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});

// The users of a place online are a crowd the story does not name, not a body's customers.
describe('users of a place online who act', () => {
  test.each([
    ['Users of the forum had spent weeks trying to trace the seller.', 'Users of the forum'],
    ['Social media users shared a clip of the fight.', 'Social media users'],
    ['Users on the Gridline forum had posted photos of the cracks.', 'Users on the Gridline forum'],
    ['Several users on the site flagged the listing.', 'Several users on the site'],
    ['Message board users uncovered the seller’s real name.', 'Message board users'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a body's users or customers, told of by the body
    ['The company insisted that users had agreed to the terms.', 'users'],
    ['The bank said customers had been refunded.', 'customers'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});
