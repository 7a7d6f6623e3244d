import { describe, expect, test } from 'vitest';
import { sourceText, spans } from './test-helpers';

// A liveblog opens each entry with its time: the word after it is capitalised because it opens
// the entry, and the time counts no one.
const blog = (entry: string) =>
  `Storm Ida: live updates\n\n08:05 The first warnings came overnight.\n\n${entry}\n`;

describe("a liveblog entry's time is when, not a count, and its first word is no name", () => {
  test.each([
    ['10:15 Delegates voted by 812 to 603 to back the motion.', 'Delegates'],
    ['11.40 Protesters blocked the main entrance for an hour.', 'Protesters'],
  ])('%s', (entry, want) => {
    expect(spans(blog(entry), 'unnamed')).toContain(want);
  });

  test.each([
    ['14:12 Varro confirmed the freeze on fuel duty.', 'confirmed', 'Varro'],
    ['09:20 Tellaric said in a statement that profits would fall.', 'said', 'Tellaric'],
  ])('%s', (entry, cue, source) => {
    expect(sourceText(blog(entry), cue)).toBe(source);
  });
});
