/**
 * An explainer's subhead that asks whether or what was done ("Was the dam inspected?") only asks
 * (the labelled sets' explainer subheads, decision 149): no passive there, while the same passive
 * in a body sentence or a question inside a paragraph stays.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const lead = 'The council met on Monday to discuss the flooding.\n\n';
const answer = '\n\nNot yet. Engineers are due on site next week.';

describe('a subhead that asks', () => {
  test.each([
    'Was the dam inspected?',
    'Will bus routes be cut?',
    'Is anyone being held responsible?',
    'What has been decided?',
  ])('%s holds no passive', (subhead) => {
    expect(spans(lead + subhead + answer, 'agentless')).toEqual([]);
  });

  test.each([
    ['The dam was never inspected.', 'was never inspected'],
    ['How many files were deleted? Nobody at the council could say on Monday.', 'were deleted'],
    [
      'You were criticised by few. Were you surprised? You have been accused of hiding the report.',
      'have been accused',
    ],
  ])('a body sentence keeps its passive: %s', (sentence, passive) => {
    expect(spans(lead + sentence + answer, 'agentless')).toContain(passive);
  });
});
