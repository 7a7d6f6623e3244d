// "management", "leadership", "corporate" and "the industry" stand for a body's top people or a
// trade's firms: an unnamed actor when they act, speak or are blamed, with no name beside them to
// give the body (decisions 123, 140 and 146 of the labelled sets: "management" in a staff union's
// statement, "leadership" in an anonymous party staffer's words) (find-unnamed.ts,
// actingRoleBody). Found with scripts/probe-heads.ts; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a body named by its role noun, acting', () => {
  test.each([
    ['The union accused management of ignoring safety warnings at the depot.', 'management'],
    ['Staff at the plant say management has been slow to explain the fault.', 'management'],
    [
      '"We found out from the press. Management keeps telling us nothing has changed."',
      'Management',
    ],
    ['Two employees said management had told them to delete the emails.', 'management'],
    ['A party aide said leadership had not yet decided whether to hold the vote.', 'leadership'],
    [
      'Several backbenchers accused the leadership of trying to rig the timetable.',
      'the leadership',
    ],
    ['One MP said the leadership wanted the bill passed before the recess.', 'the leadership'],
    ['A store manager said corporate had frozen repair budgets at dozens of outlets.', 'corporate'],
    ['Campaigners accused the industry of quietly lobbying against the ban.', 'the industry'],
    // opening a sentence before an auxiliary or a past verb: a common noun, no name
    ['Management has told supervisors to prepare contingency plans.', 'Management'],
    ['"Management vanished overnight," one driver said.', 'Management'],
    ['Leadership has ruled out a vote before the recess, aides said.', 'Leadership'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the activity or quality, a compound, a passive's subject, a sector, a name beside it
    'Management of the park passed to the council in 2019.',
    'She studied business management at university before joining the bank.',
    'Poor waste management was blamed for the outbreak.',
    'He was praised for his leadership during the crisis.',
    'The leadership contest will begin in September.',
    'Corporate tax rises were announced in the budget.',
    'The tourism industry grew 4% last year.',
    'The industry employs about 40,000 people in the region.',
    'Staff said Kestrel management had ignored the warnings.',
    'Two aides said leadership was still a handful of votes short.',
    'The singer was not available, but her management said she was resting.',
    'Workers had urged management not to close the plant.',
    'The story was first reported by the industry newsletter Alpha Dispatch.',
    'Drivers complain about its hiring and management practices.',
  ])('not: %s', (text) => {
    expect(
      spans(text, 'unnamed').filter((w) => /management|leadership|corporate|industry/i.test(w)),
    ).toEqual([]);
  });
});
