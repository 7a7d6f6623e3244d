/**
 * Session 43: a headline's reduced passive of harm or arrest ("poisoned", "taken offline",
 * slang "nicked"), one in quotation marks, and "sentenced to" a term hide who acted. A quoted
 * feeling in a headline is no act.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const body = '\n\nThe story goes on here.';

describe('a headline’s reduced passive', () => {
  test.each([
    ['Two buzzards poisoned near grouse moor', 'poisoned'],
    ['Council websites taken offline after attack', 'taken'],
    ['Guard nicked after phones found in wing', 'nicked'],
    ["Swans 'poisoned on river bank', warden says", 'poisoned'],
    ['Ex-councillor Dana Reeve sentenced to four years for fraud', 'sentenced'],
    ['Clinic shut after hygiene check', 'shut'],
  ])('%s', (headline, passive) => {
    expect(spans(headline + body, 'agentless')).toContain(passive);
  });

  test.each([
    "Singer 'stunned' by award",
    "Residents 'delighted' as pool reopens",
    'Runner knocked out of final',
    // (session 49: a state after a verb of staying)
    'Clinic stays shut after hygiene check',
    'Harbour road remains closed for a third day',
  ])('none in %j', (headline) => {
    expect(spans(headline + body, 'agentless')).toEqual([]);
  });
});
