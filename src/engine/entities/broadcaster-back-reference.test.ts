/**
 * A broadcaster is named by a word for its medium at the end of its name (`Vale TV`, `Harbour
 * Radio`): an outlet, not a person; and news calls it again by what it runs, `the station` or
 * `the channel`, which then is that named broadcaster (ANNOTATION.md: sources are entities). A
 * station the story never tied to a named broadcaster stays unnamed. So too `the theatre` after
 * `the Alder Playhouse`. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the station or channel after a named broadcaster', () => {
  test.each([
    [
      'Vale TV has been ordered to air a correction. The station said it accepted the ruling.',
      'said',
      'The station',
    ],
    [
      'Kestrel Radio dropped the phone-in show on Monday. In a statement, the station said it had received complaints.',
      'said',
      'the station',
    ],
    [
      'The regulator fined Northgate Television over the documentary, and the channel said it would appeal.',
      'said',
      'the channel',
    ],
    [
      'Ostwick FM has taken its breakfast host off air. The station confirmed an inquiry was under way.',
      'confirmed',
      'The station',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // a filling station, a railway station: no broadcaster in view
    ['A fire broke out at a petrol station in Tolbridge. The station said nobody was hurt.'],
    ['Trains were halted outside Kessington on Monday. The station said services would resume.'],
  ])('%s', (text) => {
    expect(cueSource(text, 'said')?.[1]).toBe(false);
  });

  // a venue run as a body, called again by another word for what it is
  test.each([
    [
      'The Alder Playhouse will close in June. The theatre said ticket sales had halved.',
      'said',
      'The theatre',
    ],
    [
      'The Northgate Playhouse was asked about the cuts. "We cannot go on," the theatre said.',
      'said',
      'the theatre',
    ],
    // a document from the broadcaster
    [
      'Vale TV was asked about the sale. Viewing fell by a tenth, according to figures from the station.',
      'according to',
      'figures from the station',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test('a broadcaster is an outlet, whose staff are its people', () => {
    expect(
      cueSource('Vale TV has been fined. Its staff said the ruling was unfair.', 'said')?.[1],
    ).toBe('partial');
  });
});
