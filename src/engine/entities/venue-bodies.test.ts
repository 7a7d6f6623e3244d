/**
 * A name that ends in a word for a venue that is run as a body (`the Alder Playhouse`, `the
 * Harbour Gallery`, `Merrow Hospice`, `the Grand Hotel`) names an organisation, as `the Riverside
 * Trust` or `the Westfield Clinic` does: its people (`its trustees`, `a spokesperson for the
 * theatre`) are people of a named body, `named: partial` (or `true`) (ANNOTATION.md settled cases; decision
 * 122 of the labelled sets). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a venue run as a body names an organisation', () => {
  test.each([
    [
      'The Alder Playhouse will close at the end of June, its trustees announced on Friday.',
      'announced',
      'its trustees',
    ],
    [
      'The Harbour Gallery has cancelled the show. Its director said the loan had fallen through.',
      'said',
      'Its director',
    ],
    [
      'Merrow Hospice is cutting ten beds. A spokesperson for the hospice said donations had fallen.',
      'said',
      'A spokesperson for the hospice',
    ],
    [
      'Guests were evacuated from the Grand Hotel in Tolbridge, its manager told reporters.',
      'told',
      'its manager',
    ],
    [
      'The Kessington Public Library will shut on Sundays, its staff said on Monday.',
      'said',
      'its staff',
    ],
    [
      'The Northgate Theatre has lost its grant. A spokesman for the theatre said the cut was "a blow".',
      'said',
      'A spokesman for the theatre',
    ],
  ])('%s', (text, cue, source) => {
    const got = cueSource(text, cue);
    expect(got?.[0]).toBe(source);
    // (a title of the body, `Its director`, may be read as named outright)
    expect([true, 'partial']).toContain(got?.[1]);
  });

  // a venue the story never names stays an unnamed body's people
  test('an unnamed theatre', () => {
    expect(
      cueSource('A theatre in the north will close, its trustees announced.', 'announced')?.[1],
    ).toBe(false);
  });
});
