import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a three-word Title Case headline with a reporting verb is a headline', () => {
  test.each([
    ['Ruiz Rebuts Claim\n\nThe harbour will reopen in June.', 'Rebuts'],
    ['Officials Dismiss Claim\n\nThe harbour will reopen in June.', 'Dismiss'],
    ['Unions Condemn Cuts\n\nThe harbour will reopen in June.', 'Condemn'],
  ])('%j', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'By Ana Ruiz\n\nThe harbour will reopen in June.',
    'Harbour Reopens Soon\n\nThe harbour will reopen in June.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
