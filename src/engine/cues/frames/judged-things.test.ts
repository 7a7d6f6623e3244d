import { describe, expect, test } from 'vitest';
import { seen, spans } from '../../test-helpers';

describe('attack, endorse, pan and rap report a judgement of a plan, a decision or words', () => {
  test.each([
    ['Opposition parties attacked the timing of the vote.', 'attacked', 'Opposition parties'],
    ['The nurses union endorsed the proposal on Monday.', 'endorsed', 'The nurses union'],
    ['Critics rapped the decision as short-sighted.', 'rapped', 'Critics'],
    ['The budget was panned by economists.', 'was panned', 'economists'],
    [
      'The scheme, attacked by two councillors last week, was dropped.',
      'attacked',
      'two councillors',
    ],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    'Rebels attacked a convoy near the border.',
    'She endorsed the cheque and handed it over.',
    'Police rapped on the door at six.',
    'The camera panned across the crowd.',
    'A man was attacked by two dogs in the park.',
    'They chose an attacking plan for the final.',
    "The coach kept the side's attacking game plan.",
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
