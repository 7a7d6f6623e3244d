// People qualified by a part of the world written as two capitalised words ("Middle Eastern",
// "Central Asian") are placed, as "Western diplomats" and "U.S. officials" are (ANNOTATION.md's
// settled case; decisions 21 and 66): a required `unnamed`, `named: false` (places.ts,
// regionQualifier). Found with scripts/probe-namedness.ts; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('a part of the world before a people adjective is a place', () => {
  test.each([
    ['Middle Eastern investors said the price was too high.', 'Middle Eastern investors'],
    ['The talks have stalled, Southeast Asian officials said.', 'Southeast Asian officials'],
    ['Central Asian diplomats said the pipeline would be delayed.', 'Central Asian diplomats'],
  ])('%s', (text, want) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([want, false]);
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test("a body's name that opens with such words stays a name", () => {
    expect(cueSource('East African Breweries said profits had doubled.', 'said')?.[1]).toBe(true);
  });
});
