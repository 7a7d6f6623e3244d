/**
 * Session 41: an impersonal passive of thinking ("It is thought", "it is understood") takes a
 * clause with no `that` whose subject is a noun phrase and whose verb is a past ("It is thought
 * the men fled abroad"): only a clause can follow, so the cue stands beside its `agentless`
 * (the guideline's "it is believed that"). Without the impersonal `it` a past after a noun may
 * be a participle, and the verb with no clause reports nothing.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an impersonal passive before a bare clause', () => {
  test.each([
    ['It is thought the men fled abroad.', 'thought'],
    ['It is thought the driver lost control on the bend.', 'thought'],
    ['It was thought the two boats collided in fog.', 'thought'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Much thought went into the design.',
    'The plan was thought through carefully.',
    'He thought the money raised by the fund was small.',
  ])('no impersonal cue in %j', (text) => {
    expect(spans(text, 'attribution')).not.toContain('thought');
  });
});
