/**
 * Session 40: a company named after a place, with its industry's word last ("Bright Harbour
 * Records", "Port Ellis Marine"), is a body, not a place: as an apposition it names the source. A
 * place alone ("Port Ellis", "Kelm Harbour") still only places people.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a company named after a place', () => {
  test.each([
    [
      'The singer has cancelled the tour, his label, Bright Harbour Records, said on Thursday.',
      'his label, Bright Harbour Records',
    ],
    [
      'Its owner, Port Ellis Marine, said on Monday that the yard would close.',
      'Its owner, Port Ellis Marine',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'said')).toEqual([source, true, expect.anything()]);
  });

  test.each([
    ['Residents of Port Ellis said the yard would close.', 'Residents of Port Ellis'],
    ['Police in Kelm Harbour said the road was shut.', 'Police in Kelm Harbour'],
  ])('a place still only places: %s', (text, source) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([source, false]);
  });
});
