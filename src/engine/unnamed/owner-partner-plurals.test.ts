/**
 * The plurals of two person nouns the lexicon knew only in the singular: `owners` (the singular a
 * title, "owner Jo Park") and `partners` (the singular a companion). Owners of a business and the
 * partners of a firm act as a body's people do ("the mill owners locked out the weavers",
 * "partners had billed clients"), so they join the occupations: flagged when they act or speak,
 * never as a generic class, an addressee or a victim (the person gate and `reason` decide, as
 * for "dockers" or "surveyors"). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('owners and partners who act', () => {
  test.each([
    ['The mill owners locked out the weavers in the winter of 1911.', 'The mill owners'],
    [
      "A lawyer for the tenants said the building's owners had ignored repeated complaints.",
      "the building's owners",
    ],
    [
      "Three of the firm's equity partners have left for a rival practice this year.",
      "Three of the firm's equity partners",
    ],
    ['Junior staff alleged that partners had billed clients for work never done.', 'partners'],
    ['A lawyer said several partners were preparing to sue the firm.', 'several partners'],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });

  test.each([
    // a generic class, the public told what to do, a victim, an addressee
    ['Dog owners should keep their pets on a lead near livestock.', 'Dog owners'],
    ['Cat owners are being urged to keep pets indoors on Firework Night.', 'Cat owners'],
    ['Robbers tied up the owners and fled with the safe.', 'the owners'],
    ['The company said it would compensate owners of the affected cars.', 'owners'],
    ['The charity works with partners in six countries.', 'partners'],
    ['The club thanked its owners at the annual dinner.', 'its owners'],
  ])('not: %s', (text, span) => {
    expect(spans(text, 'unnamed')).not.toContain(span);
  });
});
