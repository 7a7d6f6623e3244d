/**
 * A claim noun as the subject of a passive `made` is one cue (decision 112's "The claim was made
 * by"), the by-agent its source; with no agent it needs its content or target after the verb.
 * `made` of things, a negated claim, "made up" and a bare repeat of the noun are no cue.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('a claim made in the passive is a cue', () => {
  test.each([
    ['The accusation was made by her former business partner.', 'The accusation was made'],
    ['A similar pledge had been made by the previous owners.', 'A similar pledge had been made'],
    ['Claims were made last year that the audit had been rushed.', 'Claims were made'],
    ['Serious allegations were made against two wardens.', 'Serious allegations were made'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test('the by-agent is the source; a relative clause spans the verb group alone', () => {
    expect(
      cueSource('The remark was made by a club steward.', 'The remark was made')?.slice(0, 2),
    ).toEqual(['a club steward', false]);
    expect(
      spans('The complaints, which were made by three tenants, were dismissed.', 'attribution'),
    ).toContain('were made');
  });

  test.each([
    'The cake was made by her aunt in Dorset.',
    'The case was made against the proposal in committee.',
    'No announcement was made on the second day.',
    'The comments were made at a dinner in Bristol.',
    'Most of the claims in the brochure were made up.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('"made public" in the passive', () => {
  test('its by-agent is the source, not its subject', () => {
    expect(
      cueSource('The minutes were made public by the Harbour Trust in May.', 'made public')?.slice(
        0,
        2,
      ),
    ).toEqual(['the Harbour Trust', true]);
  });

  test('with no agent, the document made public is no source', () => {
    expect(cueSource('The audit has not been made public.', 'made public')).toBeUndefined();
  });
});
