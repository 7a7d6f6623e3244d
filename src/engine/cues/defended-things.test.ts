/**
 * `defend` reports a judgement when what it defends is a plan, a decision, a record or words said
 * ("defended the decision, saying", "defended his record on housing", "defended the figure as
 * painful but necessary"; a miss on a saved news page, "he defended his decision to engage"),
 * and no judgement when it guards a place, a title or a person (invented sentences, session 25).
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('defending a plan, a decision or a record is a cue', () => {
  test.each([
    ['The mayor defended the decision, saying the budget was fair.', 'defended', 'The mayor'],
    ['The minister defended his record on housing.', 'defended', 'The minister'],
    [
      'Harbour officials have defended the timing of the closure.',
      'have defended',
      'Harbour officials',
    ],
    ['The director defended the figure as painful but necessary.', 'defended', 'The director'],
    ['The decision, defended by ministers as overdue, passed.', 'defended', 'ministers'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'Soldiers defended the town for three days.',
    'The champion defended her title in Paris.',
    'The navy will defend its vessels.',
    'The lawyer defended the man in court.',
    'We will defend ourselves vigorously.',
  ])('guarding a place, a title or a person is none: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
