import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a group's reaction is its stance (decision 72)", () => {
  test.each([
    ['Families reacted with dismay.', 'Families'],
    ['Rival sprinters were quick to react.', 'Rival sprinters'],
    ['Shopkeepers on the high street have been swift to respond.', 'Shopkeepers'],
    ['Tenants responded with cautious optimism to the offer.', 'Tenants'],
    // past an aside set off by commas
    [
      'Families of children with the disease, which has no approved treatment, reacted with dismay.',
      'Families of children with the disease',
    ],
    ['Residents of the estate, who have complained for years, were furious.', 'Residents'],
    // a verb of fear, as its adjective
    ['Farmers in the valley fear a poor harvest.', 'Farmers in the valley'],
    ['Residents fear for their safety after the attacks.', 'Residents'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a market crowd (decisions 90, 99); a body's reply
    ['Investors reacted with relief.', 'Investors'],
    ['Investors fear a downturn.', 'Investors'],
    ['Parents worry about screen time.', 'Parents'],
    ['The company responded with a statement.', 'company'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
