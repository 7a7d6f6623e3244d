import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('a contact clause with a talking verb sits inside the subject', () => {
  test.each([
    ['Some parents the Courier spoke to said they had kept their children home.', 'Some parents'],
    ['Residents the Herald talked to last week said they had not been warned.', 'Residents'],
    ['Several nurses we spoke with said the ward was short of staff.', 'Several nurses'],
  ])('%s', (text, who) => {
    expect(sourceText(text, 'said')).toBe(who);
    expect(spans(text, 'unnamed')).toContain(who);
    expect(spans(text, 'attribution')).not.toContain('spoke');
    expect(spans(text, 'attribution')).not.toContain('talked');
  });

  test.each([
    ['She spoke to reporters on Monday.', 'spoke'],
    ['He talked with officials and said the plan was dead.', 'talked'],
  ])('still a cue: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
