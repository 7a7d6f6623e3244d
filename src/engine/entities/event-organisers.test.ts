/**
 * The organisers of an event the story names (decision 91 of the labelled sets: organisers of a
 * named race or award are named, `unnamed` optional): `the organisers`, `race organisers`, `the
 * prize's organisers`, `the organisers of the race` once `the Eastmere Marathon` or `the Corvin
 * Prize` is named. Bare `organisers` carries no body (decisions 65 and 117), and organisers of a
 * protest or a petition stay unnamed. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the organisers of a named event speak for it', () => {
  test.each([
    [
      'A runner collapsed near the finish of the Tessford Marathon on Sunday. She was discharged on Monday, the organisers said.',
      'said',
      'the organisers',
    ],
    [
      'The sprinter was due to run at the Harlow Grand Prix on Saturday. Meeting organisers said her lane would stay empty.',
      'said',
      'Meeting organisers',
    ],
    [
      'A judge of the Velden Prize for Poetry has stepped down, the prize’s organisers confirmed on Monday.',
      'confirmed',
      'the prize’s organisers',
    ],
    [
      'Crowds lined the route of the Orrin Cycle Classic. The organisers of the race said the finish would move next year.',
      'said',
      'The organisers of the race',
    ],
    [
      'Tickets for the Kelby Folk Festival sold out in an hour, festival organisers said.',
      'said',
      'festival organisers',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, 'partial']);
  });

  test.each([
    // bare organisers, though the festival is named
    [
      'The Kelby Folk Festival has dropped its headline act, organisers said on Tuesday.',
      'said',
      'organisers',
    ],
    // no event named: a protest's organisers
    [
      'Protesters blocked the road for a third day, and the organisers said more buses were coming.',
      'said',
      'the organisers',
    ],
    // a petition's organisers in a story that names a festival
    [
      'The Kelby Folk Festival may move. The petition’s organisers say it has 6,000 signatures.',
      'say',
      'The petition’s organisers',
    ],
    [
      'The Kelby Folk Festival may move. The organisers of the petition say it has 6,000 signatures.',
      'say',
      'The organisers of the petition',
    ],
  ])('stays unnamed: %s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
