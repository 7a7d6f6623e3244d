/**
 * The owners of a body given by its possessive ("Vireo Racing's owners", "the club's owners")
 * are placed by what they own, not its people (decisions 140 and 175 of the labelled sets):
 * unnamed when they act. Owners of things ("Cat owners") stay the public. Every sentence is
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a body's owners", () => {
  test.each([
    [
      "Brennock Athletic's owners are exploring a sale of the club, according to people familiar with the matter.",
      "Brennock Athletic's owners",
    ],
    [
      "Talvo Motorsport's owners have hired an investment bank to find a buyer for the team.",
      "Talvo Motorsport's owners",
    ],
    ["Sources at Carrick say the club's owners approved the fee last week.", "the club's owners"],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });

  test.each([
    ['Cat owners are being urged to keep pets indoors on Firework Night.', 'Cat owners'],
    ['Owners can claim a refund at any branch.', 'Owners'],
  ])('not: %s', (text, span) => {
    expect(spans(text, 'unnamed')).not.toContain(span);
  });
});
