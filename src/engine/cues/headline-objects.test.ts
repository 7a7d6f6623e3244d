/**
 * Title Case headlines whose verb judges a plan, a ruling or figures (session 25's cue probe,
 * scripts/probe-cues.ts): the object is a common noun, not a name ("Minister Questions Plan" does
 * not question a person called Plan), and a verb of expression before its noun is a verb, not a
 * name's first word ("Experts Cast Doubt On Figures"). Lexicon.ts COMMON_WORDS.
 */
import { expect, test } from 'vitest';
import { seen } from '../test-helpers';

const body = '\n\nThe scheme was announced in March.';

test.each([
  ['Minister Questions Plan', 'Questions', 'Minister'],
  ['Council Welcomes Proposal To Close Library', 'Welcomes', 'Council'],
  ['Senator Questions Ruling On Water Rights', 'Questions', 'Senator'],
  ['Experts Cast Doubt On Figures', 'Cast Doubt', 'Experts'],
  ['Doctors Sound The Alarm Over Waiting Lists', 'Sound The Alarm', 'Doctors'],
  ['Union Welcomes Verdict', 'Welcomes', 'Union'],
])('%s', (headline, cue, source) => {
  expect(seen(headline + body, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
});

test('a name the text writes inside a sentence stays a name', () => {
  const text =
    'Voice of America Reports Strike\n\nVoice of America said the strike began on Monday.';
  expect(seen(text, 'attribution').find((s) => s.text === 'said')?.source).toBe('Voice of America');
});
