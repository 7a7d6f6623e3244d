import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a new medical or forensic examination that finds something, its maker unnamed', () => {
  test.each([
    ['The winger limped off on Saturday. A scan on Monday confirmed a broken bone.', 'A scan'],
    ['An MRI on Friday revealed a torn hamstring, a club source said.', 'An MRI'],
    ['The forward was examined overnight, and an MRI showed a partial tear.', 'an MRI'],
    ['The cream was pulled from sale after a lab test found traces of mercury.', 'a lab test'],
    ['A post-mortem examination found the climber had died of exposure.', 'examination'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // an examination that finds nothing: a test taken, a match
    ['She passed her driving test at the first attempt.', 'test'],
    ['The side will play a Test match in Karlo in June.', 'Test'],
    // an examination a body runs itself, or one already met
    ['Routine scans detected nothing unusual, the hospital said.', 'scans'],
    ['The striker will need a scan on his knee before the final.', 'scan'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
