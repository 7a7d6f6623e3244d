/**
 * A place a named body runs, referred back to by its kind (decision 15 of the labelled sets: a
 * definite description that plainly refers back to a named entity is that entity): `the airport`
 * after `Kestrel Field airport`, `the home` after the headline's `Lindenbrook care home`. The text
 * ties the noun to the name by writing it right after the name. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the kind noun written after a name refers back to that name', () => {
  test.each([
    [
      'Flights at Marren Field airport were halted for an hour on Sunday, the airport said.',
      'said',
      'the airport',
    ],
    [
      'Norovirus hits Ashcombe care home\n\nThirty residents fell ill last week. The home said visits were suspended.',
      'said',
      'The home',
    ],
    [
      'The Orrin theatre will close in June after 60 years. The theatre said energy costs had tripled.',
      'said',
      'The theatre',
    ],
    [
      'A patient died at Harlow General hospital on Friday. The hospital confirmed that an inquiry had begun.',
      'confirmed',
      'The hospital',
    ],
    [
      'Pupils at the Westfield primary school were sent home. The school told parents that the boiler had failed.',
      'told',
      'The school',
    ],
    [
      'Visitors to the Corran maritime museum fell by a third. The museum said the new wing would open in May.',
      'said',
      'The museum',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  // no name before the noun, or a name before "home" as an adverb: the description stays unnamed
  test.each([
    ['Residents were moved out overnight. The home said it was a precaution.', 'said', 'The home'],
    ['Ana Marsh drove Tom Hale home. The home said nothing.', 'said', 'The home'],
    ['A drone was seen near the runway, the airport said.', 'said', 'the airport'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
