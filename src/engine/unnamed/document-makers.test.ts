import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Those who sign or start a document act: "A petition signed by 412 people claims".
describe('the people who signed or started a document', () => {
  test.each([
    ['A petition signed by 412 people claims the road is unsafe.', '412 people'],
    ['A letter signed by 23 parents at Linden Road school urged the council to act.', '23 parents'],
    ['A petition started by parents at Ashby Primary School has 900 signatures.', 'parents'],
    ['An open letter signed by dozens of doctors called for a ban.', 'doctors'],
    [
      'A complaint drafted by two former nurses describes the ward as chaotic.',
      'two former nurses',
    ],
    ['A statement written by several residents was read to the committee.', 'several residents'],
    ['A petition organised by market traders calls for the car park to stay.', 'market traders'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join('|')).toContain(want);
  });

  test.each([
    // one the story knows, or no document made
    ['A letter signed by the mayor was read aloud.', 'the mayor'],
    ['A guide to the park was signed by the mayor and handed to residents.', 'residents'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});
