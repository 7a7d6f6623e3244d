import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group that acts after an opening time with no comma', () => {
  test.each([
    ['Last month Harwick fans booed the side off after a home draw.', 'Harwick fans'],
    ['On Saturday residents blocked the road to the quarry.', 'residents'],
    ['In March farmers dumped manure outside the ministry.', 'farmers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the public, and a group that only arrives (decision 85)
    'On Saturday voters elected a new council.',
    'Last month relatives gathered at the school.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});

describe('a time between a subject and its verb (timeAside)', () => {
  test.each([
    ['Residents on Monday blocked the road with bins.', 'Residents'],
    ['Two men on Tuesday robbed a jeweller in the high street.', 'Two men'],
    ['Some parents last week withdrew their children from the school.', 'Some parents'],
    ['Villagers overnight built a barricade across the road.', 'Villagers'],
    ['Hundreds of fans on Sunday marched to the stadium.', 'Hundreds of fans'],
    ['Councillors on Tuesday voted to close the library.', 'Councillors'],
    ['Two teenagers on Saturday night stormed the town hall.', 'Two teenagers'],
    [
      'Several shopkeepers earlier this month closed their doors in protest.',
      'Several shopkeepers',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // no act: harm, receiving, a forecast (decisions 85, 90, 102)
    ['Staff on Monday were injured when the roof fell in.', 'Staff'],
    ['Patients last week received vouchers for the delay.', 'Patients'],
    ['Residents on Monday will vote on the plan.', 'Residents'],
    // an object with a time after it, no subject
    ['He met residents on Monday to discuss the plan.', 'residents'],
    // no time of its own: "on time"
    ['Commuters on time paid less than those who were late.', 'Commuters'],
  ])('not: %s', (text, quiet) => {
    expect(spans(text, 'unnamed')).not.toContain(quiet);
  });
});
