// A body after `on` or `via` that an -ing participle shows acting ("relies on county councils
// hiring wardens") is refused by the gate as a medium (gate.ts), and `reason` agrees: no span, and
// no disagreement between the two (the unit tests run with the gate's check on). The sentences are
// invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a body after on or via, shown acting by a participle', () => {
  test.each([
    'The saving relies on ambulance services hiring 120 paramedics, a target the service missed last year.',
    'The scheme depends on local charities running the kitchens.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test('a body at the deed elsewhere still counts', () => {
    expect(
      spans('Police fired tear gas at groups blocking the bridge, the mayor said.', 'unnamed'),
    ).toContain('groups');
  });
});
