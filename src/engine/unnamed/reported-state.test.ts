import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A workforce in what an unnamed source tells, described or made to act at a past time
// (reported-state.ts, find-unnamed.ts toldByUnnamed; decisions 79 and 104 of the labelled sets).

describe('a workforce an unnamed source tells of', () => {
  test.each([
    [
      'A nurse who asked not to be named said staff were exhausted by the end of the week.',
      'staff',
    ],
    [
      'A former guard, speaking on condition of anonymity, said staff had been instructed not to log the fights.',
      'staff',
    ],
    ['One lineman said crews had been stretched thin for months.', 'crews'],
    [
      'A source close to the club said players had been asked to defer part of their wages.',
      'players',
    ],
    ['A relative said staff had appeared to be overwhelmed.', 'staff'],
    ['A passenger said staff "just shrugged" when asked about the delay.', 'staff'],
    ['An insider said crew were not allowed to leave the ship.', 'crew'],
    [
      'A warehouse worker told the Courier that staff had been ordered not to discuss the fire.',
      'staff',
    ],
    ['A teacher said staff were instructed not to talk to parents.', 'staff'],
    // an insider of a named body speaks not for it (decision 79)
    [
      'A technician at Harlow General Hospital told the Courier that staff had been ordered to hide the logs.',
      'staff',
    ],
    ['One contractor said workers were being sent into the tunnel without masks.', 'workers'],
    ['A doctor at the hospital said junior staff were at breaking point.', 'junior staff'],
    // a workforce's members are the workforce (decision 138)
    [
      'A deckhand who asked not to be named said crew members had been instructed not to discuss the leak.',
      'crew members',
    ],
    [
      'A steward who asked not to be named said crew members were exhausted by the end of the voyage.',
      'crew members',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a forecast, a duty or a present habit: no past time
    ['A source said staff would be paid in full during the closure.', 'staff'],
    ['An insider said crews will work through the night.', 'crews'],
    ['A manager who asked not to be named said staff must wear masks.', 'staff'],
    // what befell them, or only told or given something (decisions 71, 90)
    ['An official who asked not to be named said staff were injured in the blast.', 'staff'],
    ['A source said staff had been told of the closure on Friday.', 'staff'],
    ['An insider said workers were given two days’ notice.', 'workers'],
    // a named speaker, who speaks for the body (decision 79)
    ['The fire chief, Tom Berg, said crews had been stretched thin.', 'crews'],
    ['A spokesperson for Kelby Fire Service said crews had been stretched thin.', 'crews'],
    // a share, a count or people of no workforce
    ['A source said some voters had been turned away.', 'some voters'],
    ['An aide said about 600 people had been moved to shelters.', 'about 600 people'],
    ['A source said members had been lobbied by both sides.', 'members'],
    // a body's membership, even with a word before it, and members only told something
    ['A source said union members had been lobbied by both sides.', 'union members'],
    ['A source said crew members had been told of the closure on Friday.', 'crew members'],
  ])('quiet: %s', (text, quiet) => {
    expect(spans(text, 'unnamed')).not.toContain(quiet);
  });
});
