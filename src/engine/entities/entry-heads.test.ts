/**
 * A live page's entry head after its time ("13:25 - Mayor criticises warning") and a key point's
 * bullet ("- Governor says a cut is on the table") are headlines to the entities pass: their bare
 * subject is the person or body the entry or the story names (decision 3 of the labelled sets),
 * as it is on a line of its own. A plural head stays the group when the story quotes one of it
 * by name (decision 82: a named member only illustrates a group). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("an entry's or a bullet's subject is the one the story names", () => {
  test.each([
    [
      'Flooding in Harlow: live updates\n\n13:25 - Mayor criticises slow warning\nMayor Anton Reiss said the notice should have come a day earlier.',
      'criticises',
    ],
    [
      'Flooding in Harlow: live updates\n\n13:25 Mayor criticises slow warning\nMayor Anton Reiss said the notice should have come a day earlier.',
      'criticises',
    ],
    [
      'Rates decision: live\nKey points\n- Governor says a cut is on the table\n- Shares rise\n\n13:40\nGovernor Tomas Reinholt told a news conference that a cut was possible.',
      'says',
    ],
    [
      'Launch scrubbed: live\nKey points\n- Agency cites a pressure reading\n- New date next week\n\n09:10\nThe Kestrel Space Agency said a sensor had shown a pressure drop in the second stage.',
      'cites',
    ],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(true);
  });
});

describe("a headline's plural group is not one member the story names", () => {
  test.each([
    [
      'Water cut in Quayside: live\n\n14:10 - Residents describe long queues\nOne resident, Ana Pell, said she had waited two hours for bottled water.',
      'describe',
    ],
    [
      'Neighbours raise alarm as fire guts Brackley home\n\nA family escaped a fire on Monday. One neighbour, Tom Reed, said he had banged on the door.',
      'raise alarm',
    ],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });
});
