/**
 * A document whose own words name who issued it carries its issuer (`SourceEntity.issuer`), by
 * name and, when the story credits the issuer too, by entity id: the ledgers list the document
 * under that person or body. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../index';
import type { SourceEntity } from '../../types';

/** The entity of the source of the `nth` cue `cue` in `text`. */
function entityOf(text: string, cue: string, nth = 0): SourceEntity | undefined {
  return analyze(text, { kinds: ['attribution'] }).filter(
    (f) => text.slice(f.start, f.end) === cue,
  )[nth]?.source?.entity;
}

describe('the issuer a document names', () => {
  test.each([
    ['Costs rose, according to an email from Tarnby Water.', 'according to', 'Tarnby Water'],
    [
      'Rents doubled, according to a study released on Monday by the Harlow Housing Trust.',
      'according to',
      'Harlow Housing Trust',
    ],
    ['Hallam Council’s annual audit found that costs had doubled.', 'found', 'Hallam Council'],
    ['Costs doubled, a report by Ana Okafor shows.', 'shows', 'Ana Okafor'],
  ])('%s', (text, cue, issuer) => {
    expect(entityOf(text, cue)?.issuer?.name).toBe(issuer);
  });

  test('the issuer the story credits as a source is given by its entity id', () => {
    const text =
      'Tarnby Water denied any leak. Repairs were delayed, according to an email from Tarnby Water.';
    const body = entityOf(text, 'denied');
    expect(entityOf(text, 'according to')?.issuer).toEqual({ name: 'Tarnby Water', id: body?.id });
  });

  test('a document whose words name no issuer has none', () => {
    // (an unnamed document, a place, an outlet that obtained it)
    expect(entityOf('A leaked memo shows that costs doubled.', 'shows')?.issuer).toBeUndefined();
    const place = 'Costs rose in Lisbon, according to a report from Portugal.';
    expect(entityOf(place, 'according to')?.issuer).toBeUndefined();
    const outlet = 'Costs rose, according to internal emails obtained by the Valdora Courier.';
    expect(entityOf(outlet, 'according to')?.issuer).toBeUndefined();
    // a person credited with no document is no issuer of anything
    expect(entityOf('Ana Okafor said costs rose.', 'said')?.issuer).toBeUndefined();
  });
});
