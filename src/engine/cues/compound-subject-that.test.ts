/**
 * A clause after `that` may open on a compound noun ("location data is", "clinical trials
 * are"): with an auxiliary or a form of `be` after its two words it is a complement clause, so a
 * noun-verb homograph before `that` is the verb of a document reporting it.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a homograph before "that" and a clause with a compound subject is a verb', () => {
  test.each([
    ["The app's privacy policy states that location data is stored securely.", 'states'],
    ['The press release notes that clinical trials are years away.', 'notes'],
    ["The club's handbook states that season tickets are not refundable.", 'states'],
  ])('%s', (text, cue) => {
    expect(seen(text, 'attribution').map((c) => c.text)).toContain(cue);
  });

  test.each([
    'She keeps the field notes that tour guides wrote.',
    'The shop sells notes that collectors prize highly.',
  ])('no cue when no auxiliary follows the two words: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
