import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a new mention of people the story arrests or charges acts, whatever noun describes them (decision 102)', () => {
  test.each([
    ['One spectator was arrested after the match, the club said.', 'One spectator'],
    ['Two supporters, one of them a teenager, were arrested outside the ground.', 'Two supporters'],
    ['One rider was detained at the finish line.', 'One rider'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  // people the story has met before, and a count in digits, are no new suspects it withholds
  test.each([
    'The club said the fan was arrested after the match.',
    'At least 14 inmates had been held in solitary confinement.',
  ])('%s', (text) => {
    expect(found(text)).toBe('');
  });
});
