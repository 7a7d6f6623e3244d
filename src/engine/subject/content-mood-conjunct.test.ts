/**
 * "X said the company would “look at every claim” and denied that ...": the reported clause's
 * verb is a modal or a negated `did` with a bare verb, and a past reporting verb after the
 * conjunction cannot share that auxiliary; it shares the speaker's own reporting verb (decision
 * 64 of the labelled sets). A past verb after a perfect, or a modal after the conjunction, stays
 * with the content's subject; a pronoun content subject is left to its own rule. Every sentence
 * is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText } from '../test-helpers';

describe('a past reporting verb after a modal or negated did content clause is the speaker’s', () => {
  test.each([
    [
      'A spokesman for Harrow Mutual said the insurer would "treat every claim fairly" and denied that it was dodging payouts.',
      'denied',
      'A spokesman for Harrow Mutual',
    ],
    [
      'Mayor Ana Ruiz said the council could "never afford it" and warned that taxes would rise.',
      'warned',
      'Mayor Ana Ruiz',
    ],
    [
      'A Kellan Bank spokesperson said the bank did not comment on rumours but noted that its capital was strong.',
      'noted',
      'A Kellan Bank spokesperson',
    ],
    [
      'The union’s leader, Jo Park, said the company did not respond to "repeated requests" and accused it of stalling.',
      'accused',
      'The union’s leader, Jo Park',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    // the content's own clause, with no reporting verb before it
    [
      'The bank did not comment on rumours but noted that its capital was strong.',
      'noted',
      'The bank',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});
