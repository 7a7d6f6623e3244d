import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group arranging an act of its own is a particular group, not a class', () => {
  test.each([
    ['Residents are planning a protest outside the town hall next week.', 'Residents'],
    ['Parents are organising a petition against the closure.', 'Parents'],
    ['Nurses are planning a protest outside the hospital on Friday.', 'Nurses'],
    ['Tenants are preparing a legal challenge to the eviction.', 'Tenants'],
    ['Villagers were planning a candlelit vigil for the victims.', 'Villagers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // no act a group arranges, or no progressive of arranging
    ['Investors are planning a sale of the stake.', 'Investors'],
    ['Two men were walking their dogs along the canal.', 'men'],
    ['Residents are watching the protest from their windows.', 'Residents'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
