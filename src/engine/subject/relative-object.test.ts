/**
 * `it` right before the reporting verb, after a relative clause's own verb, is that verb's object
 * ("Two inspectors who have read it said"): the subject is the phrase the relative clause
 * modifies. After a verb of belief `it` may open the clause the verb takes, and stays the subject
 * it was. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('it as the object of a relative clause before the verb', () => {
  test.each([
    ['Two inspectors who have read it said the audit was buried.', 'said', 'Two inspectors'],
    ['One reviewer who has seen it said the draft was thin.', 'said', 'One reviewer'],
    ['A cyclist who filmed it told reporters the lorry ran the light.', 'told', 'A cyclist'],
    ['Three engineers who built it said the bridge was sound.', 'said', 'Three engineers'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near misses: after a verb of belief `it` opens a clause of its own; a preposition's object
  // was already read as before
  test.each([
    ['Voters who believe it said too little were angry, the pollster said.', 'said', 'it'],
    ['An engineer who worked on it said the design was sound.', 'said', 'An engineer'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
