import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// position.ts's `pastGroupAside`: a coordinated group or an aside about a share of it between a
// group and its verb leaves the verb the group's ("Parents and teachers rallied", "Protesters,
// many of them students, marched")
describe('a group acts past a coordinated group or an aside about some of them', () => {
  test.each([
    ['Nurses and teachers marched to the town hall on Monday.', 'Nurses'],
    ['Residents and shopkeepers blocked the road outside the depot.', 'Residents'],
    [
      'Architects, many of them in their twenties, marched to the town hall on Sunday.',
      'Architects',
    ],
    ['Cleaners, most of them women, marched to the council offices on Friday.', 'Cleaners'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a pair that opens a quotation: whom the speaker's body serves
    [
      'The board said it would review the fault. “Students and teachers trusted us, and we let them down,” she said.',
      'teachers',
    ],
    // a named pair; victims
    ['Nurses and Dr. Ana Ruiz were injured when the ward ceiling fell.', 'Nurses'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
