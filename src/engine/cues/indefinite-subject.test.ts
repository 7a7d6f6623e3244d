/**
 * A zero-that clause whose subject is an indefinite pronoun (session 25's cue probe,
 * scripts/probe-cues.ts): "He claims nobody noticed", "She claimed everyone knew". The verbs that
 * need a clause to be cues ("claim" also takes a prize or lives for its object) read the pronoun
 * and its verb as the clause; a pronoun that is the verb's object stays no cue ("The storm
 * claimed everyone aboard").
 */
import { expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

test.each([
  ['He claims nobody noticed the cracks.', 'claims', 'He'],
  ['The landlord claims nobody complained.', 'claims', 'The landlord'],
  ['Ruiz claimed everyone knew about the leak.', 'claimed', 'Ruiz'],
  ['The firm claims no-one was hurt.', 'claims', 'The firm'],
  ['The coach claims nobody cares about the cup.', 'claims', 'The coach'],
  ['Her lawyer maintained someone had tampered with the lock.', 'maintained', 'Her lawyer'],
])('%s', (text, cue, source) => {
  expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
});

test.each([
  'The storm claimed everyone aboard.',
  "The flood claimed everyone's homes.",
  'The rescuers found everyone asleep.',
])('no cue when the pronoun is the object: %s', (text) => {
  expect(spans(text, 'attribution')).toEqual([]);
});
