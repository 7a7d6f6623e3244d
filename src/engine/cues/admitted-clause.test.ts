/**
 * Session 41: "admitted officers had been told to go softly" confesses a clause whose subject is
 * a group of people or a body, not someone let in: the auxiliary after the phrase makes it the
 * clause's subject. A person admitted to a hospital or a club reports nothing.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('admitting a clause whose subject is people or a body', () => {
  test.each([
    [
      'A senior officer admitted detectives had been told to go slowly.',
      'admitted',
      'A senior officer',
    ],
    ["Dale admitted the club's youth team had been neglected.", 'admitted', 'Dale'],
    ['The owner admits business has rarely been better.', 'admits', 'The owner'],
    ['The coroner admitted 12 families had waited over a year.', 'admitted', 'The coroner'],
    ['The trust admitted two counts of neglect.', 'admitted', 'The trust'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'Two men were admitted to hospital on Sunday.',
    'The club admitted the boy after a trial.',
    'The ward has admitted 35 patients since Monday.',
    'The academy admits pupils aged 11 to 16.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
