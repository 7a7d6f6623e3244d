/**
 * Session 43: a verb of talking with only a hearer, in advice, an appeal, a shunning or a talk
 * not had, tells nothing ("without speaking to a pharmacist", "stopped speaking to her"). Talking
 * to the press or a named paper, with a topic, or in a finite clause stays a cue.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../../test-helpers';

describe('talking with only a hearer', () => {
  test.each([
    'Parents should not change the dose without speaking to a nurse.',
    'After the row her neighbours stopped speaking to her.',
    'Please speak to the front desk.',
    'Detectives are keen to talk to a cyclist who was seen nearby.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test('an appeal to talk to a doctor: only the request', () => {
    expect(
      spans('The clinic urged anyone with a rash to talk to their GP.', 'attribution'),
    ).toEqual(['urged']);
  });

  test.each([
    ['The coach had not yet spoken to the player he dropped, Ruiz said.', ['said']],
    // (a contracted negation is one token: `hadn't`, `can't`)
    ["The coach hadn't yet spoken to the player he dropped, Ruiz said.", ['said']],
    ["Tenants say they can't talk to a manager.", ['say']],
    ['The mayor spoke to reporters outside the hall.', ['spoke']],
    ['He refused to speak to journalists.', ['speak']],
    [
      'A guard, who could be sacked for speaking to us, said the wing was full.',
      ['speaking', 'said'],
    ],
    ['Growers are already talking to buyers about prices.', ['are already talking']],
    ['The presenter speaks to Ana Ruiz.', ['speaks']],
  ])('%s', (text, cues) => {
    expect(spans(text, 'attribution')).toEqual(cues);
  });
});
