/**
 * Occupations the sentence only counts, describes or speaks of in general, whatever their count
 * (counted-states.ts). What the guideline and eval/labelled/DECISIONS.md require:
 * - never required: people only described (an ability, a duty, a need), a cost, a benefit or a
 *   state ahead, a harm they undergo, a generic present (decisions 17, 99, 102, 103, 125, 158,
 *   162, 176);
 * - required `unnamed`: the same people once they act (a past act, a group's own act ahead:
 *   "Lecturers are expected to vote next month", decision 125), and a refusal the story reports.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a counted or quantified occupation that does nothing is no unnamed actor', () => {
  test.each([
    // ability, possibility, duty
    ['Some shopkeepers can now book delivery slots online.', 'shopkeepers'],
    ['Several plumbers may apply for the grant from next week.', 'plumbers'],
    ['Two electricians who need work should contact the council.', 'electricians'],
    // a cost, a benefit or a state ahead
    ['Several landlords will pay more under the new scheme.', 'landlords'],
    ['Dozens of nurses are expected to benefit from the pay award.', 'nurses'],
    // a harm undergone
    ['Several miners suffered minor injuries in the blast.', 'miners'],
    ['Some fishermen lost their boats in the storm.', 'fishermen'],
    ['Dozens of miners have lost their jobs at the pit.', 'miners'],
    // the generic present
    ['Several builders need help with the paperwork.', 'builders'],
    // a role noun in the same frames
    ['Several officers suffered minor injuries in the scuffle.', 'officers'],
    ['Dozens of soldiers will pay more for their housing under the plan.', 'soldiers'],
    ['Some campaigners can now book a slot to address the committee.', 'campaigners'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('the same people acting stay unnamed actors', () => {
  test.each([
    ['Two plumbers found a body in the basement on Monday.', 'Two plumbers'],
    ['Several nurses walked out of the meeting in protest.', 'Several nurses'],
    ['Several builders have blocked the road to the quarry.', 'Several builders'],
    // people a past act picks out, a group's own act ahead
    ['Officers who attended the scene are due to be called later this week.', 'Officers'],
    [
      'The council has written to the minister, and activists plan to blockade the port.',
      'activists',
    ],
    ['Some teachers have signed a letter to the minister.', 'Some teachers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
