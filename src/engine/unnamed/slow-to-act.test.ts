import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// rule-words `readyAdjectives`: how quickly a group acts is its disposition to act, as readiness
// is ("were ready to close"): "have been slower to explain" tells what the group did, and when the
// infinitive is a cue, the group is its source (subject/control.ts)
describe('a group slow or quick to act is an actor', () => {
  test.each([
    ['Other architects have been slower to explain what went wrong.', 'Other architects'],
    ['Some builders were slow to explain the delay.', 'Some builders'],
    ['Several engineers were quicker to raise the alarm.', 'Several engineers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named body; a thing
    ['Harlow Builders has been slower to explain the delays.', 'Harlow Builders'],
    ['The water has been slow to drain from the fields.', 'The water'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
