import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// The other side of a clash, new to the story, acts in it: "clashed with producers".
describe('the other side of a clash', () => {
  test.each([
    [
      'The director is believed to have clashed repeatedly with producers over the budget.',
      'producers',
    ],
    ['The singer quit the tour after a bust-up with a senior promoter.', 'a senior promoter'],
    ['Several players were seen arguing with fans after the final whistle.', 'fans'],
    ['The chef left the restaurant following a row with two investors.', 'two investors'],
    ['The mayor has feuded with some councillors for years.', 'some councillors'],
    ['The striker was booked after a scuffle with a steward.', 'a steward'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // one the story knows, or a headline's shorthand
    ['The coach clashed with the agency over the contract.', 'the agency'],
    ['Deputy to depart after clashes with budget office', 'budget office'],
    // no clash: only working or talking with them
    ['The director worked with producers on the final cut.', 'producers'],
    // a feud between two sides, neither acting on the other
    ['A long-running feud between neighbours ended in court.', 'neighbours'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});
