/**
 * Session 43: what an inquiry uncovers is its finding, like what it finds (point 313's watchdog
 * that "has uncovered" other loans; point 282's investigation): `uncover` and `unearth` with an
 * inquiring subject and a noun phrase, and an investigation or a probe finds as an inquiry does.
 * A search, the police or divers who come upon a thing report nothing.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../../test-helpers';

describe('an inquiry that uncovers something', () => {
  test.each([
    ['The ombudsman has uncovered three more unpaid grants.', 'has uncovered'],
    ['Our investigation has uncovered further complaints about the landlord.', 'has uncovered'],
    ['The probe unearthed payments to two councillors.', 'unearthed'],
    ['The investigation found two more accounts in the charity’s name.', 'found'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Police uncovered a cache of rifles in the barn.',
    'A search of the cells uncovered 14 phones.',
    'Divers unearthed the hull of a trawler off the point.',
    'The investigation found it hard to trace the money.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
