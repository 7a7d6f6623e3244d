// People new to the story expelled over their own conduct are withheld actors, as people arrested
// are (decisions 81 and 102 of the labelled sets; expelled-people.ts). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('people expelled over their own conduct', () => {
  test.each([
    ['Dunmark expels two Ostravian envoys over alleged bribery', 'two Ostravian envoys'],
    [
      'The government expelled three diplomats for activities incompatible with their status.',
      'three diplomats',
    ],
    [
      'Pellia ordered five Norvish diplomats to leave the country within two days, accusing them of recruiting informants.',
      'five Norvish diplomats',
    ],
    [
      'The ministry ordered two consular officials to leave by Friday after investigators blamed them for the leak.',
      'two consular officials',
    ],
    ['The party expelled several councillors after the vote on the budget.', 'several councillors'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // a step in retaliation against a state, not its people's conduct
    ['Ostravia expelled two Dunmark envoys in response to the expulsions of last week.', 'envoys'],
    ['Ostravia expelled two Dunmark diplomats over the row, in a tit-for-tat move.', 'diplomats'],
    // no reason given
    ['The government expelled three diplomats on Monday.', 'diplomats'],
    // an order to leave for safety, with no accusation
    [
      'The mayor ordered two caretakers to leave the building after the flood warning.',
      'caretakers',
    ],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
