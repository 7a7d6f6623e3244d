/**
 * Session 26's desk probe (scripts/probe-cues-desks.ts): a poll, figures or a person that "puts"
 * something at a quantity or a party on a percentage gives an estimate, a required cue (decisions
 * 50, 110, 153: "puts the death toll at"), also when the object has its own post-modifier ("the
 * cost of the repairs at £3m"); a clock time is a schedule, not an estimate.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('putting a figure on something', () => {
  test.each([
    ['A poll puts the party on 34%.', 'puts', 'A poll'],
    ['The latest survey put support for the plan on 41 per cent.', 'put', 'The latest survey'],
    ['Official figures put the cost of the repairs at £3m.', 'put', 'Official figures'],
    ['Analysts put the cost at £3m.', 'put', 'Analysts'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'They put the meeting at 3pm.',
    'They put the start at 10:00 GMT.',
    'He put the box on the table.',
    'He put the bill on 2 cards.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
