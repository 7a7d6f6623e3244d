/**
 * Session 35's cue senses from the saved news pages, each on invented sentences: `highlight` is a
 * cue only when someone who can report singles out a fact (not a screen, a display or a feature
 * lighting something up, nor what a user can do with a selection), and a plural in -s before a
 * participle and its preposition is a noun, not a verb ("small projects started among friends").
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('highlight: a person, body or document singling out a fact', () => {
  test.each([
    ['The report highlights the risks of storing health data.', 'highlights'],
    ['Microsoft is also highlighting support for spatial audio.', 'is also highlighting'],
    ['The minister highlighted the need for reform.', 'highlighted'],
    ['She highlighted the gap between the two budgets.', 'highlighted'],
    ['The company was quick to highlight the gains.', 'highlight'],
    ['The proposal was highlighted by the union as a breach of trust.', 'was highlighted'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'It looked sharp, especially with HDR, which highlighted bright elements like lightning.',
    'The new display highlights the colours of the sky.',
    'In the editor, the user can highlight a subset of the query and run it.',
    'The same feature is used to automatically highlight layer information.',
    'A cheaper version of the brand, highlighting the company’s low prices, opened in May.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution').filter((s) => s.includes('highlight'))).toEqual([]);
  });
});

describe('a plural before a participle and its preposition is a noun', () => {
  test.each([
    'Even small projects started among friends need to take trademarks seriously.',
    'Most signals sent to the receiver arrive intact.',
    'Cheap reports filed with the board rarely matter.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test('a verb in -s before its object stays a cue', () => {
    expect(spans('The firm reports increased sales in March.', 'attribution')).toEqual(['reports']);
    expect(cueSource('The agency projects that demand will fall.', 'projects')?.[0]).toBe(
      'The agency',
    );
  });
});
