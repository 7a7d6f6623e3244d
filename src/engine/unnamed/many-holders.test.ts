import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A bare plural of a title or a trade whose first word is also a word of a title ("chief",
// "deputy", "financial", "general", "technology"): many holders, none of them the one the story
// means, so a new mention as any bare plural source is (reason.ts `manyHolders`); the singular
// and the definite plural stay the holder the story means.

describe('many holders of a title credited with a claim', () => {
  test.each([
    ['Chief executives warned that the levy would cost jobs.', 'Chief executives'],
    ['Financial analysts said the deal was risky.', 'Financial analysts'],
    ['Technology executives said the rules would stifle investment.', 'Technology executives'],
    ['General practitioners warned that waiting lists would grow.', 'General practitioners'],
    ['Deputy headteachers said the cuts would hit pupils hardest.', 'Deputy headteachers'],
    [
      'Managing directors of several banks told the committee that lending would slow.',
      'Managing directors of several banks',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });
});

describe('what stays unflagged', () => {
  test.each([
    ['The chief executives said the levy would cost jobs.', 'chief executives'],
    ['Its deputy ministers said the levy would cost jobs.', 'deputy ministers'],
    ['Chief executives of the company have come and gone.', 'Chief executives'],
    ['Interim managers are paid more than permanent staff.', 'Interim managers'],
    ['The chief executive said the levy would cost jobs.', 'chief executive'],
  ])('%s', (text, words) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(words);
  });
});
