import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Whom a person of the story talks to is the audience of a cue, not an actor (decisions 41, 71):
// the talker may be a name after its title or role, and the talk verb may end a verb group.
describe('the audience of a titled name or of a talk verb after auxiliaries is no unnamed actor', () => {
  test.each([
    ['Governor Anna Berg spoke to lawmakers on Thursday.', 'lawmakers'],
    ['Party leader Tom Reyes has spoken to supporters in Port Vale.', 'supporters'],
    ['Governor Anna Berg is due to speak to lawmakers on Thursday.', 'lawmakers'],
    ['The mayor has spoken to lawmakers in the capital.', 'lawmakers'],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed').some((s) => s.includes(word))).toBe(false);
  });

  test.each([
    // an outlet's reporter: the people spoken to are its respondents (decision 138)
    ['Reporter Jane Doe spoke to residents in the town.', 'residents'],
    // people whose words follow
    ['Mayor Tom Reyes spoke to officials who said the plan was dead.', 'officials'],
    // an outlet by its name, after auxiliaries: its respondents
    ['The Gazette has spoken to eleven residents over three days.', 'eleven residents'],
  ])('still: %s', (text, word) => {
    expect(spans(text, 'unnamed').some((s) => s.includes(word))).toBe(true);
  });
});
