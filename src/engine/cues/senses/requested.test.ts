/**
 * A verb of saying in the infinitive of a request is only asked for, no act reported: no cue.
 * The request keeps its own cue; a purpose infinitive ("came forward to say"), an agreement
 * ("agreed to explain") and a finite verb after a request stay cues.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../../test-helpers';

describe('the requested act is no cue', () => {
  test.each([
    ['The regulator has asked the trust to explain the closures.', 'explain'],
    ['Parents urged the head teacher to disclose the inspection report.', 'disclose'],
    ['The committee challenged the chief executive to publish the figures.', 'publish'],
    ['Opposition members called on the minister to confirm the date.', 'confirm'],
    ['The judge invited both sides to comment on the new evidence.', 'comment'],
  ])('%s', (text, verb) => {
    expect(spans(text, 'attribution')).not.toContain(verb);
  });
});

describe('acts that happen stay cues', () => {
  test.each([
    ['She came forward to say that she had seen the crash.', 'say'],
    ['The minister agreed to explain the decision to staff.', 'explain'],
    [
      'The regulator asked the trust why it had closed the ward, and the trust explained that staff were ill.',
      'explained',
    ],
    ['Parents urged the school to act after the head admitted that records were lost.', 'admitted'],
  ])('%s', (text, verb) => {
    expect(spans(text, 'attribution')).toContain(verb);
  });
});
