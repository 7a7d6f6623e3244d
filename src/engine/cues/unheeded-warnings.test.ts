/**
 * Session 41: warnings someone gave and the subject ignored ("ignored warnings over worn
 * track", "ignored damp warnings for years") are a noun cue with the content or the giver left
 * to the context, as the labelled sets have it; a warning word that only modifies a noun
 * ("warning lights") is no warning given.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('warnings left unheeded', () => {
  test.each([
    ['Water firm ignored warnings over cracked pipes, report finds\n\nThe firm said.', 'warnings'],
    ['The trust had ignored repeated safety warnings for years.', 'warnings'],
    ['Managers disregarded the early warnings.', 'warnings'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test('the hearer of the sentence is not the giver', () => {
    const text =
      'The minister told reporters in the capital that the ship had ignored radio warnings.';
    expect(seen(text, 'attribution').find((c) => c.text === 'warnings')?.source).toBeUndefined();
  });

  test.each([
    'Drivers ignored the warning lights.',
    'He ignored warning signs on the road.',
    'The warnings stayed on the website for a week.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
