/**
 * A passive `link` is someone's claim of a cause or a party when it is perfect or has an agent
 * that can report, and goes on with `to`: "Three deaths have been linked to the heatwave".
 * Not a question put, a connection made, or a rumoured move (`linked with`). Every sentence is
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { seen } from '../../test-helpers';

const linked = (text: string) => seen(text, 'attribution').filter((s) => s.text.endsWith('linked'));

describe('a passive link as a claim', () => {
  test.each([
    ['Three deaths have been linked to the heatwave, the ministry said.', undefined],
    ['The militia has been linked in the past to the border police.', undefined],
    ['Heavy use of the solvent has been linked to kidney damage in rats.', undefined],
    [
      'The crash was formally linked to a faulty sensor by investigators from the safety board.',
      'investigators from the safety board',
    ],
    ['The leak has been linked by several analysts to a rival bidder.', 'several analysts'],
  ])('%s', (text, source) => {
    const found = linked(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.source).toBe(source);
  });

  test.each([
    // a question put, not a link claimed
    'Inspectors are examining whether the two outbreaks are linked to the bakery.',
    // a connection made
    'The island has been linked to the mainland by a causeway since 1962.',
    'Every school has been linked to the national network.',
    // a rumoured move
    'The striker has been linked with a move to Spain.',
    // a simple past with no agent
    'The two cases were linked to the same supplier.',
  ])('not: %s', (text) => {
    expect(linked(text)).toEqual([]);
  });
});
