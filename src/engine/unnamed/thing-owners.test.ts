// A body or person known only through the thing it owns or runs is unnamed when it acts or is
// held to account (decisions 6, 29 and 120 of the labelled sets; thing-owners.ts). Found with
// scripts/drop-audit.ts's `markedAnonymous` cause; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe("a thing's owner or operator", () => {
  test.each([
    [
      "The quarry's operator has been fined three times for dust breaches.",
      "The quarry's operator",
    ],
    [
      "The freighter's registered owner, a holding company in Port Vey, did not respond.",
      "The freighter's registered owner",
    ],
    ["Residents said the tower's landlord had ignored their complaints.", "the tower's landlord"],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test('as a source it is unnamed', () => {
    const text = "The quarry's operator said the dust was within limits.";
    expect(cueSource(text, 'said')?.[1]).toBe(false);
  });

  test.each([
    // named in apposition or in its clause
    "The freighter's owner, the shipping firm Korlund Lines, did not respond.",
    "The quarry's owner has been named as Bexley Aggregates.",
    // named in the next sentence (decision 29)
    "The quarry's operator said the dust was within limits. Bexley Aggregates added that it would appeal.",
    // a named body's own
    "Harlow Group's operator has been fined three times.",
  ])('%s', (text) => {
    expect(found(text)).not.toMatch(/owner|operator|manager/);
  });
});
