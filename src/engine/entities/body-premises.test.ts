/**
 * A body's shops speak for the body: `Corvid Foods stores` after `Corvid Foods said` is one
 * source, Corvid Foods, not a second one under another name (the sourcing ledger listed both).
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

/** The entity name and id of the source of each cue of `text`, in order. */
function sources(text: string): [string, string][] {
  return analyze(text, { kinds: ['attribution'] }).flatMap((f) =>
    f.source?.entity ? [[f.source.entity.name, f.source.entity.id] as [string, string]] : [],
  );
}

describe('a body’s shops are the body', () => {
  test.each([
    'Corvid Foods said it would cut prices. Corvid Foods stores told shoppers that the cuts would last a month.',
    'Corvid Foods said it would cut prices. All Corvid Foods branches told shoppers the cuts would last.',
  ])('%s', (text) => {
    const [first, second] = sources(text);
    expect(second).toEqual(first);
    expect(first?.[0]).toBe('Corvid Foods');
  });

  test('not the shops of a place, nor a body’s staff', () => {
    // (no body of that name: the shops of a town are their own source)
    const place = sources(
      'Prices fell in Tarnby. Tarnby stores told shoppers that the cuts would last.',
    );
    expect(place.map(([name]) => name)).toEqual(['Tarnby stores']);
    // (a body's staff are people of the body, partly named, not the body)
    const staff = sources(
      'Corvid Foods said it would cut prices. Corvid Foods staff told shoppers the cuts would last.',
    );
    expect(staff[1]?.[0]).not.toBe('Corvid Foods');
  });
});
