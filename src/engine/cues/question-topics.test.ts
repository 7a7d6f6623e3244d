/**
 * Session 31: a question with its topic is a cue noun (decision 152 of the labelled sets: the
 * press's "questions about" + a topic, also inside a refusal), the topic a phrase or a clause;
 * a question without a topic, counted as a list's items, or asked by a verb that is the cue
 * itself, is not a second cue.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a question about a topic', () => {
  test.each([
    ['The ministry did not respond to questions about when supplies would return.', 'questions'],
    ['The firm also faces questions over safety at its plants.', 'questions'],
    ['The win was overshadowed by fresh questions about the coach.', 'questions'],
    ['The party did not reply to a question about whether the mayor would resign.', 'question'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The quiz has ten questions about geography.',
    'She read out the questions that the panel had prepared.',
    'Pupils answered the questions in silence.',
  ])('no question cue in %j', (text) => {
    expect(spans(text, 'attribution').filter((w) => /^question/i.test(w))).toEqual([]);
  });

  test('asked about a topic: the verb is the cue, not its object too', () => {
    expect(spans('He asked questions about the budget.', 'attribution')).toEqual(['asked']);
  });
});
