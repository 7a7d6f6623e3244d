import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('"asking" after a comparison of amounts is the asking price, no request', () => {
  test.each([
    'One agent said viewings had picked up but that offers were coming in "well below asking".',
    'Most flats in the street sold for over asking, agents said.',
    'Buyers are paying 5% above asking price in the suburbs, the index shows.',
    'A semi in Leyton went for £20,000 more than asking, the agent said.',
    'Few homes are selling under asking in the capital.',
  ])('no cue "asking": %s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('asking');
  });

  test.each([
    // the verb: with its object or its request after it
    'The two sides argued over asking him to resign.',
    'Rather than asking for more time, the council pressed on.',
  ])('still the request "asking": %s', (text) => {
    expect(spans(text, 'attribution').join('|')).toContain('asking');
  });
});
