import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a victim or an audience in object position is no actor (decisions 41, 71, 102)', () => {
  test.each([
    ['Gunmen shot a lawyer outside a bar on Friday.', 'lawyer'],
    ['Thieves robbed an estate agent in the car park.', 'estate agent'],
    ['The minister addressed officials at the rally in Leeds.', 'officials'],
    ['The president greeted diplomats at the palace.', 'diplomats'],
  ])('%s', (text, head) => {
    expect(spans(text, 'unnamed').filter((w) => w.includes(head))).toEqual([]);
  });

  test.each([
    // the doer of a deed is accused wherever it stands (decisions 70, 102)
    ['Police shot a gunman after a siege at the farm.', 'a gunman'],
    ['Officers shot a suspect after the chase.', 'a suspect'],
    // an act of its own in a relative clause
    ['Thieves robbed a man who had chased them from the shop.', 'a man'],
    // the doers of the act stay actors
    ['Gunmen shot a lawyer outside a bar on Friday.', 'Gunmen'],
  ])('still: %s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  // a definite phrase may repeat a group that acted (decisions 7, 158)
  test('a repeat of an acting group stays', () => {
    const text =
      'Two mediators from a neighbouring state brokered the release. ' +
      "The hostage's family thanked the mediators and asked for privacy.";
    expect(spans(text, 'unnamed')).toContain('the mediators');
  });
});
