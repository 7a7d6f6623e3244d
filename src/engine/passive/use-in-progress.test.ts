/**
 * Session 43: a use in progress is an act whose users the passive hides ("the leaked chats are
 * being used to smear him"), while the plain `used` says what a thing is for or was used for.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('"being used": a use in progress', () => {
  test.each([
    ['The stolen photographs are being used to blackmail the families.', 'are being used'],
    ['Fake invoices were being used in a scheme to claim refunds.', 'were being used'],
    ['Campaigners say the survey is being used to justify the closures.', 'is being used'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });

  test.each([
    'The compound is used in paints and varnishes.',
    'Asbestos was used in roofs until the 1990s.',
    'She is used to the noise of the trains.',
    'The grant is being used by the school to fix its roof.',
  ])('none in %j', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
  });
});
