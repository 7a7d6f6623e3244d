/**
 * A past form right after a linking verb (`would remain closed`, `will stay shut`, `seemed
 * surprised`) is the verb's adjective complement, not the verb of the first conjunct: a cue after
 * `and` or `but` shares the subject of the reporting verb before it. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a past form after a linking verb is no first conjunct', () => {
  test.each([
    [
      'A spokesperson for Harwick Parish Council confirmed that the library would stay shut and said the council was working with the police.',
      'said',
      'A spokesperson for Harwick Parish Council',
    ],
    [
      'The mayor confirmed that the bridge would remain closed until May and said repairs were under way.',
      'said',
      'The mayor',
    ],
    [
      'Dana Orrell said the ferry service would stay suspended over the weekend but insisted no jobs were at risk.',
      'insisted',
      'Dana Orrell',
    ],
    // the linking verb itself then heads the first conjunct
    [
      'The council remained committed to the scheme and said work would begin in June.',
      'said',
      'The council',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  test.each([
    // a past verb with no linking verb before it still heads the first conjunct
    ['The union closed its offices on Friday and said members would strike.', 'said', 'The union'],
  ])('near miss: %s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
