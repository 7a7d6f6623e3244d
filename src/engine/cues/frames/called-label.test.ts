/**
 * Session 26's desk probe (scripts/probe-cues-desks.ts): calling something a name or a judgement
 * without quotation marks is the speaker's own label, a required cue like decision 112's "called
 * the attack 'a disgrace'" and decision 153's "what she calls": `call`, its object, then `a`/`an`
 * and a noun, or a word of judgement. Calling a meeting, a taxi or a person on the phone, and
 * "called it a day", are no label.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('calling something a name or a judgement', () => {
  test.each([
    ['Tom Field called the plan a disgrace.', 'called', 'Tom Field'],
    ['Residents called it a betrayal.', 'called', 'Residents'],
    ['Opposition MPs have called the incident an embarrassment.', 'have called', 'Opposition MPs'],
    ['The union calls the cuts reckless.', 'calls', 'The union'],
    ['Ana Ruiz called the decision deeply unfair.', 'called', 'Ana Ruiz'],
    ['Critics have called the scheme a stealth tax.', 'have called', 'Critics'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test('the participle after a cue', () => {
    expect(spans('The union attacked the cuts, calling them reckless.', 'attribution')).toEqual([
      'attacked',
      'calling',
    ]);
  });

  test.each([
    'She called her mother on Sunday.',
    'The mayor called a meeting for Monday.',
    'They called it a day.',
    'He called the police an hour later.',
    'He called them a taxi.',
    'A reckless driver called the police.',
    'The referee called a foul.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
