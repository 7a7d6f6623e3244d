import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Whoever asks, orders or sends acts: "at the request of a minority shareholder".
describe('whom a request, an order or an instruction came from', () => {
  test.each([
    [
      'The audit was carried out at the request of a minority shareholder.',
      'a minority shareholder',
    ],
    ['The drills were cancelled at the request of a foreign government.', 'a foreign government'],
    ['The strike was carried out on the orders of senior commanders.', 'senior commanders'],
    [
      'He was working on behalf of a firm linked to the contractor.',
      'a firm linked to the contractor',
    ],
    [
      'The pilots received conflicting instructions from air traffic controllers.',
      'air traffic controllers',
    ],
    ['The files were deleted on the instructions of a senior manager.', 'a senior manager'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // one the story knows or names
    ['The audit was carried out at the request of the board.', 'the board'],
    ['The drills were cancelled at the request of Norway.', 'Norway'],
    // no request: a member of a group
    ['He is one of the members of a local choir.', 'a local choir'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});
