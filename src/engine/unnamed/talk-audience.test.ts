import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Whom a person of the story talks to is the audience of a cue (unlabelled) or a recipient
// (optional), not an actor the story withholds (decisions 41, 121, 138); the writer's, an
// outlet's or a body's respondents stay required (decision 138), as do people whose words follow.
describe('the audience of a talk is no unnamed actor', () => {
  test.each([
    ['The minister spoke to officials at the conference in Leeds.', 'officials'],
    ['The mayor talked with prosecutors before the vote.', 'prosecutors'],
    ['She spoke to hackers at the conference.', 'hackers'],
    ['The governor spoke privately with lawmakers on Monday.', 'lawmakers'],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed').some((s) => s.includes(word))).toBe(false);
  });

  test.each([
    // respondents: the writer's, and people whose words follow
    ['Analysts I spoke to said the plan would fail.', 'Analysts'],
    ['The minister spoke to officials who said the plan would fail.', 'officials'],
    // not a talk: "to" after another verb
    [
      'The minister sent the files to investigators, who said they were incomplete.',
      'investigators',
    ],
  ])('still: %s', (text, word) => {
    expect(spans(text, 'unnamed').some((s) => s.includes(word))).toBe(true);
  });
});
