/**
 * An institution's name that goes on with its subject (`Center for Rural Water and Sanitation`,
 * `Centre on Housing and Migration`, `Society of Tidal Engineers`) is one body's name, an
 * organisation, through the `and` inside it, as `Ministry of Fisheries and Oceans` is: `Center`
 * alone is no organisation word, so the name ended early (`Center on Housing`, a person) and the
 * ledgers listed a document's issuer cut short. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The source of the first cue reading `cue`: its words and entity type, and the issuer's name. */
function sourceOf(text: string, cue: string): [string, unknown, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  const s = f?.source;
  return s ? [text.slice(s.start, s.end), s.type, s.entity?.issuer?.name] : undefined;
}

describe('an institution named with its subject', () => {
  test.each([
    [
      'The Center for Rural Water and Sanitation said wells had dried up.',
      'said',
      ['The Center for Rural Water and Sanitation', 'organisation', undefined],
    ],
    [
      'Wells dried up, said the Centres for Water Safety and Prevention.',
      'said',
      ['the Centres for Water Safety and Prevention', 'organisation', undefined],
    ],
    [
      'Rents rose, according to a study released on Monday by Marlow University’s Centre on Housing and Migration.',
      'according to',
      [
        'a study released on Monday by Marlow University’s Centre on Housing and Migration',
        'document',
        'Marlow University’s Centre on Housing and Migration',
      ],
    ],
    [
      'The Society of Tidal Engineers said the wall would not hold.',
      'said',
      ['The Society of Tidal Engineers', 'organisation', undefined],
    ],
  ])('%s', (text, cue, expected) => {
    expect(sourceOf(text, cue)).toEqual(expected);
  });

  test('a day after `on` is no subject, and a lowercase centre is no name', () => {
    // ("the Centre on Monday": when it spoke, not what it studies)
    const day = sourceOf('The Harbour Centre on Monday said the pier would close.', 'said');
    expect(day?.[0]).toBe('The Harbour Centre');
    const lower = sourceOf('Staff at the centre for Water and Power said it would close.', 'said');
    expect(lower?.[1]).not.toBe('organisation');
  });
});
