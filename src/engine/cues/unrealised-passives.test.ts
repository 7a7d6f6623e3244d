/**
 * A passive under a modal or an infinitive with nothing told after it ("A deal could be announced
 * as early as next week", "Leaks must be reported to the regulator") reports no act of telling,
 * only one expected, allowed or owed (hypothetical and negated cues are optional at most,
 * decision 40). What was told after the verb, or a perfect infinitive (a past act), keeps the cue.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a modal or infinitival passive with nothing told is no cue', () => {
  test.each([
    ['A deal could be announced as early as next month.', 'announced'],
    ['The winner will be announced on Sunday.', 'announced'],
    ['An appeals process would be formally announced within a month.', 'announced'],
    ['Incidents must be reported to the regulator within ten days.', 'reported'],
    ['The results are due to be published in March.', 'published'],
    ['A replacement is expected to be named within weeks.', 'named'],
    ['It has to be confirmed in a larger study before anyone changes practice.', 'confirmed'],
    ['Neither account could be independently confirmed.', 'confirmed'],
    ['The full figures may not be disclosed until the spring.', 'disclosed'],
    ['The plans should be made public before the vote.', 'made public'],
  ])('%s', (text, verb) => {
    expect(spans(text, 'attribution').some((c) => c.includes(verb))).toBe(false);
  });
});

describe('what was told, or a past act, keeps the cue', () => {
  test.each([
    ['It will be announced that the plant is closing.', 'announced'],
    ['The chief executive is expected to be asked about the delay.', 'asked'],
    ['Staff are understood to have been notified of the decision.', 'notified'],
    ['It could not be confirmed whether the talks had ended.', 'confirmed'],
    ['Riders deserve to be told which of the two plans it is.', 'told'],
    ['The deal was announced on Monday by the two firms.', 'was announced'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution').some((c) => c.includes(cue))).toBe(true);
  });
});
